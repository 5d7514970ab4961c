import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { MemberTransferred } from '#contracts';
import { UnitOfWork } from '#messaging';
import { assertDateOrder, clock, decodeCursor, isUniqueViolation, loadAuthorised, platformProblems, toPage, type AuthUser, type Page } from '#platform';
import type { Deadline } from '#working-calendar/core';
import { WorkingCalendarService, type CalendarChange, type DeadlineReviser, type RevisedDeadline } from '#working-calendar';
import { actorId } from '../surveyed-entities/surveyed-entities.service.js';
import { organisationProblems } from '../organisations/organisation-problems.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { assertManages } from '../organisations/organisations.service.js';
import { isCommittee } from '../shared/access.js';
import type { RequestTransferDto, TransferDto, TransferQueryDto, TransferStepInputDto } from './dto/member.dto.js';
import { memberProblems } from './member-problems.js';
import { MemberTransferStep } from './member-transfer-step.entity.js';
import { MemberTransfer } from './member-transfer.entity.js';
import { Member } from './member.entity.js';
import { lockedMember } from './members.service.js';
import { isOverdue, STAGE_WORKING_DAYS, transferTransition, type TransferAction } from './transfer-rules.js';

/** A transfer with what its two organisations contribute: who may act for each side, and the receiver's name. */
interface TransferView {
  transfer: MemberTransfer;
  fromSecretary: string | null;
  toSecretary: string | null;
  toName: string;
}

/** Transfers of floating members' organisational relations, each stage due in working days on the shared calendar. */
@Injectable()
export class TransfersService implements OnModuleInit, DeadlineReviser {
  constructor(
    private readonly work: UnitOfWork,
    private readonly calendar: WorkingCalendarService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.calendar.registerReviser(this);
  }

  async request(user: AuthUser, memberId: string, input: RequestTransferDto): Promise<TransferDto> {
    const on = this.actionDate(input.on);
    const id = randomUUID();
    try {
      return await this.work.run(async (tx) => {
        const { member, secretaryUserId } = await lockedMember(tx.manager, memberId);
        const target = await tx.manager.findOneBy(Organisation, { id: input.toOrganisationId });
        if (target === null) throw organisationProblems.unknown(input.toOrganisationId);
        // Either side, or the committee, may start a transfer.
        const sides = [secretaryUserId, target.secretaryUserId];
        if (!isCommittee(user) && !(user.roles.includes('org-secretary') && sides.includes(user.id))) {
          throw organisationProblems.notYours('Only the committee or the secretary of the sending or receiving organisation may request a transfer.');
        }
        if (member.status !== 'floating') throw memberProblems.notFloating();
        if (member.organisationId === input.toOrganisationId) throw memberProblems.sameOrganisation();
        const due = this.stageDue(on);
        await tx.manager.insert(MemberTransfer, {
          id,
          memberId,
          fromOrganisationId: member.organisationId,
          fromExternal: member.externalOrganisation,
          toOrganisationId: input.toOrganisationId,
          status: 'requested',
          stageStartedOn: on,
          dueOn: due.dueOn,
          dueBasis: due.basis,
          reason: input.reason,
          createdAt: () => 'now()',
          updatedAt: () => 'now()',
        });
        await this.step(tx.manager, id, 'request', 'requested', on, input.reason);
        await tx.audit('member-transfer.request', { type: 'member-transfer', id }, { memberId, toOrganisationId: input.toOrganisationId });
        return this.get(user, id, tx.manager);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'member_transfers_open_key')) throw memberProblems.transferAlreadyOpen();
      throw error;
    }
  }

  async act(user: AuthUser, id: string, action: TransferAction, input: TransferStepInputDto): Promise<TransferDto> {
    return this.work.run(async (tx) => {
      // Ownership before state: an outsider learns nothing about the transfer, not even its state.
      const view = await loadAuthorised(
        async (): Promise<TransferView | undefined> =>
          (await viewsOf(transferViews(tx.manager).where('transfer.id = :id', { id }).setLock('pessimistic_write', undefined, ['transfer'])))[0],
        () => memberProblems.transferNotFound(id),
        (found) => assertTransferParty(user, found),
      );
      const { transfer } = view;
      const transition = transferTransition(transfer.status, action);
      if (!transition.ok) throw memberProblems.transferStateConflict(transition.problem);
      // An external sending side is represented by the committee.
      const sideSecretary = transition.side === 'sending' ? view.fromSecretary : view.toSecretary;
      if (!isCommittee(user)) assertManages(user, { secretaryUserId: sideSecretary });
      const on = this.actionDate(input.on);
      assertDateOrder([
        { name: 'transfer.stageStartedOn', date: transfer.stageStartedOn, label: 'the stage started on' },
        { name: 'on', date: on },
      ]);
      const open = transition.status === 'approved';
      const due = open ? this.stageDue(on) : null;
      await tx.manager.update(
        MemberTransfer,
        { id },
        { status: transition.status, stageStartedOn: on, dueOn: due?.dueOn ?? null, dueBasis: due?.basis ?? null, updatedAt: () => 'now()' },
      );
      await this.step(tx.manager, id, action, transition.status, on, input.note ?? null);
      await tx.audit(`member-transfer.${action}`, { type: 'member-transfer', id }, { memberId: transfer.memberId, status: transition.status });
      if (transition.status === 'completed') {
        await lockedMember(tx.manager, transfer.memberId);
        await tx.manager.update(
          Member,
          { id: transfer.memberId },
          { organisationId: transfer.toOrganisationId, externalOrganisation: null, status: 'normal', updatedAt: () => 'now()' },
        );
        await tx.publish(MemberTransferred, transfer.memberId, {
          memberId: transfer.memberId,
          transferId: id,
          fromOrganisationId: transfer.fromOrganisationId,
          fromExternalOrganisation: transfer.fromExternal,
          toOrganisationId: transfer.toOrganisationId,
          toOrganisationName: view.toName,
          completedOn: on,
          recordedAt: clock.now().toISOString(),
        });
      }
      return this.get(user, id, tx.manager);
    });
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async get(user: AuthUser, id: string, db: EntityManager = this.dataSource.manager): Promise<TransferDto> {
    const view = await loadAuthorised(
      async (): Promise<TransferView | undefined> => (await viewsOf(transferViews(db).where('transfer.id = :id', { id })))[0],
      () => memberProblems.transferNotFound(id),
      (found) => assertTransferParty(user, found),
    );
    return (await this.toDtos([view.transfer], db))[0]!;
  }

  async list(user: AuthUser, query: TransferQueryDto): Promise<Page<TransferDto>> {
    const builder = transferViews(this.dataSource.manager)
      .orderBy('transfer.createdAt', 'DESC')
      .addOrderBy('transfer.id', 'DESC')
      .limit(query.limit + 1);
    if (!isCommittee(user)) builder.andWhere('(sender.secretaryUserId = :userId OR receiver.secretaryUserId = :userId)', { userId: user.id });
    if (query.status !== undefined) builder.andWhere('transfer.status = :status', { status: query.status });
    if (query.cursor !== undefined) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(transfer.createdAt, transfer.id) < (:createdAt, :id)', { createdAt, id });
    }
    const page = toPage(
      await builder.getMany(),
      query.limit,
      (transfer) => [transfer.createdAt.toISOString(), transfer.id],
      (transfer) => transfer,
    );
    return { ...page, items: await this.toDtos(page.items) };
  }

  private actionDate(on: string | undefined): string {
    const today = clock.today();
    if (on !== undefined && on > today) throw platformProblems.dateInFuture({ field: 'on', message: `on ${on} has not happened yet` });
    return on ?? today;
  }

  private stageDue(from: string): Deadline {
    return this.calendar.calendar().deadline(from, STAGE_WORKING_DAYS);
  }

  /** Recounts open stages' due dates that reach the year just set (see DeadlineReviser); each move is a step in the transfer's history. */
  async revise(manager: EntityManager, change: CalendarChange): Promise<RevisedDeadline[]> {
    const open = await manager
      .createQueryBuilder(MemberTransfer, 'transfer')
      .where('transfer.status IN (:...open)', { open: ['requested', 'approved'] })
      .andWhere('transfer.dueOn >= :firstDay', { firstDay: change.firstDay })
      .andWhere('transfer.stageStartedOn <= :lastDay', { lastDay: change.lastDay })
      .setLock('pessimistic_write')
      .getMany();
    return change.reviseEach(
      open,
      (transfer) => ({
        resourceType: 'transfer',
        resourceId: transfer.id,
        field: 'dueOn',
        countedFrom: transfer.stageStartedOn,
        dueOn: transfer.dueOn!,
        basis: transfer.dueBasis ?? 'official',
      }),
      async (transfer, revised, moved) => {
        await manager.update(MemberTransfer, { id: transfer.id }, { dueOn: revised.dueOn, dueBasis: revised.basis });
        if (!moved) return;
        await manager.insert(MemberTransferStep, {
          id: randomUUID(),
          transferId: transfer.id,
          action: 'deadline-revised',
          toStatus: transfer.status,
          actedOn: clock.today(),
          note: `${transfer.dueOn} → ${revised.dueOn}: ${change.reason}`,
          actor: 'working-calendar',
          recordedAt: clock.now(),
        });
      },
    );
  }

  private async step(manager: EntityManager, transferId: string, action: string, toStatus: string, on: string, note: string | null): Promise<void> {
    // The database's own clock orders the steps of one transfer, even within one transaction.
    await manager.insert(MemberTransferStep, {
      id: randomUUID(),
      transferId,
      action,
      toStatus,
      actedOn: on,
      note,
      actor: actorId(),
      recordedAt: () => 'clock_timestamp()',
    });
  }

  private async toDtos(transfers: MemberTransfer[], db: EntityManager = this.dataSource.manager): Promise<TransferDto[]> {
    if (transfers.length === 0) return [];
    const steps = await db.find(MemberTransferStep, {
      where: { transferId: In(transfers.map((transfer) => transfer.id)) },
      order: { recordedAt: 'ASC', id: 'ASC' },
    });
    const today = clock.today();
    return transfers.map((transfer) => ({
      id: transfer.id,
      memberId: transfer.memberId,
      fromOrganisationId: transfer.fromOrganisationId,
      fromExternalOrganisation: transfer.fromExternal,
      toOrganisationId: transfer.toOrganisationId,
      status: transfer.status,
      reason: transfer.reason,
      stageStartedOn: transfer.stageStartedOn,
      dueOn: transfer.dueOn,
      dueBasis: transfer.dueBasis,
      overdue: isOverdue(transfer.status, transfer.dueOn, today),
      history: steps
        .filter((step) => step.transferId === transfer.id)
        .map((step) => ({ action: step.action, toStatus: step.toStatus, actedOn: step.actedOn, note: step.note, actor: step.actor })),
    }));
  }
}

/** Transfers joined with their two organisations: the sender is absent when it is outside the registry. */
function transferViews(db: EntityManager): SelectQueryBuilder<MemberTransfer> {
  return db
    .createQueryBuilder(MemberTransfer, 'transfer')
    .leftJoin(Organisation, 'sender', 'sender.id = transfer.fromOrganisationId')
    .innerJoin(Organisation, 'receiver', 'receiver.id = transfer.toOrganisationId')
    .addSelect('sender.secretaryUserId', 'from_secretary')
    .addSelect('receiver.secretaryUserId', 'to_secretary')
    .addSelect('receiver.name', 'to_name');
}

async function viewsOf(builder: SelectQueryBuilder<MemberTransfer>): Promise<TransferView[]> {
  const { entities, raw } = await builder.getRawAndEntities<{
    transfer_id: string;
    from_secretary: string | null;
    to_secretary: string | null;
    to_name: string;
  }>();
  const rowOf = new Map(raw.map((row) => [row.transfer_id, row]));
  return entities.map((transfer) => {
    const row = rowOf.get(transfer.id)!;
    return { transfer, fromSecretary: row.from_secretary, toSecretary: row.to_secretary, toName: row.to_name };
  });
}

/** The committee and the secretaries of the two organisations are party to a transfer; nobody else sees or acts on it. */
function assertTransferParty(user: AuthUser, view: Pick<TransferView, 'fromSecretary' | 'toSecretary'>): void {
  if (isCommittee(user) || (user.roles.includes('org-secretary') && [view.fromSecretary, view.toSecretary].includes(user.id))) return;
  throw organisationProblems.notYours("Only the committee and the two organisations' secretaries see or act on a transfer.");
}
