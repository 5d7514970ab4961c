import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { MemberTransferred } from '#contracts';
import { UnitOfWork } from '#messaging';
import { assertDateOrder, clock, decodeCursor, isUniqueViolation, loadAuthorised, ProblemException, toPage, type AuthUser, type Page } from '#platform';
import type { CalendarBasis, Deadline } from '#working-calendar/core';
import { WorkingCalendarService, type CalendarChange, type DeadlineReviser, type RevisedDeadline } from '#working-calendar';
import { actorId } from '../surveyed-entities/surveyed-entities.service.js';
import { assertManages } from '../organisations/organisations.service.js';
import { isCommittee } from '../shared/access.js';
import type { RequestTransferDto, TransferDto, TransferQueryDto, TransferStepInputDto } from './dto/member.dto.js';
import { lockedMember } from './members.service.js';
import { isOverdue, STAGE_WORKING_DAYS, transferTransition, type TransferAction, type TransferStatus } from './transfer-rules.js';

interface TransferRow {
  id: string;
  member_id: string;
  from_organisation_id: string | null;
  from_external: string | null;
  to_organisation_id: string;
  status: TransferStatus;
  stage_started_on: string;
  due_on: string | null;
  due_basis: CalendarBasis | null;
  reason: string;
  created_at: Date;
  from_secretary: string | null;
  to_secretary: string | null;
  to_name: string;
}

const TRANSFER_SELECT = `SELECT t.id, t.member_id, t.from_organisation_id, t.from_external, t.to_organisation_id, t.status,
  to_char(t.stage_started_on, 'YYYY-MM-DD') AS stage_started_on, to_char(t.due_on, 'YYYY-MM-DD') AS due_on, t.due_basis, t.reason, t.created_at,
  f.secretary_user_id AS from_secretary, r.secretary_user_id AS to_secretary, r.name AS to_name
  FROM member_transfers t LEFT JOIN organisations f ON f.id = t.from_organisation_id JOIN organisations r ON r.id = t.to_organisation_id`;

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
        const member = await lockedMember(tx.manager, memberId);
        const [target] = await tx.manager.query(`SELECT id, secretary_user_id FROM organisations WHERE id = $1`, [input.toOrganisationId]);
        if (target === undefined)
          throw ProblemException.of(422, 'organisation-not-found', 'Organisation not found', `No Party organisation has id ${input.toOrganisationId}.`);
        // Either side, or the committee, may start a transfer.
        const sides = [member.secretary_user_id, target.secretary_user_id];
        if (!isCommittee(user) && !(user.roles.includes('org-secretary') && sides.includes(user.id))) {
          throw ProblemException.of(
            403,
            'not-your-organisation',
            'Not your organisation',
            'Only the committee or the secretary of the sending or receiving organisation may request a transfer.',
          );
        }
        if (member.status !== 'floating')
          throw ProblemException.of(422, 'member-not-floating', 'Member not floating', 'Transfers are for floating members; set the status first.');
        if (member.organisation_id === input.toOrganisationId)
          throw ProblemException.of(422, 'same-organisation', 'Same organisation', 'The member already belongs to this organisation.');
        const due = this.stageDue(on);
        await tx.manager.query(
          `INSERT INTO member_transfers (id, member_id, from_organisation_id, from_external, to_organisation_id, status, stage_started_on, due_on, due_basis, reason, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, 'requested', $6, $7, $8, $9, now(), now())`,
          [id, memberId, member.organisation_id, member.external_organisation, input.toOrganisationId, on, due.dueOn, due.basis, input.reason],
        );
        await this.step(tx.manager, id, 'request', 'requested', on, input.reason);
        await tx.audit('member-transfer.request', { type: 'member-transfer', id }, { memberId, toOrganisationId: input.toOrganisationId });
        return this.get(user, id, tx.manager);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'member_transfers_open_key'))
        throw ProblemException.of(409, 'transfer-already-open', 'Transfer already open', 'This member already has an open transfer.');
      throw error;
    }
  }

  async act(user: AuthUser, id: string, action: TransferAction, input: TransferStepInputDto): Promise<TransferDto> {
    return this.work.run(async (tx) => {
      // Ownership before state: an outsider learns nothing about the transfer, not even its state.
      const row = await loadAuthorised(
        async (): Promise<TransferRow | undefined> => (await tx.manager.query(`${TRANSFER_SELECT} WHERE t.id = $1 FOR UPDATE OF t`, [id]))[0],
        () => transferNotFound(id),
        (found) => assertTransferParty(user, found),
      );
      const transition = transferTransition(row.status, action);
      if (!transition.ok) throw ProblemException.of(409, 'transfer-state-conflict', 'Not possible in this state', transition.problem);
      // An external sending side is represented by the committee.
      const sideSecretary = transition.side === 'sending' ? row.from_secretary : row.to_secretary;
      if (!isCommittee(user)) assertManages(user, { secretary_user_id: sideSecretary });
      const on = this.actionDate(input.on);
      assertDateOrder([
        { name: 'transfer.stageStartedOn', date: row.stage_started_on, label: 'the stage started on' },
        { name: 'on', date: on },
      ]);
      const open = transition.status === 'approved';
      const due = open ? this.stageDue(on) : null;
      await tx.manager.query(`UPDATE member_transfers SET status = $2, stage_started_on = $3, due_on = $4, due_basis = $5, updated_at = now() WHERE id = $1`, [
        id,
        transition.status,
        on,
        due?.dueOn ?? null,
        due?.basis ?? null,
      ]);
      await this.step(tx.manager, id, action, transition.status, on, input.note ?? null);
      await tx.audit(`member-transfer.${action}`, { type: 'member-transfer', id }, { memberId: row.member_id, status: transition.status });
      if (transition.status === 'completed') {
        await lockedMember(tx.manager, row.member_id);
        await tx.manager.query(`UPDATE members SET organisation_id = $2, external_organisation = NULL, status = 'normal', updated_at = now() WHERE id = $1`, [
          row.member_id,
          row.to_organisation_id,
        ]);
        await tx.publish(MemberTransferred, row.member_id, {
          memberId: row.member_id,
          transferId: id,
          fromOrganisationId: row.from_organisation_id,
          fromExternalOrganisation: row.from_external,
          toOrganisationId: row.to_organisation_id,
          toOrganisationName: row.to_name,
          completedOn: on,
          recordedAt: clock.now().toISOString(),
        });
      }
      return this.get(user, id, tx.manager);
    });
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async get(user: AuthUser, id: string, db: EntityManager = this.dataSource.manager): Promise<TransferDto> {
    const row = await loadAuthorised(
      async (): Promise<TransferRow | undefined> => (await db.query(`${TRANSFER_SELECT} WHERE t.id = $1`, [id]))[0],
      () => transferNotFound(id),
      (found) => assertTransferParty(user, found),
    );
    return (await this.toDtos([row], db))[0]!;
  }

  async list(user: AuthUser, query: TransferQueryDto): Promise<Page<TransferDto>> {
    const params: unknown[] = [query.limit + 1];
    const where: string[] = [];
    if (!isCommittee(user)) {
      params.push(user.id);
      where.push(`(f.secretary_user_id = $${params.length} OR r.secretary_user_id = $${params.length})`);
    }
    if (query.status !== undefined) {
      params.push(query.status);
      where.push(`t.status = $${params.length}`);
    }
    if (query.cursor !== undefined) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      params.push(createdAt, id);
      where.push(`(t.created_at, t.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const rows: TransferRow[] = await this.dataSource.query(
      `${TRANSFER_SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY t.created_at DESC, t.id DESC LIMIT $1`,
      params,
    );
    const page = toPage(
      rows,
      query.limit,
      (row) => [row.created_at.toISOString(), row.id],
      (row) => row,
    );
    return { ...page, items: await this.toDtos(page.items) };
  }

  private actionDate(on: string | undefined): string {
    const today = clock.today();
    if (on !== undefined && on > today) throw ProblemException.of(422, 'date-in-future', 'Date in the future', `on ${on} has not happened yet.`);
    return on ?? today;
  }

  private stageDue(from: string): Deadline {
    return this.calendar.calendar().deadline(from, STAGE_WORKING_DAYS);
  }

  /** Recounts open stages' due dates that reach the year just set (see DeadlineReviser); each move is a step in the transfer's history. */
  async revise(manager: EntityManager, change: CalendarChange): Promise<RevisedDeadline[]> {
    const open: Pick<TransferRow, 'id' | 'status' | 'stage_started_on' | 'due_on' | 'due_basis'>[] = await manager.query(
      `SELECT id, status, to_char(stage_started_on, 'YYYY-MM-DD') AS stage_started_on, to_char(due_on, 'YYYY-MM-DD') AS due_on, due_basis
         FROM member_transfers WHERE status IN ('requested', 'approved') AND due_on >= $1 AND stage_started_on <= $2 FOR UPDATE`,
      [change.firstDay, change.lastDay],
    );
    return change.reviseEach(
      open,
      (row) => ({
        resourceType: 'transfer',
        resourceId: row.id,
        field: 'dueOn',
        countedFrom: row.stage_started_on,
        dueOn: row.due_on!,
        basis: row.due_basis ?? 'official',
      }),
      async (row, revised, moved) => {
        await manager.query(`UPDATE member_transfers SET due_on = $2, due_basis = $3 WHERE id = $1`, [row.id, revised.dueOn, revised.basis]);
        if (!moved) return;
        await manager.query(
          `INSERT INTO member_transfer_steps (id, transfer_id, action, to_status, acted_on, note, actor, recorded_at) VALUES ($1, $2, 'deadline-revised', $3, $4, $5, 'working-calendar', $6)`,
          [randomUUID(), row.id, row.status, clock.today(), `${row.due_on} → ${revised.dueOn}: ${change.reason}`, clock.now()],
        );
      },
    );
  }

  private async step(manager: EntityManager, transferId: string, action: string, toStatus: string, on: string, note: string | null): Promise<void> {
    await manager.query(
      `INSERT INTO member_transfer_steps (id, transfer_id, action, to_status, acted_on, note, actor, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, clock_timestamp())`,
      [randomUUID(), transferId, action, toStatus, on, note, actorId()],
    );
  }

  private async toDtos(rows: TransferRow[], db: EntityManager = this.dataSource.manager): Promise<TransferDto[]> {
    if (rows.length === 0) return [];
    const steps: { transfer_id: string; action: string; to_status: string; acted_on: string; note: string | null; actor: string }[] = await db.query(
      `SELECT transfer_id, action, to_status, to_char(acted_on, 'YYYY-MM-DD') AS acted_on, note, actor FROM member_transfer_steps WHERE transfer_id = ANY($1) ORDER BY recorded_at, id`,
      [rows.map((row) => row.id)],
    );
    const today = clock.today();
    return rows.map((row) => ({
      id: row.id,
      memberId: row.member_id,
      fromOrganisationId: row.from_organisation_id,
      fromExternalOrganisation: row.from_external,
      toOrganisationId: row.to_organisation_id,
      status: row.status,
      reason: row.reason,
      stageStartedOn: row.stage_started_on,
      dueOn: row.due_on,
      dueBasis: row.due_basis,
      overdue: isOverdue(row.status, row.due_on, today),
      history: steps
        .filter((step) => step.transfer_id === row.id)
        .map((step) => ({ action: step.action, toStatus: step.to_status, actedOn: step.acted_on, note: step.note, actor: step.actor })),
    }));
  }
}

/** The committee and the secretaries of the two organisations are party to a transfer; nobody else sees or acts on it. */
function assertTransferParty(user: AuthUser, row: Pick<TransferRow, 'from_secretary' | 'to_secretary'>): void {
  if (isCommittee(user) || (user.roles.includes('org-secretary') && [row.from_secretary, row.to_secretary].includes(user.id))) return;
  throw ProblemException.of(
    403,
    'not-your-organisation',
    'Not your organisation',
    "Only the committee and the two organisations' secretaries see or act on a transfer.",
  );
}

function transferNotFound(id: string): ProblemException {
  return ProblemException.of(404, 'transfer-not-found', 'Transfer not found', `No member transfer has id ${id}.`);
}
