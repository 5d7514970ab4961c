import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ComplaintAnswered, ComplaintClosed, ComplaintFiled } from '#contracts';
import { UnitOfWork, type Transaction } from '#messaging';
import {
  assertUnitAccess,
  canActForUnit,
  clock,
  currentRequestContext,
  decodeCursor,
  groupRows,
  isUniqueViolation,
  loadAuthorised,
  maskName,
  maskPhone,
  revealPersonalData,
  PiiCipher,
  reportingPeriodOf,
  toPage,
  type AuthUser,
  type Page,
} from '#platform';
import { shanghaiDateOf, shanghaiDayEndExclusive, shanghaiDayStart, type Deadline } from '#working-calendar/core';
import { WorkingCalendarService, type CalendarChange, type DeadlineReviser, type RevisedDeadline } from '#working-calendar';
import { Disclosure } from '../disclosures/disclosure.entity.js';
import { supervisionProblems } from '../shared/supervision-problems.js';
import { SupervisionUnit } from '../units/supervision-unit.entity.js';
import {
  COMPLAINT_CATEGORIES,
  complaintPeriodOf,
  ComplaintTransitionError,
  DEFAULT_DEPARTMENT,
  isOverdue,
  newTrackingCode,
  nextComplaintStatus,
  PUBLIC_COUNT_THRESHOLD,
  stepDeadline,
  suppressColumn,
  suppressRow,
  TRACKING_CODE_PATTERN,
  normaliseTrackingCode,
  type ComplaintAction,
} from './complaint-rules.js';
import { complaintProblems } from './complaint-problems.js';
import { COMPLAINT_STATISTICS_SQL, type ComplaintStatisticsRow } from './complaint-statistics-query.js';
import { Complaint, COMPLAINT_TRACKING_CODE_CONSTRAINT, ComplaintStep } from './complaint.entity.js';
import type {
  AnswerComplaintDto,
  ComplaintQueryDto,
  ExtendComplaintDto,
  FileComplaintDto,
  OverdueQueryDto,
  RecordComplaintDto,
  RouteComplaintDto,
  StatisticsQueryDto,
} from './dto/complaint-input.dto.js';
import type {
  ComplaintDto,
  ComplaintStatisticsPageDto,
  ComplaintStepDto,
  ComplaintTrackingDto,
  FiledComplaintDto,
  UnitCategoryStatisticsDto,
} from './dto/complaint.dto.js';

const COMPLAINANT = 'complainant';

@Injectable()
export class ComplaintsService implements OnModuleInit, DeadlineReviser {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
    private readonly calendars: WorkingCalendarService,
  ) {}

  onModuleInit(): void {
    this.calendars.registerReviser(this);
  }

  async file(input: FileComplaintDto): Promise<FiledComplaintDto> {
    if (input.anonymous && input.contact !== undefined) {
      throw complaintProblems.anonymousWithContact();
    }
    const now = clock.now();
    const acceptDue = this.deadline('received', shanghaiDateOf(now))!;
    const acceptDueOn = acceptDue.dueOn;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.work.run(async (tx) => {
          if (input.unitCode !== undefined && (await tx.manager.findOneBy(SupervisionUnit, { code: input.unitCode })) === null) {
            throw supervisionProblems.unitUnknown(input.unitCode);
          }
          let unitCode = input.unitCode ?? null;
          if (input.disclosureId !== undefined) {
            const disclosure = await tx.manager.findOneBy(Disclosure, { id: input.disclosureId, status: 'published' });
            if (disclosure === null) throw complaintProblems.disclosureUnknown(input.disclosureId);
            unitCode ??= disclosure.unitCode;
          }
          const complaint = tx.manager.create(Complaint, {
            id: randomUUID(),
            trackingCode: newTrackingCode(),
            category: input.category,
            unitCode,
            disclosureId: input.disclosureId ?? null,
            content: input.content,
            anonymous: input.anonymous,
            channel: 'platform',
            contactNameEncrypted: input.contact === undefined ? null : this.cipher.encrypt(input.contact.name),
            contactPhoneEncrypted: input.contact === undefined ? null : this.cipher.encrypt(input.contact.phone),
            contactPhoneHash: input.contact === undefined ? null : this.cipher.lookupHash(input.contact.phone),
            department: DEFAULT_DEPARTMENT[input.category],
            status: 'received',
            ...this.stepDue(acceptDue, shanghaiDateOf(now)),
            answer: null,
            outcome: null,
            responsibleBody: null,
            rejectionReason: null,
            filedAt: now,
            updatedAt: now,
            finishedAt: null,
          });
          await tx.manager.insert(Complaint, complaint);
          await this.step(tx.manager, complaint, 'status', null, COMPLAINANT, acceptDueOn);
          // The audit row names the complaint, never the complainant.
          await tx.audit(
            'complaint.file',
            { type: 'complaint', id: complaint.id },
            { category: complaint.category, department: complaint.department, anonymous: complaint.anonymous },
          );
          await tx.publish(ComplaintFiled, complaint.id, {
            complaintId: complaint.id,
            category: complaint.category,
            unitCode: complaint.unitCode,
            department: complaint.department,
            anonymous: complaint.anonymous,
            filedAt: now.toISOString(),
            acceptDueOn,
            acceptDueBasis: acceptDue.basis,
          });
          return {
            trackingCode: complaint.trackingCode,
            status: complaint.status,
            filedOn: shanghaiDateOf(now),
            acceptDueOn,
            acceptDueBasis: acceptDue.basis,
            trackingPath: `/api/v1/supervision/complaints/tracking/${complaint.trackingCode}`,
          };
        });
      } catch (error) {
        // 60 random bits make a clash vanishingly rare; if one happens, draw again.
        if (isUniqueViolation(error, COMPLAINT_TRACKING_CODE_CONSTRAINT) && attempt < 3) continue;
        throw error;
      }
    }
  }

  /**
   * Registers a complaint that reached a department through another channel (hotline, letter, visit), with the day
   * it came in and, when already finished, the day it was closed — so the platform's statistics cover every channel.
   */
  async record(input: RecordComplaintDto, user: AuthUser): Promise<ComplaintDto> {
    const today = clock.today();
    for (const [field, value] of [
      ['receivedOn', input.receivedOn],
      ['closedOn', input.closedOn],
    ] as const) {
      if (value !== undefined && value > today) {
        throw complaintProblems.invalidDate(`${field} ${value} must be no later than today.`);
      }
    }
    if (input.closedOn !== undefined && input.closedOn < input.receivedOn) {
      throw complaintProblems.invalidDate('closedOn cannot be before receivedOn.');
    }
    const department = DEFAULT_DEPARTMENT[input.category];
    assertUnitAccess(user, department);
    return this.work.run(async (tx) => {
      if (input.unitCode !== undefined && (await tx.manager.findOneBy(SupervisionUnit, { code: input.unitCode })) === null) {
        throw supervisionProblems.unitUnknown(input.unitCode);
      }
      const filedAt = shanghaiDayStart(input.receivedOn);
      const acceptDue = this.deadline('received', input.receivedOn)!;
      const acceptDueOn = acceptDue.dueOn;
      const complaint = tx.manager.create(Complaint, {
        id: randomUUID(),
        trackingCode: newTrackingCode(),
        category: input.category,
        unitCode: input.unitCode ?? null,
        disclosureId: null,
        content: input.content,
        anonymous: true,
        channel: input.channel,
        contactNameEncrypted: null,
        contactPhoneEncrypted: null,
        contactPhoneHash: null,
        department,
        status: 'received',
        ...this.stepDue(acceptDue, input.receivedOn),
        answer: null,
        outcome: null,
        responsibleBody: null,
        rejectionReason: null,
        filedAt,
        updatedAt: filedAt,
        finishedAt: null,
      });
      await tx.manager.insert(Complaint, complaint);
      await this.step(tx.manager, complaint, 'status', `registered from ${input.channel}`, department, acceptDueOn);
      await tx.publish(ComplaintFiled, complaint.id, {
        ...this.reference(complaint),
        anonymous: true,
        filedAt: filedAt.toISOString(),
        acceptDueOn,
        acceptDueBasis: acceptDue.basis,
      });
      if (input.closedOn !== undefined) {
        const closedAt = shanghaiDayStart(input.closedOn);
        Object.assign(complaint, { status: 'closed', ...this.stepDue(null, input.closedOn), answer: input.answer!, updatedAt: closedAt, finishedAt: closedAt });
        await tx.manager.save(Complaint, complaint);
        await this.step(tx.manager, complaint, 'status', input.answer!, department, null);
        await tx.publish(ComplaintClosed, complaint.id, { ...this.reference(complaint), resolution: 'closed', reason: null, closedAt: closedAt.toISOString() });
      }
      await tx.audit(
        'complaint.record',
        { type: 'complaint', id: complaint.id },
        { category: input.category, channel: input.channel, receivedOn: input.receivedOn, closedOn: input.closedOn ?? null },
      );
      return this.fullView(complaint, user, undefined, tx.manager);
    });
  }

  async track(typed: string): Promise<ComplaintTrackingDto> {
    const trackingCode = normaliseTrackingCode(typed);
    if (!TRACKING_CODE_PATTERN.test(trackingCode)) throw complaintProblems.trackingCodeUnknown(trackingCode);
    const complaint = await this.dataSource.manager.findOneBy(Complaint, { trackingCode });
    if (complaint === null) throw complaintProblems.trackingCodeUnknown(trackingCode);
    return this.trackingView(complaint);
  }

  async get(id: string, user: AuthUser): Promise<ComplaintDto> {
    const complaint = await this.dataSource.manager.findOneBy(Complaint, { id });
    if (complaint === null || !this.maySee(user, complaint)) throw complaintProblems.notFound(`has id ${id}`);
    return this.fullView(complaint, user);
  }

  async list(query: ComplaintQueryDto, user: AuthUser, recordedOnly = false): Promise<Page<ComplaintDto>> {
    const builder = this.visibleTo(user)
      .orderBy('complaint.filedAt', 'DESC')
      .addOrderBy('complaint.id', 'DESC')
      .limit(query.limit + 1);
    if (query.status !== undefined) builder.andWhere('complaint.status = :status', { status: query.status });
    if (query.category !== undefined) builder.andWhere('complaint.category = :category', { category: query.category });
    if (query.department !== undefined) builder.andWhere('complaint.department = :department', { department: query.department });
    if (recordedOnly) builder.andWhere(`complaint.channel <> 'platform'`);
    if (query.channel !== undefined) builder.andWhere('complaint.channel = :channel', { channel: query.channel });
    if (query.cursor !== undefined) {
      const [filedAt, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(complaint.filedAt, complaint.id) < (:filedAt, :id)', { filedAt, id });
    }
    const rows = await builder.getMany();
    const page = toPage(
      rows,
      query.limit,
      (row) => [row.filedAt.toISOString(), row.id],
      (row) => row,
    );
    return { ...page, items: await this.fullViews(page.items, user) };
  }

  /** Open complaints whose step deadline has passed, most overdue first. */
  async overdue(query: OverdueQueryDto, user: AuthUser): Promise<Page<ComplaintDto>> {
    const asOf = query.asOf ?? clock.today();
    const builder = this.visibleTo(user)
      .andWhere(`complaint.status NOT IN ('closed', 'rejected')`)
      .andWhere('complaint.stepDueOn < :asOf', { asOf })
      .orderBy('complaint.stepDueOn', 'ASC')
      .addOrderBy('complaint.id', 'ASC')
      .limit(query.limit + 1);
    if (query.cursor !== undefined) {
      const [dueOn, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(complaint.stepDueOn, complaint.id) > (:dueOn, :id)', { dueOn, id });
    }
    const rows = await builder.getMany();
    const page = toPage(
      rows,
      query.limit,
      (row) => [row.stepDueOn!, row.id],
      (row) => row,
    );
    return { ...page, items: await this.fullViews(page.items, user, asOf) };
  }

  accept(id: string, note: string | undefined, user: AuthUser) {
    return this.transition(id, 'accept', note, user);
  }

  start(id: string, note: string | undefined, user: AuthUser) {
    return this.transition(id, 'start', note, user);
  }

  answer(id: string, input: AnswerComplaintDto, user: AuthUser) {
    return this.transition(id, 'answer', input.note, user, async (tx, complaint, onTime) => {
      complaint.answer = input.answer;
      complaint.outcome = input.outcome;
      complaint.responsibleBody = input.responsibleBody ?? null;
      await tx.publish(ComplaintAnswered, complaint.id, {
        ...this.reference(complaint),
        outcome: input.outcome,
        responsibleBody: complaint.responsibleBody,
        answeredAt: complaint.updatedAt.toISOString(),
        onTime,
      });
    });
  }

  close(id: string, note: string | undefined, user: AuthUser) {
    return this.transition(id, 'close', note, user, async (tx, complaint) => {
      complaint.finishedAt = complaint.updatedAt;
      await tx.publish(ComplaintClosed, complaint.id, {
        ...this.reference(complaint),
        resolution: 'closed',
        reason: null,
        closedAt: complaint.updatedAt.toISOString(),
      });
    });
  }

  reject(id: string, reason: string, user: AuthUser) {
    return this.transition(id, 'reject', reason, user, async (tx, complaint) => {
      complaint.rejectionReason = reason;
      complaint.finishedAt = complaint.updatedAt;
      await tx.publish(ComplaintClosed, complaint.id, {
        ...this.reference(complaint),
        resolution: 'rejected',
        reason,
        closedAt: complaint.updatedAt.toISOString(),
      });
    });
  }

  /** More time for the open step, recorded in the public log with its reason. */
  async extend(id: string, input: ExtendComplaintDto, user: AuthUser): Promise<ComplaintDto> {
    return this.work.run(async (tx) => {
      const current = await this.lockForHandling(tx.manager, id, user);
      if (current.stepDueOn === null) throw complaintProblems.finished('A finished complaint has no deadline to extend.');
      const calendar = this.calendars.calendar();
      const extendedTo = calendar.addWorkingDays(current.stepDueOn, input.workingDays);
      current.stepDueBasis = calendar.basisBetween(current.stepDueCountedFrom ?? current.stepDueOn, extendedTo);
      current.stepDueOn = extendedTo;
      current.updatedAt = clock.now();
      await tx.manager.save(Complaint, current);
      await this.step(tx.manager, current, 'extension', input.reason, current.department, current.stepDueOn);
      await tx.audit('complaint.extend', { type: 'complaint', id }, { workingDays: input.workingDays, reason: input.reason, dueOn: current.stepDueOn });
      return this.fullView(current, user, undefined, tx.manager);
    });
  }

  /** Supervisors send a complaint to the department that should handle it. */
  async route(id: string, input: RouteComplaintDto, user: AuthUser): Promise<ComplaintDto> {
    return this.work.run(async (tx) => {
      const current = await tx.manager.findOne(Complaint, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (current === null) throw complaintProblems.notFound(`has id ${id}`);
      if (current.finishedAt !== null) throw complaintProblems.finished('A finished complaint cannot be re-routed.');
      const from = current.department;
      current.department = input.department;
      current.updatedAt = clock.now();
      await tx.manager.save(Complaint, current);
      await this.step(tx.manager, current, 'routing', input.note, '经开区纪监工委', current.stepDueOn);
      await tx.audit('complaint.route', { type: 'complaint', id }, { from, to: input.department });
      return this.fullView(current, user, undefined, tx.manager);
    });
  }

  /** Counts by unit and category; the public sees counts below the threshold suppressed. */
  async statistics(query: StatisticsQueryDto, user: AuthUser | undefined): Promise<ComplaintStatisticsPageDto> {
    const exact = user !== undefined && (user.roles.includes('discipline-supervisor') || user.roles.includes('complaint-handler'));
    const period = complaintPeriodOf(reportingPeriodOf(query), query.year);
    const params = [period.from === null ? null : shanghaiDayStart(period.from), shanghaiDayEndExclusive(period.to)];
    const rows: ComplaintStatisticsRow[] = await this.dataSource.query(COMPLAINT_STATISTICS_SQL, params);
    const exactRows = rows
      .filter((row) => row.cell)
      .map(({ unit_code, category, received, closed, rejected }) => ({
        unitCode: unit_code,
        category: category!,
        received,
        closed,
        rejected,
        open: received - closed - rejected,
      }));
    const townships = rows.filter((row) => !row.cell);
    const all: UnitCategoryStatisticsDto[] = exactRows.map((row) => ({ ...row, ...(exact ? {} : suppressRow(row)) }));
    if (!exact) {
      for (const category of COMPLAINT_CATEGORIES) {
        const indexes = exactRows.flatMap((row, index) => (row.category === category ? [index] : []));
        for (const measure of ['received', 'closed', 'rejected', 'open'] as const) {
          const column = suppressColumn(
            indexes.map((index) => exactRows[index]![measure]),
            indexes.map((index) => all[index]![measure]),
          );
          indexes.forEach((index, position) => (all[index]![measure] = column[position]!));
        }
        // A row whose total or any part is now hidden hides all its parts, or they would give it back.
        for (const index of indexes) {
          const row = all[index]!;
          if (row.received === null || row.closed === null || row.rejected === null || row.open === null)
            Object.assign(row, { closed: null, rejected: null, open: null });
        }
      }
    }
    // Township totals add up cells across categories and units: beside a hidden cell they would give it back by
    // subtraction, so the public sees them only when no cell is hidden.
    const cellsHidden = all.some((row) => row.received === null || row.open === null);
    const bySubDistrict = townships.map((row) => {
      const totals = { received: row.received, closed: row.closed, rejected: row.rejected, open: row.received - row.closed - row.rejected };
      const shown = exact ? totals : cellsHidden ? { received: null, closed: null, rejected: null, open: null } : suppressRow(totals);
      return { township: row.township, ...shown };
    });
    const byCategory = COMPLAINT_CATEGORIES.map((category) => {
      const mine = exactRows.filter((row) => row.category === category);
      const sum = (key: 'received' | 'closed' | 'rejected' | 'open') => mine.reduce((total, row) => total + row[key], 0);
      const totals = { received: sum('received'), closed: sum('closed'), rejected: sum('rejected'), open: sum('open') };
      return { category, ...(exact ? totals : suppressRow(totals)) };
    });
    const keyOf = (row: UnitCategoryStatisticsDto) => `${row.unitCode ?? ''}|${row.category}`;
    let remaining = all;
    if (query.cursor !== undefined) {
      const [after] = decodeCursor(query.cursor, 1);
      remaining = all.filter((row) => keyOf(row) > String(after));
    }
    const page = toPage(
      remaining.slice(0, query.limit + 1),
      query.limit,
      (row) => [keyOf(row)],
      (row) => row,
    );
    return { year: query.year ?? null, period, suppressed: !exact, threshold: PUBLIC_COUNT_THRESHOLD, byCategory, bySubDistrict, ...page };
  }

  private async transition(
    id: string,
    action: ComplaintAction,
    note: string | undefined,
    user: AuthUser,
    apply?: (tx: Transaction, complaint: Complaint, onTime: boolean) => Promise<void>,
  ): Promise<ComplaintDto> {
    return this.work.run(async (tx) => {
      const current = await this.lockForHandling(tx.manager, id, user);
      let status;
      try {
        status = nextComplaintStatus(current.status, action);
      } catch (error) {
        if (error instanceof ComplaintTransitionError) {
          throw complaintProblems.invalidTransition(error);
        }
        throw error;
      }
      const now = clock.now();
      const today = shanghaiDateOf(now);
      const onTime = !isOverdue(current.stepDueOn, today);
      current.status = status;
      current.updatedAt = now;
      Object.assign(current, this.stepDue(this.deadline(status, today), today));
      await apply?.(tx, current, onTime);
      await tx.manager.save(Complaint, current);
      await this.step(tx.manager, current, 'status', note ?? null, current.department, current.stepDueOn);
      await tx.audit(`complaint.${action}`, { type: 'complaint', id }, { status, onTime });
      return this.fullView(current, user, undefined, tx.manager);
    });
  }

  private async lockForHandling(manager: EntityManager, id: string, user: AuthUser): Promise<Complaint> {
    // Only the department a complaint is routed to handles it, and others learn nothing of its state.
    return loadAuthorised(
      () => manager.findOne(Complaint, { where: { id }, lock: { mode: 'pessimistic_write' } }),
      () => complaintProblems.notFound(`has id ${id}`),
      (complaint) => assertUnitAccess(user, complaint.department),
    );
  }

  private maySee(user: AuthUser, complaint: Complaint): boolean {
    return user.roles.includes('discipline-supervisor') || (user.roles.includes('complaint-handler') && canActForUnit(user, complaint.department));
  }

  private visibleTo(user: AuthUser) {
    const builder = this.dataSource.manager.createQueryBuilder(Complaint, 'complaint').where('TRUE');
    if (!user.roles.includes('discipline-supervisor') && !user.units.includes('zone')) {
      builder.andWhere('complaint.department IN (:...departments)', { departments: user.units.length > 0 ? user.units : ['-'] });
    }
    return builder;
  }

  /**
   * Recounts the open step deadlines that reach the year just set (see DeadlineReviser); each move is a public step
   * in the complaint's history. The complainant's case is never refused or closed by it.
   */
  async revise(manager: EntityManager, change: CalendarChange): Promise<RevisedDeadline[]> {
    const open = await manager
      .createQueryBuilder(Complaint, 'complaint')
      .setLock('pessimistic_write')
      .where(`complaint.status NOT IN ('closed', 'rejected')`)
      .andWhere('complaint.stepDueOn >= :firstDay AND complaint.stepDueCountedFrom <= :lastDay', { firstDay: change.firstDay, lastDay: change.lastDay })
      .getMany();
    return change.reviseEach(
      open,
      (complaint) => ({
        resourceType: 'complaint',
        resourceId: complaint.id,
        field: 'stepDueOn',
        countedFrom: complaint.stepDueCountedFrom!,
        dueOn: complaint.stepDueOn!,
        basis: complaint.stepDueBasis ?? 'official',
      }),
      async (complaint, revised, moved) => {
        const old = complaint.stepDueOn!;
        Object.assign(complaint, { stepDueOn: revised.dueOn, stepDueBasis: revised.basis }, moved ? { updatedAt: clock.now() } : {});
        await manager.save(Complaint, complaint);
        if (moved) await this.step(manager, complaint, 'deadline-revised', `${old} → ${revised.dueOn}: ${change.reason}`, 'working-calendar', revised.dueOn);
      },
    );
  }

  private deadline(status: Complaint['status'], enteredOn: string): Deadline | null {
    return stepDeadline(this.calendars.calendar(), status, enteredOn);
  }

  /** The step-deadline columns for a step entered on `enteredOn`. */
  private stepDue(deadline: Deadline | null, enteredOn: string): Pick<Complaint, 'stepDueOn' | 'stepDueBasis' | 'stepDueCountedFrom'> {
    return deadline === null
      ? { stepDueOn: null, stepDueBasis: null, stepDueCountedFrom: null }
      : { stepDueOn: deadline.dueOn, stepDueBasis: deadline.basis, stepDueCountedFrom: enteredOn };
  }

  private async step(
    manager: EntityManager,
    complaint: Complaint,
    kind: ComplaintStep['kind'],
    note: string | null,
    actorLabel: string,
    dueOn: string | null,
  ): Promise<void> {
    const [{ next }] = (await manager.query(`SELECT coalesce(max(seq), 0) + 1 AS next FROM complaint_steps WHERE complaint_id = $1`, [complaint.id])) as [
      { next: number },
    ];
    await manager.insert(ComplaintStep, {
      complaintId: complaint.id,
      seq: next,
      kind,
      status: complaint.status,
      note,
      actorId: currentRequestContext()?.user?.id ?? 'anonymous',
      actorLabel,
      at: complaint.updatedAt,
      dueOn,
    });
  }

  private reference(complaint: Complaint) {
    return { complaintId: complaint.id, category: complaint.category, unitCode: complaint.unitCode, department: complaint.department };
  }

  private async trackingView(complaint: Complaint, asOf: string = clock.today(), db: EntityManager = this.dataSource.manager): Promise<ComplaintTrackingDto> {
    return this.trackingViewWith(complaint, (await this.stepsOf([complaint], db)).get(complaint.id) ?? [], asOf);
  }

  /** The steps of complaints, read in one query, by complaint. */
  private async stepsOf(complaints: Complaint[], db: EntityManager): Promise<Map<string, ComplaintStep[]>> {
    if (complaints.length === 0) return new Map();
    const steps = await db.find(ComplaintStep, {
      where: { complaintId: In(complaints.map((complaint) => complaint.id)) },
      order: { complaintId: 'ASC', seq: 'ASC' },
    });
    return groupRows(steps, (step) => step.complaintId);
  }

  private trackingViewWith(complaint: Complaint, steps: ComplaintStep[], asOf: string): ComplaintTrackingDto {
    return {
      trackingCode: complaint.trackingCode,
      category: complaint.category,
      status: complaint.status,
      stepDueOn: complaint.stepDueOn,
      stepDueBasis: complaint.stepDueBasis,
      overdue: isOverdue(complaint.stepDueOn, asOf),
      answer: complaint.answer,
      outcome: complaint.outcome,
      responsibleBody: complaint.responsibleBody,
      rejectionReason: complaint.rejectionReason,
      filedOn: shanghaiDateOf(complaint.filedAt),
      steps: steps.map((step): ComplaintStepDto => ({
        kind: step.kind,
        status: step.status,
        note: step.note,
        actor: step.actorLabel,
        actedOn: shanghaiDateOf(step.at),
        dueOn: step.dueOn,
      })),
    };
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  private async fullView(complaint: Complaint, user: AuthUser, asOf?: string, db: EntityManager = this.dataSource.manager): Promise<ComplaintDto> {
    return (await this.fullViews([complaint], user, asOf, db))[0]!;
  }

  private async fullViews(
    complaints: Complaint[],
    user: AuthUser,
    asOf: string = clock.today(),
    db: EntityManager = this.dataSource.manager,
  ): Promise<ComplaintDto[]> {
    const steps = await this.stepsOf(complaints, db);
    return complaints.map((complaint) => this.fullViewWith(complaint, steps.get(complaint.id) ?? [], user, asOf));
  }

  private fullViewWith(complaint: Complaint, steps: ComplaintStep[], user: AuthUser, asOf: string): ComplaintDto {
    // Contact details belong to the handling department alone; supervisors see them masked.
    const handling = user.roles.includes('complaint-handler') && canActForUnit(user, complaint.department);
    let contact: ComplaintDto['contact'] = null;
    if (complaint.contactPhoneEncrypted !== null) {
      const name = complaint.contactNameEncrypted === null ? '' : this.cipher.decrypt(complaint.contactNameEncrypted);
      const phone = this.cipher.decrypt(complaint.contactPhoneEncrypted);
      contact = handling ? { name, phone, masked: false } : { name: maskName(name), phone: maskPhone(phone), masked: true };
      if (handling)
        revealPersonalData({
          recordType: 'complaint',
          recordId: complaint.id,
          recordUnits: complaint.unitCode === null ? [complaint.department] : [complaint.department, complaint.unitCode],
          fields: ['contact.name', 'contact.phone'],
        });
    }
    return {
      ...this.trackingViewWith(complaint, steps, asOf),
      id: complaint.id,
      unitCode: complaint.unitCode,
      disclosureId: complaint.disclosureId,
      department: complaint.department,
      content: complaint.content,
      anonymous: complaint.anonymous,
      channel: complaint.channel,
      contact,
    };
  }
}
