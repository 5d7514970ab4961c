import type { EntityManager } from 'typeorm';
import type { CalendarBasis, Deadline, WorkingCalendar } from './core/index.js';

/** A deadline a reviser moved, as the service's list of moved items records it. */
export interface RevisedDeadline {
  resourceType: string;
  resourceId: string;
  field: string;
  oldDueOn: string;
  newDueOn: string;
  oldBasis: CalendarBasis;
  newBasis: CalendarBasis;
}

/** An open deadline as a reviser reads it: what it belongs to and how it was counted. */
export interface OpenDeadline {
  resourceType: string;
  resourceId: string;
  field: string;
  countedFrom: string;
  dueOn: string;
  basis: CalendarBasis;
}

/**
 * A calendar year that has just been set, as deadline revisers see it: the calendar before and after, and the
 * recomputation every reviser shares.
 */
export class CalendarChange {
  constructor(
    readonly year: number,
    readonly before: WorkingCalendar,
    readonly after: WorkingCalendar,
    /** Why deadlines move, for the items' histories. */
    readonly reason: string,
  ) {}

  /** The first day of the year: a deadline before it cannot move. */
  get firstDay(): string {
    return `${this.year}-01-01`;
  }

  /** The last day of the year: a deadline counted from after it cannot move. */
  get lastDay(): string {
    return `${this.year}-12-31`;
  }

  /**
   * The deadline `dueOn`, counted in working days from `countedFrom`, recomputed on the new calendar: the same number of
   * working days (as the old calendar counted them) from the same day. Undefined when neither date nor basis changes.
   */
  recompute(countedFrom: string, dueOn: string, basis: CalendarBasis): Deadline | undefined {
    if (dueOn < this.firstDay || countedFrom > this.lastDay) return undefined;
    const workingDays = this.before.workingDaysBetween(countedFrom, dueOn);
    if (workingDays < 0) return undefined;
    const revised = this.after.deadline(countedFrom, workingDays);
    return revised.dueOn === dueOn && revised.basis === basis ? undefined : revised;
  }

  /**
   * Recounts each row's deadline and has `apply` store the new one (and, when its date `moved`, write the
   * item's history); returns the moves, for the service's list of moved deadlines.
   */
  async reviseEach<T>(
    rows: T[],
    read: (row: T) => OpenDeadline,
    apply: (row: T, revised: Deadline, moved: boolean) => Promise<void>,
  ): Promise<RevisedDeadline[]> {
    const moves: RevisedDeadline[] = [];
    for (const row of rows) {
      const open = read(row);
      const revised = this.recompute(open.countedFrom, open.dueOn, open.basis);
      if (revised === undefined) continue;
      const moved = revised.dueOn !== open.dueOn;
      await apply(row, revised, moved);
      if (moved) {
        moves.push({
          resourceType: open.resourceType,
          resourceId: open.resourceId,
          field: open.field,
          oldDueOn: open.dueOn,
          newDueOn: revised.dueOn,
          oldBasis: open.basis,
          newBasis: revised.basis,
        });
      }
    }
    return moves;
  }
}

/**
 * Revises one feature's open deadlines after a calendar year is set, in the caller's transaction; returns the ones
 * whose date moved (a basis change alone is applied but not listed). A feature registers its reviser with
 * WorkingCalendarService on module init.
 */
export interface DeadlineReviser {
  revise(manager: EntityManager, change: CalendarChange): Promise<RevisedDeadline[]>;
}
