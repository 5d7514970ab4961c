import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { WorkingCalendarYearSet } from '#contracts';
import { UnitOfWork } from '#messaging';
import { CalendarYearInvalidError, OFFICIAL_CALENDAR_YEARS, parseCalendarYear, WorkingCalendar, type CalendarYear } from './core/index.js';
import { clock, recordAudit, type AuthUser, decodeCursor, toPage, type Page, type PageQueryDto } from '#platform';
import { calendarProblems } from './calendar-problems.js';
import { DeadlineChange } from './deadline-change.entity.js';
import { CalendarChange, type DeadlineReviser } from './deadline-revision.js';
import { WorkingCalendarYear } from './working-calendar-year.entity.js';
import { nextSetAt, supersedes, type YearVersion } from './year-version.js';

/** A version of a year together with who set it. */
type YearWrite = YearVersion & { setBy: string };

/** The stored version of a year and its data, as a write is about to replace it. */
type StoredYear = YearVersion & { data: CalendarYear };

/** The replica that writes reloads at once; the service's other replicas catch up within this. */
const RELOAD_INTERVAL_MS = 60_000;
/** First key of the per-year advisory locks ("wcal"); the year is the second. */
const YEAR_LOCK_KEY = 0x7763616c;

/**
 * This service's working-day calendar: shipped years plus what administrators set, kept in the service's own
 * database and in step with the other services through WorkingCalendarYearSet. Deadlines read `calendar()`.
 */
@Injectable()
export class WorkingCalendarService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('WorkingCalendar');
  private current = new WorkingCalendar([]);
  private loadsStarted = 0;
  private newestLoadApplied = 0;
  private reloadTimer?: NodeJS.Timeout;
  private readonly revisers: DeadlineReviser[] = [];

  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.insertShippedYears();
    await this.refresh();
    this.reloadTimer = setInterval(() => void this.reload(), RELOAD_INTERVAL_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.reloadTimer);
  }

  /** The calendar as last loaded; immutable, so a computation never sees a year change half-way. */
  calendar(): WorkingCalendar {
    return this.current;
  }

  /** A feature whose open deadlines are to be recounted whenever a year is set (see DeadlineReviser). */
  registerReviser(reviser: DeadlineReviser): void {
    this.revisers.push(reviser);
  }

  /** Deadlines moved by calendar changes, newest first, a page at a time. */
  async listDeadlineChanges(query: PageQueryDto & { year?: number; resourceType?: string; resourceId?: string }): Promise<Page<DeadlineChange>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(DeadlineChange, 'change')
      .orderBy('change.changedAt', 'DESC')
      .addOrderBy('change.id', 'DESC')
      .limit(query.limit + 1);
    if (query.year !== undefined) builder.andWhere('change.calendarYear = :year', { year: query.year });
    if (query.resourceType !== undefined) builder.andWhere('change.resourceType = :resourceType', { resourceType: query.resourceType });
    if (query.resourceId !== undefined) builder.andWhere('change.resourceId = :resourceId', { resourceId: query.resourceId });
    if (query.cursor !== undefined) {
      const [changedAt, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(change.changedAt, change.id) < (:changedAt, :id)', { changedAt, id });
    }
    return toPage(
      await builder.getMany(),
      query.limit,
      (row) => [row.changedAt.toISOString(), row.id],
      (row) => row,
    );
  }

  /** Reloads every year from the database. */
  async refresh(): Promise<void> {
    const load = ++this.loadsStarted;
    const rows = await this.dataSource.manager.find(WorkingCalendarYear, { select: { year: true, data: true } });
    const calendar = new WorkingCalendar(rows.map((row) => row.data));
    // Loads can finish out of order; an older read must not replace a newer one.
    if (load > this.newestLoadApplied) {
      this.newestLoadApplied = load;
      this.current = calendar;
    }
  }

  findYear(year: number): Promise<WorkingCalendarYear | null> {
    return this.dataSource.manager.findOneBy(WorkingCalendarYear, { year });
  }

  /** Years in ascending order, a page at a time. */
  async listYears(query: PageQueryDto): Promise<Page<WorkingCalendarYear>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(WorkingCalendarYear, 'year')
      .orderBy('year.year', 'ASC')
      .limit(query.limit + 1);
    if (query.cursor !== undefined) builder.where('year.year > :after', { after: Number(decodeCursor(query.cursor, 1)[0]) });
    return toPage(
      await builder.getMany(),
      query.limit,
      (row) => [row.year],
      (row) => row,
    );
  }

  /** An administrator replaces a year's data; every other service receives it as an event. */
  async setYear(input: unknown, actor: AuthUser): Promise<CalendarYear> {
    let year: CalendarYear;
    try {
      year = parseCalendarYear(input);
    } catch (error) {
      throw error instanceof CalendarYearInvalidError ? calendarProblems.invalidCalendarYear(error.issues) : error;
    }
    await this.work.run(async (tx) => {
      const stored = await this.lockYear(tx.manager, year.year);
      const setAt = nextSetAt(clock.now(), stored);
      const event = await tx.publish(WorkingCalendarYearSet, String(year.year), {
        ...year,
        holidays: [...year.holidays],
        makeUpWorkdays: [...year.makeUpWorkdays],
        setAt: setAt.toISOString(),
        setBy: actor.id,
      });
      await this.write(tx.manager, year, { setAt, setBy: actor.id, eventId: event.id });
      await this.reviseDeadlines(tx.manager, stored, year, event.id);
      await tx.audit(
        'working-calendar.set-year',
        { type: 'calendar-year', id: String(year.year) },
        { holidays: year.holidays.length, makeUpWorkdays: year.makeUpWorkdays.length },
      );
    });
    await this.reload();
    return year;
  }

  /**
   * Applies a year set in some service (this one included) unless the stored version is as new; `manager` is the
   * caller's transaction, and the calendar reloads once it has committed.
   */
  async applyYear(manager: EntityManager, year: CalendarYear, version: YearWrite & { eventId: string }): Promise<void> {
    const stored = await this.lockYear(manager, year.year);
    if (!supersedes(version, stored)) return;
    await this.write(manager, year, version);
    await this.reviseDeadlines(manager, stored, year, version.eventId);
    await recordAudit(
      manager,
      'working-calendar.apply-year',
      { type: 'calendar-year', id: String(year.year) },
      {
        eventId: version.eventId,
        setAt: version.setAt.toISOString(),
        setBy: version.setBy,
      },
    );
    void this.reload(year.year);
  }

  /** Shipped years fill gaps only: a year an administrator has set is never overwritten by a release. */
  private async insertShippedYears(): Promise<void> {
    const shipped: YearWrite = { setAt: clock.now(), setBy: 'platform', eventId: null };
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(WorkingCalendarYear)
      .values(OFFICIAL_CALENDAR_YEARS.map((year) => rowOf(year, shipped)))
      .orIgnore()
      .execute();
  }

  /** Locks `year` for the rest of the transaction and reads the version a write would replace. */
  private async lockYear(manager: EntityManager, year: number): Promise<StoredYear | undefined> {
    await lockYearUntilCommit(manager, year);
    const row = await manager.findOne(WorkingCalendarYear, { where: { year }, select: { year: true, data: true, updatedAt: true, eventId: true } });
    return row === null ? undefined : { setAt: row.updatedAt, eventId: row.eventId, data: row.data };
  }

  /**
   * Recounts every registered feature's open deadlines on the year just written (in the same transaction), and lists
   * the ones that moved. The calendar before is the stored year, or the provisional one when there was none.
   */
  private async reviseDeadlines(manager: EntityManager, stored: StoredYear | undefined, year: CalendarYear, eventId: string): Promise<void> {
    if (this.revisers.length === 0) return;
    const before = stored === undefined ? this.current.withoutYear(year.year) : this.current.withYear(stored.data);
    const after = before.withYear(year);
    const what = stored === undefined ? `Official ${year.year} calendar entered` : `${year.year} calendar corrected`;
    const reason = `${what}${year.source === undefined ? '' : ` (${year.source})`}; deadline recounted on it`;
    const change = new CalendarChange(year.year, before, after, reason);
    for (const reviser of this.revisers) {
      for (const moved of await reviser.revise(manager, change)) {
        await manager.insert(DeadlineChange, { id: randomUUID(), ...moved, calendarYear: year.year, reason, eventId, changedAt: clock.now() });
        await recordAudit(
          manager,
          'deadline.revise',
          { type: moved.resourceType, id: moved.resourceId },
          { field: moved.field, from: moved.oldDueOn, to: moved.newDueOn, basis: moved.newBasis, calendarYear: year.year },
        );
      }
    }
  }

  private async write(manager: EntityManager, year: CalendarYear, version: YearWrite): Promise<void> {
    await manager.upsert(WorkingCalendarYear, rowOf(year, version), ['year']);
  }

  /**
   * Reloads the calendar, logging a failure: the write has committed, and the next reload picks it up.
   * With `afterCommitOf`, it first waits for the transaction writing that year to end: the caller's transaction
   * commits only after the caller returns, and it holds the year's lock until then.
   */
  private async reload(afterCommitOf?: number): Promise<void> {
    try {
      if (afterCommitOf !== undefined) await this.dataSource.transaction((manager) => lockYearUntilCommit(manager, afterCommitOf));
      await this.refresh();
    } catch (error) {
      this.logger.error(`reloading the working calendar failed: ${(error as Error).message}`);
    }
  }
}

/** Serialises the transactions writing `year`: the lock is released when the holder commits or rolls back. */
async function lockYearUntilCommit(manager: EntityManager, year: number): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1, $2)', [YEAR_LOCK_KEY, year]);
}

function rowOf(year: CalendarYear, version: YearWrite): WorkingCalendarYear {
  return { year: year.year, data: year, source: year.source ?? null, updatedAt: version.setAt, updatedBy: version.setBy, eventId: version.eventId };
}
