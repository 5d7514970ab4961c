import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CalendarBasis } from './core/index.js';

/** One deadline that moved because a calendar year was set: the service's list of moved items. */
@Entity({ name: 'deadline_changes' })
export class DeadlineChange {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** e.g. `complaint`, `finding`, `appeal`, `transfer`. */
  @Column({ name: 'resource_type', type: 'text' })
  resourceType!: string;

  @Column({ name: 'resource_id', type: 'text' })
  resourceId!: string;

  /** The field of the resource that holds the deadline, e.g. `stepDueOn`. */
  @Column({ type: 'text' })
  field!: string;

  /** The calendar year whose change moved it. */
  @Column({ name: 'calendar_year', type: 'int' })
  calendarYear!: number;

  @Column({ name: 'old_due_on', type: 'date' })
  oldDueOn!: string;

  @Column({ name: 'new_due_on', type: 'date' })
  newDueOn!: string;

  @Column({ name: 'old_basis', type: 'text' })
  oldBasis!: CalendarBasis;

  @Column({ name: 'new_basis', type: 'text' })
  newBasis!: CalendarBasis;

  @Column({ type: 'text' })
  reason!: string;

  /** The WorkingCalendarYearSet event that carried the year. */
  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
