import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { LandBatchApproved, LandBatchRejected, LandBatchSubmitted, LandSupplyStarted } from '#contracts';
import { Transaction, UnitOfWork } from '#messaging';
import { assertDateOrder, assertNotInFuture, clock, decodeCursor, groupRows, isUniqueViolation, toPage, type Page, type PageQueryDto } from '#platform';
import { CalendarYearMissingError, type WorkingCalendar } from '#working-calendar/core';
import { WorkingCalendarService } from '#working-calendar';
import { loadStepStates } from '../pre-work/pre-work.service.js';
import { isPreWorkComplete } from '../pre-work/pre-work-rules.js';
import { Project } from '../projects/project.entity.js';
import { assessSchedule, workingDaysIn } from '../schedule/schedule-rules.js';
import { actorId } from '../shared/actor.js';
import { landProblems } from '../shared/land-problems.js';
import { batchProblems } from './batch-problems.js';
import { exceedsBatchTotal } from '../shared/land-validation.js';
import { BatchTransitionError, isClosed, nextStatus, parcelsEditable, stageSpans, type BatchAction, type BatchStatus } from './batch-lifecycle.js';
import { Batch } from './batch.entity.js';
import { BatchParcel } from './batch-parcel.entity.js';
import { BatchTransition } from './batch-transition.entity.js';
import {
  MAX_PARCELS_PER_BATCH,
  type ApproveBatchDto,
  type BatchScheduleInputDto,
  type BatchListQueryDto,
  type CreateBatchDto,
  type ParcelInputDto,
  type RecordApprovedBatchDto,
  type RejectBatchDto,
  type SupplementRequestDto,
  type TransitionDateDto,
} from './dto/batch-input.dto.js';
import type { ApprovedBatchDto, BatchDto, ParcelDto } from './dto/batch.dto.js';

interface ParcelRow {
  id: string;
  batch_id: string;
  project_id: string;
  project_name: string;
  parcel_code: string;
  area_mu: string;
  description: string | null;
}

/** The request field that carries each action's date. */
const DATE_FIELD: Record<BatchAction, string> = {
  'assemble-file': 'on',
  submit: 'on',
  'request-supplement': 'on',
  resubmit: 'on',
  approve: 'approvedOn',
  reject: 'rejectedOn',
};

@Injectable()
export class BatchesService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendars: WorkingCalendarService,
  ) {}

  async create(input: CreateBatchDto): Promise<BatchDto> {
    if (exceedsBatchTotal((input.parcels ?? []).map((parcel) => parcel.areaMu))) throw landProblems.batchAreaTooLarge('parcels');
    const openedOn = input.openedOn ?? clock.today();
    assertNotInFuture('openedOn', openedOn);
    if (input.targetDate !== undefined && input.targetDate < openedOn) {
      throw landProblems.targetBeforeStart('targetDate cannot be before openedOn.');
    }
    return this.uniqueName(input.name, () =>
      this.work.run(async (tx) => {
        const batch = this.newBatch({
          name: input.name,
          origin: 'tracked',
          status: 'preparing',
          openedOn,
          targetDate: input.targetDate ?? null,
          legalDueOn: input.legalDueOn ?? null,
        });
        await tx.manager.insert(Batch, batch);
        await this.recordTransition(tx.manager, batch.id, 'preparing', openedOn, null);
        for (const parcel of input.parcels ?? []) await this.insertParcel(tx.manager, batch.id, parcel);
        await tx.audit('batch.create', { type: 'batch', id: batch.id }, { name: batch.name, parcels: input.parcels?.length ?? 0 });
        return this.view(tx.manager, batch.id);
      }),
    );
  }

  /** Enters a batch approved before the platform, with its parcels, as history; its projects' land supply is recorded from the approval day. */
  async recordApproved(input: RecordApprovedBatchDto): Promise<BatchDto> {
    assertNotInFuture('approvedOn', input.approvedOn);
    if (exceedsBatchTotal(input.parcels.map((parcel) => parcel.areaMu))) throw landProblems.batchAreaTooLarge('parcels');
    return this.uniqueName(input.name, () =>
      this.work.run(async (tx) => {
        const batch = this.newBatch({
          name: input.name,
          origin: 'recorded',
          status: 'approved',
          openedOn: input.approvedOn,
          targetDate: null,
          legalDueOn: null,
          approvingAuthority: input.approvingAuthority,
          documentNumber: input.documentNumber,
          decidedOn: input.approvedOn,
        });
        await tx.manager.insert(Batch, batch);
        await this.recordTransition(tx.manager, batch.id, 'approved', input.approvedOn, 'Recorded as history (历史批次)');
        for (const parcel of input.parcels) await this.insertParcel(tx.manager, batch.id, parcel);
        await tx.audit(
          'batch.record-approved',
          { type: 'batch', id: batch.id },
          { name: batch.name, documentNumber: input.documentNumber, approvedOn: input.approvedOn },
        );
        await this.publishApproval(tx, batch.id, input.approvedOn);
        return this.view(tx.manager, batch.id);
      }),
    );
  }

  async setSchedule(batchId: string, input: BatchScheduleInputDto): Promise<BatchDto> {
    return this.work.run(async (tx) => {
      const batch = await this.lock(tx.manager, batchId);
      if (input.targetDate < batch.openedOn) throw landProblems.targetBeforeStart(`targetDate cannot be before the batch opened (${batch.openedOn}).`);
      await tx.manager.update(Batch, { id: batchId }, { targetDate: input.targetDate, legalDueOn: input.legalDueOn ?? null, updatedAt: clock.now() });
      await tx.audit('batch.set-schedule', { type: 'batch', id: batchId }, { ...input });
      return this.view(tx.manager, batchId);
    });
  }

  async addParcel(batchId: string, input: ParcelInputDto): Promise<BatchDto> {
    try {
      return await this.work.run(async (tx) => {
        const batch = await this.lock(tx.manager, batchId);
        if (!parcelsEditable(batch.status)) throw batchProblems.parcelsFrozen(batch.status);
        if ((await tx.manager.countBy(BatchParcel, { batchId })) >= MAX_PARCELS_PER_BATCH) {
          throw batchProblems.tooManyParcels(MAX_PARCELS_PER_BATCH);
        }
        if (exceedsBatchTotal([await this.totalOf(tx.manager, batchId), input.areaMu])) throw landProblems.batchAreaTooLarge('areaMu');
        const id = await this.insertParcel(tx.manager, batchId, input);
        await tx.audit('batch.add-parcel', { type: 'batch', id: batchId }, { parcelId: id, projectId: input.projectId, areaMu: input.areaMu });
        return this.view(tx.manager, batchId);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'batch_parcels_code_key')) {
        throw batchProblems.parcelCodeTaken(input.parcelCode);
      }
      throw error;
    }
  }

  async removeParcel(batchId: string, parcelId: string): Promise<BatchDto> {
    return this.work.run(async (tx) => {
      const batch = await this.lock(tx.manager, batchId);
      if (!parcelsEditable(batch.status)) throw batchProblems.parcelsFrozen(batch.status);
      const removed = await tx.manager.delete(BatchParcel, { id: parcelId, batchId });
      if (removed.affected === 0) throw batchProblems.parcelNotFound(batchId, parcelId);
      await tx.audit('batch.remove-parcel', { type: 'batch', id: batchId }, { parcelId });
      return this.view(tx.manager, batchId);
    });
  }

  assembleFile(batchId: string, input: TransitionDateDto): Promise<BatchDto> {
    return this.transition(batchId, 'assemble-file', input.on, input.note ?? null, async (tx) => {
      const projectIds = await this.projectIdsOf(tx.manager, batchId);
      if (projectIds.length === 0) throw batchProblems.batchEmpty();
      for (const projectId of projectIds) {
        if (!isPreWorkComplete(await loadStepStates(tx.manager, projectId))) {
          throw batchProblems.preWorkIncomplete(projectId);
        }
      }
    });
  }

  submit(batchId: string, input: TransitionDateDto): Promise<BatchDto> {
    return this.transition(batchId, 'submit', input.on, input.note ?? null, (tx) => this.publishSubmission(tx, batchId, input.on, false));
  }

  requestSupplement(batchId: string, input: SupplementRequestDto): Promise<BatchDto> {
    return this.transition(batchId, 'request-supplement', input.on, input.note, async () => undefined);
  }

  resubmit(batchId: string, input: TransitionDateDto): Promise<BatchDto> {
    return this.transition(batchId, 'resubmit', input.on, input.note ?? null, (tx) => this.publishSubmission(tx, batchId, input.on, true));
  }

  async approve(batchId: string, input: ApproveBatchDto): Promise<BatchDto> {
    try {
      return await this.transition(
        batchId,
        'approve',
        input.approvedOn,
        null,
        // Land supply starts on the approval day (供地当天启动), also when the approval is entered later; corrected through land-supply.
        (tx) => this.publishApproval(tx, batchId, input.approvedOn),
        { approvingAuthority: input.approvingAuthority, documentNumber: input.documentNumber, decidedOn: input.approvedOn },
      );
    } catch (error) {
      if (isUniqueViolation(error, 'batches_document_number_key')) {
        throw batchProblems.documentNumberTaken(input);
      }
      throw error;
    }
  }

  reject(batchId: string, input: RejectBatchDto): Promise<BatchDto> {
    const fields = {
      approvingAuthority: input.approvingAuthority,
      documentNumber: input.documentNumber ?? null,
      decidedOn: input.rejectedOn,
      decisionNote: input.reason,
    };
    return this.transition(
      batchId,
      'reject',
      input.rejectedOn,
      input.reason,
      async (tx) => {
        const batch = await tx.manager.findOneByOrFail(Batch, { id: batchId });
        await tx.publish(LandBatchRejected, batchId, {
          batchId,
          name: batch.name,
          approvingAuthority: input.approvingAuthority,
          documentNumber: input.documentNumber ?? null,
          rejectedOn: input.rejectedOn,
          reason: input.reason,
          totalAreaMu: await this.totalOf(tx.manager, batchId),
          recordedAt: clock.now().toISOString(),
        });
      },
      fields,
    );
  }

  async get(id: string): Promise<BatchDto> {
    if (!(await this.dataSource.manager.existsBy(Batch, { id }))) throw landProblems.batchNotFound(id);
    return this.view(this.dataSource.manager, id);
  }

  async list(query: BatchListQueryDto, origin?: 'recorded'): Promise<Page<BatchDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Batch, 'batch')
      .orderBy('batch.createdAt', 'DESC')
      .addOrderBy('batch.id', 'DESC')
      .limit(query.limit + 1);
    if (query.status !== undefined) builder.andWhere('batch.status = :status', { status: query.status });
    if (origin !== undefined) builder.andWhere('batch.origin = :origin', { origin });
    if (query.cursor !== undefined) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(batch.createdAt, batch.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await builder.getMany();
    const page = toPage(
      rows,
      query.limit,
      (row) => [row.createdAt.toISOString(), row.id],
      (row) => row,
    );
    return { ...page, items: await this.views(this.dataSource.manager, page.items) };
  }

  /** Approved batches only, newest approval first: what the public may read. */
  async listApproved(query: PageQueryDto): Promise<Page<ApprovedBatchDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Batch, 'batch')
      .where(`batch.status = 'approved'`)
      .orderBy('batch.decidedOn', 'DESC')
      .addOrderBy('batch.id', 'DESC')
      .limit(query.limit + 1);
    if (query.cursor !== undefined) {
      const [decidedOn, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(batch.decidedOn, batch.id) < (:decidedOn, :id)', { decidedOn, id });
    }
    const rows = await builder.getMany();
    const parcels = await this.parcelsOf(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    const totals = await this.totalsOf(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    return toPage(
      rows,
      query.limit,
      (row) => [row.decidedOn!, row.id],
      (row) => publicView(row, parcels.get(row.id) ?? [], totals.get(row.id)!),
    );
  }

  async getApproved(id: string): Promise<ApprovedBatchDto> {
    const batch = await this.dataSource.manager.findOneBy(Batch, { id, status: 'approved' });
    if (batch === null) throw landProblems.batchNotFound(id);
    const parcels = await this.parcelsOf(this.dataSource.manager, [id]);
    return publicView(batch, parcels.get(id) ?? [], await this.totalOf(this.dataSource.manager, id));
  }

  private async transition(
    batchId: string,
    action: BatchAction,
    on: string,
    note: string | null,
    effect: (tx: Transaction) => Promise<void>,
    fields: Partial<Pick<Batch, 'approvingAuthority' | 'documentNumber' | 'decidedOn' | 'decisionNote'>> = {},
  ): Promise<BatchDto> {
    return this.work.run(async (tx) => {
      const batch = await this.lock(tx.manager, batchId);
      let status: BatchStatus;
      try {
        status = nextStatus(batch.status, action);
      } catch (error) {
        if (error instanceof BatchTransitionError) throw batchProblems.invalidTransition({ message: error.message, batchStatus: batch.status });
        throw error;
      }
      assertNotInFuture(DATE_FIELD[action], on);
      const last = await tx.manager.findOne(BatchTransition, { where: { batchId }, order: { id: 'DESC' } });
      if (last !== null) {
        // Request → decision order: each step on or after the one before it (a decision not before the submission).
        assertDateOrder([
          { name: 'batch.statusSince', date: last.onDate, label: `the batch became ${last.status} on` },
          { name: DATE_FIELD[action], date: on },
        ]);
      }
      // Decision fields go in with the status: the table's checks require both together.
      await tx.manager.update(Batch, { id: batchId }, { status, updatedAt: clock.now(), ...fields });
      await this.recordTransition(tx.manager, batchId, status, on, note);
      await effect(tx);
      await tx.audit(`batch.${action}`, { type: 'batch', id: batchId }, { from: batch.status, to: status, on, ...(note !== null ? { note } : {}) });
      return this.view(tx.manager, batchId);
    });
  }

  /**
   * Publishes LandBatchApproved and starts land supply for each project of the batch that has none yet. The
   * batch row is locked and moves to `approved` once, so this runs once per batch; the land_supply_starts
   * primary key makes a second start for a project impossible even across batches.
   */
  private async publishApproval(tx: Transaction, batchId: string, supplyStartsOn: string): Promise<void> {
    const batch = await tx.manager.findOneByOrFail(Batch, { id: batchId });
    const parcels = (await this.parcelsOf(tx.manager, [batchId])).get(batchId) ?? [];
    const recordedAt = clock.now();
    await tx.publish(LandBatchApproved, batchId, {
      batchId,
      name: batch.name,
      approvingAuthority: batch.approvingAuthority!,
      documentNumber: batch.documentNumber!,
      approvedOn: batch.decidedOn!,
      totalAreaMu: await this.totalOf(tx.manager, batchId),
      parcels: parcels.map((parcel) => ({ projectId: parcel.projectId, projectName: parcel.projectName, areaMu: parcel.areaMu })),
      recordedAt: recordedAt.toISOString(),
    });
    const started: { project_id: string; project_name: string; area_mu: string }[] = await tx.manager.query(
      `WITH inserted AS (
         INSERT INTO land_supply_starts (project_id, batch_id, started_on, recorded_at)
         SELECT DISTINCT project_id, $1::uuid, $2::date, $3::timestamptz FROM batch_parcels WHERE batch_id = $1
         ON CONFLICT (project_id) DO NOTHING
         RETURNING project_id)
       SELECT i.project_id, p.name AS project_name, SUM(bp.area_mu)::numeric(16, 4)::text AS area_mu
         FROM inserted i JOIN projects p ON p.id = i.project_id JOIN batch_parcels bp ON bp.project_id = i.project_id AND bp.batch_id = $1
        GROUP BY i.project_id, p.name ORDER BY p.name`,
      [batchId, supplyStartsOn, recordedAt],
    );
    for (const row of started) {
      await tx.publish(LandSupplyStarted, row.project_id, {
        projectId: row.project_id,
        projectName: row.project_name,
        batchId,
        startedOn: supplyStartsOn,
        approvedAreaMu: row.area_mu,
        recordedAt: recordedAt.toISOString(),
      });
      await tx.audit('land-supply.start', { type: 'project', id: row.project_id }, { batchId, startedOn: supplyStartsOn });
    }
  }

  private async publishSubmission(tx: Transaction, batchId: string, on: string, resubmission: boolean): Promise<void> {
    const batch = await tx.manager.findOneByOrFail(Batch, { id: batchId });
    await tx.publish(LandBatchSubmitted, batchId, {
      batchId,
      name: batch.name,
      resubmission,
      submittedOn: on,
      totalAreaMu: await this.totalOf(tx.manager, batchId),
      projectIds: await this.projectIdsOf(tx.manager, batchId),
      recordedAt: clock.now().toISOString(),
    });
  }

  private async insertParcel(manager: EntityManager, batchId: string, input: ParcelInputDto): Promise<string> {
    if (!(await manager.existsBy(Project, { id: input.projectId }))) throw landProblems.projectNotFound(input.projectId);
    const id = randomUUID();
    await manager.insert(BatchParcel, {
      id,
      batchId,
      projectId: input.projectId,
      parcelCode: input.parcelCode,
      areaMu: input.areaMu,
      description: input.description ?? null,
      createdAt: clock.now(),
    });
    return id;
  }

  private newBatch(fields: Pick<Batch, 'name' | 'origin' | 'status' | 'openedOn' | 'targetDate' | 'legalDueOn'> & Partial<Batch>): Batch {
    const now = clock.now();
    return {
      id: randomUUID(),
      approvingAuthority: null,
      documentNumber: null,
      decidedOn: null,
      decisionNote: null,
      createdAt: now,
      createdBy: actorId(),
      updatedAt: now,
      ...fields,
    };
  }

  private async uniqueName<T>(name: string, create: () => Promise<T>): Promise<T> {
    try {
      return await create();
    } catch (error) {
      if (isUniqueViolation(error, 'batches_name_key')) throw batchProblems.batchNameTaken(name);
      if (isUniqueViolation(error, 'batch_parcels_code_key')) throw batchProblems.parcelCodeTaken();
      if (isUniqueViolation(error, 'batches_document_number_key')) throw batchProblems.documentNumberTaken();
      throw error;
    }
  }

  private async recordTransition(manager: EntityManager, batchId: string, status: BatchStatus, on: string, note: string | null): Promise<void> {
    await manager.insert(BatchTransition, { batchId, status, onDate: on, note, recordedAt: clock.now(), recordedBy: actorId() });
  }

  private async lock(manager: EntityManager, batchId: string): Promise<Batch> {
    const batch = await manager.findOne(Batch, { where: { id: batchId }, lock: { mode: 'pessimistic_write' } });
    if (batch === null) throw landProblems.batchNotFound(batchId);
    return batch;
  }

  private async projectIdsOf(manager: EntityManager, batchId: string): Promise<string[]> {
    const rows: { project_id: string }[] = await manager.query(`SELECT DISTINCT project_id FROM batch_parcels WHERE batch_id = $1 ORDER BY project_id`, [
      batchId,
    ]);
    return rows.map((row) => row.project_id);
  }

  /** The batch's area as PostgreSQL sums it: exact numeric, rendered with 4 places. */
  private async totalOf(manager: EntityManager, batchId: string): Promise<string> {
    return (await this.totalsOf(manager, [batchId])).get(batchId)!;
  }

  private async totalsOf(manager: EntityManager, batchIds: string[]): Promise<Map<string, string>> {
    const rows: { id: string; total: string }[] = await manager.query(
      `SELECT b.id, COALESCE(SUM(p.area_mu), 0)::numeric(16, 4)::text AS total FROM batches b LEFT JOIN batch_parcels p ON p.batch_id = b.id WHERE b.id = ANY($1::uuid[]) GROUP BY b.id`,
      [batchIds],
    );
    return new Map(rows.map((row) => [row.id, row.total]));
  }

  private async parcelsOf(manager: EntityManager, batchIds: string[]): Promise<Map<string, ParcelDto[]>> {
    const byBatch = new Map<string, ParcelDto[]>();
    if (batchIds.length === 0) return byBatch;
    const rows: ParcelRow[] = await manager.query(
      `SELECT bp.id, bp.batch_id, bp.project_id, p.name AS project_name, bp.parcel_code, bp.area_mu::text AS area_mu, bp.description
         FROM batch_parcels bp JOIN projects p ON p.id = bp.project_id WHERE bp.batch_id = ANY($1::uuid[]) ORDER BY bp.parcel_code, bp.id`,
      [batchIds],
    );
    for (const row of rows) {
      const parcel: ParcelDto = {
        id: row.id,
        projectId: row.project_id,
        projectName: row.project_name,
        parcelCode: row.parcel_code,
        areaMu: row.area_mu,
        description: row.description,
      };
      byBatch.set(row.batch_id, [...(byBatch.get(row.batch_id) ?? []), parcel]);
    }
    return byBatch;
  }

  private async view(manager: EntityManager, batchId: string): Promise<BatchDto> {
    return (await this.views(manager, [await manager.findOneByOrFail(Batch, { id: batchId })]))[0]!;
  }

  /** Views of batches: their histories, totals and parcels read in one query each. */
  private async views(manager: EntityManager, batches: Batch[]): Promise<BatchDto[]> {
    if (batches.length === 0) return [];
    const ids = batches.map((batch) => batch.id);
    const histories = groupRows(await manager.find(BatchTransition, { where: { batchId: In(ids) }, order: { id: 'ASC' } }), (entry) => entry.batchId);
    const totals = await this.totalsOf(manager, ids);
    const parcels = await this.parcelsOf(manager, ids);
    const calendar = this.calendars.calendar();
    const now = clock.today();
    return batches.map((batch) => this.viewWith(batch, histories.get(batch.id) ?? [], totals.get(batch.id)!, parcels.get(batch.id) ?? [], calendar, now));
  }

  private viewWith(batch: Batch, history: BatchTransition[], totalAreaMu: string, parcels: ParcelDto[], calendar: WorkingCalendar, now: string): BatchDto {
    const spans = stageSpans(history.map((entry) => ({ status: entry.status, on: entry.onDate })));
    const stages = spans
      .map((span, index) => ({ span, note: history[index]!.note }))
      .filter(({ span }) => !isClosed(span.status))
      .map(({ span, note }) => ({ ...span, note, workingDays: orNull(() => workingDaysIn(calendar, span.enteredOn, span.leftOn, now)) }));
    const schedule =
      batch.targetDate === null
        ? null
        : orNull(() => {
            // A decided batch's clock stopped at its decision, approved or rejected.
            const assessed = assessSchedule(calendar, {
              today: isClosed(batch.status) && batch.decidedOn !== null ? batch.decidedOn : now,
              startedOn: batch.openedOn,
              targetDate: batch.targetDate!,
              milestones: [],
              completedOn: batch.status === 'approved' ? batch.decidedOn : null,
            });
            return {
              targetDate: batch.targetDate!,
              legalDueOn: batch.legalDueOn,
              status: assessed.status,
              workingDaysElapsed: assessed.workingDaysElapsed,
              workingDaysLeft: assessed.workingDaysLeft,
            };
          });
    return {
      id: batch.id,
      name: batch.name,
      origin: batch.origin,
      status: batch.status,
      openedOn: batch.openedOn,
      totalAreaMu,
      parcels,
      approvingAuthority: batch.approvingAuthority,
      documentNumber: batch.documentNumber,
      decidedOn: batch.decidedOn,
      decisionNote: batch.decisionNote,
      stages,
      schedule,
      createdAt: batch.createdAt.toISOString(),
    };
  }
}

function publicView(batch: Batch, parcels: ParcelDto[], total: string): ApprovedBatchDto {
  return {
    id: batch.id,
    name: batch.name,
    approvingAuthority: batch.approvingAuthority!,
    documentNumber: batch.documentNumber!,
    approvedOn: batch.decidedOn!,
    totalAreaMu: total,
    parcels: parcels.map((parcel) => ({ projectName: parcel.projectName, areaMu: parcel.areaMu })),
  };
}

/** Read views degrade instead of failing when the calendar lacks a year: the rest of the batch is still worth showing. */
function orNull<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return null;
    throw error;
  }
}
