import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { UnitOfWork } from '#messaging';
import { clock, decodeCursor, isUniqueViolation, toPage, type AuthUser, type Page } from '#platform';
import { shanghaiDateOf, type Deadline } from '#working-calendar/core';
import { WorkingCalendarService, type CalendarChange, type DeadlineReviser, type RevisedDeadline } from '#working-calendar';
import { LedgerEntry } from '../ledger/ledger-entry.entity.js';
import { LedgerWriter } from '../ledger/ledger-writer.js';
import { assertStaffFor, isStaffFor, OWN_RESIDENT_IDS, restrictToCaller } from '../registry/community-access.js';
import { Community } from '../registry/community.entity.js';
import { Resident } from '../registry/resident.entity.js';
import { RegistryService } from '../registry/registry.service.js';
import { creditProblems } from '../shared/credit-problems.js';
import { appealProblems } from './appeal-problems.js';
import { decisionDeadline, filingDeadline, isOverdue } from './appeal-rules.js';
import { APPEAL_ENTRY_CONSTRAINT, Appeal } from './appeal.entity.js';
import { AppealDto, type CreateAppealDto, type DecideAppealDto, type ListAppealsQueryDto } from './dto/appeal.dto.js';

@Injectable()
export class AppealsService implements OnModuleInit, DeadlineReviser {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendar: WorkingCalendarService,
    private readonly registry: RegistryService,
    private readonly writer: LedgerWriter,
  ) {}

  onModuleInit(): void {
    this.calendar.registerReviser(this);
  }

  /** A resident appeals their own deduction (or staff file it for them) within the filing window. */
  async file(user: AuthUser, input: CreateAppealDto): Promise<AppealDto> {
    const entry = await this.dataSource.manager.findOneBy(LedgerEntry, { id: input.entryId });
    if (entry === null) throw creditProblems.ledgerEntryNotFound(input.entryId);
    const resident = await this.dataSource.manager.findOneByOrFail(Resident, { id: entry.residentId });
    const community = await this.registry.community(entry.communityCode);
    const own = user.roles.includes('resident') && resident.accountId === user.id;
    if (!own && !isStaffFor(user, community)) throw appealProblems.entryForbidden();
    if (entry.kind !== 'deduction') throw appealProblems.notADeduction();
    const today = clock.today();
    const [lastDay, deadline] = this.deadlines(entry.recordedAt, today);
    if (today > lastDay) throw appealProblems.windowClosed(lastDay);
    try {
      const appeal = await this.work.run(async (tx) => {
        const reversed = await tx.manager.findOneBy(LedgerEntry, { reversesEntryId: entry.id });
        if (reversed !== null) throw appealProblems.deductionAlreadyReversed();
        const created = tx.manager.create(Appeal, {
          id: randomUUID(),
          entryId: entry.id,
          residentId: entry.residentId,
          communityCode: entry.communityCode,
          reason: input.reason,
          filedBy: user.id,
          filedOn: today,
          dueOn: deadline.dueOn,
          dueBasis: deadline.basis,
          status: 'open',
          decidedBy: null,
          decisionReason: null,
          decidedAt: null,
          reversalEntryId: null,
          createdAt: clock.now(),
        });
        await tx.manager.insert(Appeal, created);
        await tx.audit('appeal.file', { type: 'appeal', id: created.id }, { entryId: entry.id, dueOn: deadline.dueOn, basis: deadline.basis });
        return created;
      });
      return AppealDto.of(appeal, false);
    } catch (error) {
      if (isUniqueViolation(error, APPEAL_ENTRY_CONSTRAINT)) throw appealProblems.alreadyAppealed();
      throw error;
    }
  }

  /** Staff decide with a reason; upholding appends the reversal in the same transaction. */
  async decide(user: AuthUser, id: string, input: DecideAppealDto): Promise<AppealDto> {
    const existing = await this.appeal(id);
    assertStaffFor(user, await this.registry.community(existing.communityCode));
    const appeal = await this.work.run(async (tx) => {
      const locked = await tx.manager.findOne(Appeal, { where: { id }, lock: { mode: 'for_no_key_update' } });
      if (locked === null || locked.status !== 'open') throw appealProblems.alreadyDecided(id);
      let reversalEntryId: string | null = null;
      if (input.outcome === 'upheld') {
        const entry = await tx.manager.findOneByOrFail(LedgerEntry, { id: locked.entryId });
        if ((await tx.manager.findOneBy(LedgerEntry, { reversesEntryId: entry.id })) !== null) {
          throw appealProblems.deductionReversedMeanwhile();
        }
        const { entry: reversal } = await this.writer.append(tx, {
          residentId: entry.residentId,
          movement: { kind: entry.movement, amount: entry.amount },
          reverses: entry,
          occurredOn: clock.today(),
          reason: `申诉成立：${input.reason}`,
          evidence: `appeal:${id}`,
          source: 'staff',
          sourceRef: id,
          actorId: user.id,
          idempotencyKey: `appeal:${id}`,
        });
        reversalEntryId = reversal.id;
      }
      const decidedAt = clock.now();
      await tx.manager.update(Appeal, { id }, { status: input.outcome, decidedBy: user.id, decisionReason: input.reason, decidedAt, reversalEntryId });
      await tx.audit(`appeal.${input.outcome === 'upheld' ? 'uphold' : 'reject'}`, { type: 'appeal', id }, { reason: input.reason, reversalEntryId });
      return { ...locked, status: input.outcome, decidedBy: user.id, decisionReason: input.reason, decidedAt, reversalEntryId };
    });
    return AppealDto.of(appeal, false);
  }

  async get(user: AuthUser, id: string): Promise<AppealDto> {
    const appeal = await this.appeal(id);
    if (!isStaffFor(user, await this.registry.community(appeal.communityCode))) {
      const own = await this.dataSource.manager.findOneBy(Resident, { id: appeal.residentId, accountId: user.id });
      if (own === null || !user.roles.includes('resident')) throw appealProblems.appealForbidden();
    }
    return AppealDto.of(appeal, isOverdue(appeal.status, appeal.dueOn, clock.today()));
  }

  /** Oldest first, so the most urgent come first; staff see their communities, a resident their own appeals. */
  async list(user: AuthUser, query: ListAppealsQueryDto): Promise<Page<AppealDto>> {
    const today = clock.today();
    const builder = this.dataSource.manager
      .createQueryBuilder(Appeal, 'a')
      .innerJoin(Community, 'c', 'c.code = a.community_code')
      .orderBy('a.position', 'ASC')
      .limit(query.limit + 1);
    restrictToCaller(builder, user, 'c.code', `a.resident_id IN ${OWN_RESIDENT_IDS}`);
    if (query.status !== undefined) builder.andWhere('a.status = :status', { status: query.status });
    if (query.communityCode !== undefined) builder.andWhere('a.community_code = :communityCode', { communityCode: query.communityCode });
    if (query.overdue === true) builder.andWhere(`a.status = 'open' AND a.dueOn < :today`, { today });
    if (query.overdue === false) builder.andWhere(`NOT (a.status = 'open' AND a.dueOn < :today)`, { today });
    if (query.cursor !== undefined) builder.andWhere('a.position > :position', { position: decodeCursor(query.cursor, 1)[0] });
    return toPage(
      await builder.getMany(),
      query.limit,
      (row) => [row.position],
      (row) => AppealDto.of(row, isOverdue(row.status, row.dueOn, today)),
    );
  }

  private async appeal(id: string): Promise<Appeal> {
    const appeal = await this.dataSource.manager.findOneBy(Appeal, { id });
    if (appeal === null) throw appealProblems.notFound(id);
    return appeal;
  }

  /**
   * Recounts the decision deadlines of open appeals that reach the year just set (see DeadlineReviser). Appeals keep
   * no step history of their own: the service's deadline-change list and the audit trail record each move.
   */
  async revise(manager: EntityManager, change: CalendarChange): Promise<RevisedDeadline[]> {
    const open = await manager
      .createQueryBuilder(Appeal, 'appeal')
      .setLock('pessimistic_write')
      .where(`appeal.status = 'open'`)
      .andWhere('appeal.dueOn >= :firstDay AND appeal.filedOn <= :lastDay', { firstDay: change.firstDay, lastDay: change.lastDay })
      .getMany();
    return change.reviseEach(
      open,
      (appeal) => ({ resourceType: 'appeal', resourceId: appeal.id, field: 'dueOn', countedFrom: appeal.filedOn, dueOn: appeal.dueOn, basis: appeal.dueBasis }),
      (appeal, revised) => manager.update(Appeal, { id: appeal.id }, { dueOn: revised.dueOn, dueBasis: revised.basis }).then(() => undefined),
    );
  }

  /** Filing window end for the entry and decision deadline for an appeal filed today. */
  private deadlines(recordedAt: Date, today: string): [string, Deadline] {
    const calendar = this.calendar.calendar();
    return [filingDeadline(calendar, shanghaiDateOf(recordedAt)), decisionDeadline(calendar, today)];
  }
}
