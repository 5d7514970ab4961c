import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { FindingRaised, RectificationOverdue } from '#contracts';
import { UnitOfWork } from '#messaging';
import { assertUnitAccess, clock, decodeCursor, groupRows, loadAuthorised, toPage, type AuthUser, type Page, type PageQueryDto } from '#platform';
import { shanghaiDateOf } from '#working-calendar/core';
import { WorkingCalendarService, type CalendarChange, type DeadlineReviser, type RevisedDeadline } from '#working-calendar';
import { Disclosure } from '../disclosures/disclosure.entity.js';
import type {
  DrawSpotCheckDto,
  ExtendRectificationDto,
  FindingDto,
  FindingQueryDto,
  OverdueFindingQueryDto,
  RaiseFindingDto,
  ReturnRectificationDto,
  SpotCheckDto,
  SpotCheckVerificationDto,
} from './dto/spot-check.dto.js';
import {
  drawSample,
  isRectificationOverdue,
  nextRectificationStatus,
  populationDigest,
  RectificationTransitionError,
  type RectificationAction,
} from './spot-check-rules.js';
import { spotCheckProblems } from './spot-check-problems.js';
import { Finding, RectificationStep, SpotCheck, SpotCheckSample } from './spot-check.entity.js';

const SWEEP_INTERVAL_MS = 60_000;

@Injectable()
export class SpotChecksService implements OnModuleInit, OnModuleDestroy, DeadlineReviser {
  private readonly logger = new Logger('RectificationOverdue');
  private timer?: NodeJS.Timeout;
  private sweeping = false;

  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendars: WorkingCalendarService,
  ) {}

  onModuleInit(): void {
    this.calendars.registerReviser(this);
    this.timer = setInterval(() => void this.sweepInBackground(), SWEEP_INTERVAL_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Draws a reproducible sample of the records published so far that match the filters. */
  draw(input: DrawSpotCheckDto, user: AuthUser): Promise<SpotCheckDto> {
    return this.work.run(async (tx) => {
      const drawnAt = clock.now();
      const population = await this.population(tx.manager, input.unitCode ?? null, input.itemCode ?? null, input.period ?? null, drawnAt);
      const chosen = drawSample(population, input.seed, input.sampleSize);
      const spotCheck = tx.manager.create(SpotCheck, {
        id: randomUUID(),
        seed: input.seed,
        unitCode: input.unitCode ?? null,
        itemCode: input.itemCode ?? null,
        period: input.period ?? null,
        requestedSize: input.sampleSize,
        populationSize: population.length,
        populationDigest: populationDigest(population.map((row) => row.id)),
        drawnAt,
        drawnBy: user.id,
      });
      await tx.manager.insert(SpotCheck, spotCheck);
      if (chosen.length > 0) {
        await tx.manager.insert(
          SpotCheckSample,
          chosen.map((row, index) => ({ spotCheckId: spotCheck.id, position: index + 1, disclosureId: row.id, disclosureVersion: row.version })),
        );
      }
      await tx.audit(
        'spot-check.draw',
        { type: 'spot-check', id: spotCheck.id },
        { seed: input.seed, populationSize: population.length, sampled: chosen.length },
      );
      return this.spotCheckDto(spotCheck, tx.manager);
    });
  }

  async get(id: string): Promise<SpotCheckDto> {
    const spotCheck = await this.dataSource.manager.findOneBy(SpotCheck, { id });
    if (spotCheck === null) throw spotCheckProblems.spotCheckNotFound(id);
    return this.spotCheckDto(spotCheck);
  }

  async list(query: PageQueryDto): Promise<Page<SpotCheckDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(SpotCheck, 'check')
      .orderBy('check.drawnAt', 'DESC')
      .addOrderBy('check.id', 'DESC')
      .limit(query.limit + 1);
    if (query.cursor !== undefined) {
      const [drawnAt, id] = decodeCursor(query.cursor, 2);
      builder.where('(check.drawnAt, check.id) < (:drawnAt, :id)', { drawnAt, id });
    }
    const rows = await builder.getMany();
    const page = toPage(
      rows,
      query.limit,
      (row) => [row.drawnAt.toISOString(), row.id],
      (row) => row,
    );
    return { ...page, items: await this.spotCheckDtos(page.items) };
  }

  /** Redraws from the stored seed over the records that were published when the check was drawn. */
  async verify(id: string): Promise<SpotCheckVerificationDto> {
    const spotCheck = await this.dataSource.manager.findOneBy(SpotCheck, { id });
    if (spotCheck === null) throw spotCheckProblems.spotCheckNotFound(id);
    const population = await this.population(this.dataSource.manager, spotCheck.unitCode, spotCheck.itemCode, spotCheck.period, spotCheck.drawnAt);
    const redrawn = drawSample(population, spotCheck.seed, spotCheck.requestedSize).map((row) => row.id);
    const stored = (await this.samples(spotCheck.id)).map((sample) => sample.disclosureId);
    return {
      reproducible: redrawn.length === stored.length && redrawn.every((value, index) => value === stored[index]),
      populationMatches: populationDigest(population.map((row) => row.id)) === spotCheck.populationDigest,
      redrawn,
    };
  }

  raise(spotCheckId: string, input: RaiseFindingDto, user: AuthUser): Promise<FindingDto> {
    return this.work.run(async (tx) => {
      const sample = await tx.manager.findOneBy(SpotCheckSample, { spotCheckId, disclosureId: input.disclosureId });
      if (sample === null) {
        if ((await tx.manager.findOneBy(SpotCheck, { id: spotCheckId })) === null) throw spotCheckProblems.spotCheckNotFound(spotCheckId);
        throw spotCheckProblems.disclosureNotSampled(input.disclosureId, spotCheckId);
      }
      const disclosure = await tx.manager.findOneByOrFail(Disclosure, { id: input.disclosureId });
      const now = clock.now();
      const raisedOn = shanghaiDateOf(now);
      const { dueOn, basis: dueBasis } = this.calendars.calendar().deadline(raisedOn, input.rectificationWorkingDays ?? 5);
      const finding = tx.manager.create(Finding, {
        id: randomUUID(),
        spotCheckId,
        disclosureId: disclosure.id,
        unitCode: disclosure.unitCode,
        kind: input.kind,
        description: input.description,
        status: 'ordered',
        dueOn,
        dueBasis,
        dueCountedFrom: raisedOn,
        overdueNotifiedFor: null,
        raisedAt: now,
        raisedBy: user.id,
        updatedAt: now,
      });
      await tx.manager.insert(Finding, finding);
      await this.step(tx.manager, finding, input.description, user.id);
      await tx.audit('finding.raise', { type: 'finding', id: finding.id }, { disclosureId: disclosure.id, kind: input.kind, dueOn });
      await tx.publish(FindingRaised, finding.id, {
        findingId: finding.id,
        spotCheckId,
        disclosureId: disclosure.id,
        unitCode: disclosure.unitCode,
        kind: input.kind,
        rectificationDueOn: dueOn,
        rectificationDueBasis: dueBasis,
        raisedAt: now.toISOString(),
      });
      return this.findingDto(finding, undefined, tx.manager);
    });
  }

  async listFindings(query: FindingQueryDto, user: AuthUser): Promise<Page<FindingDto>> {
    if (!user.roles.includes('discipline-supervisor')) {
      if (query.unitCode === undefined) throw spotCheckProblems.findingsUnitRequired();
      assertUnitAccess(user, query.unitCode);
    }
    const builder = this.dataSource.manager
      .createQueryBuilder(Finding, 'finding')
      .orderBy('finding.raisedAt', 'DESC')
      .addOrderBy('finding.id', 'DESC')
      .limit(query.limit + 1);
    if (query.unitCode !== undefined) builder.andWhere('finding.unitCode = :unitCode', { unitCode: query.unitCode });
    if (query.status !== undefined) builder.andWhere('finding.status = :status', { status: query.status });
    if (query.cursor !== undefined) {
      const [raisedAt, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(finding.raisedAt, finding.id) < (:raisedAt, :id)', { raisedAt, id });
    }
    const rows = await builder.getMany();
    const page = toPage(
      rows,
      query.limit,
      (row) => [row.raisedAt.toISOString(), row.id],
      (row) => row,
    );
    return { ...page, items: await this.findingDtos(page.items) };
  }

  async getFinding(id: string, user: AuthUser): Promise<FindingDto> {
    const finding = await this.dataSource.manager.findOneBy(Finding, { id });
    if (finding === null) throw spotCheckProblems.findingNotFound(id);
    if (!user.roles.includes('discipline-supervisor')) assertUnitAccess(user, finding.unitCode);
    return this.findingDto(finding);
  }

  /** Rectifications the units still owe past their deadline, most overdue first. */
  async overdue(query: OverdueFindingQueryDto): Promise<Page<FindingDto>> {
    const asOf = query.asOf ?? clock.today();
    const builder = this.dataSource.manager
      .createQueryBuilder(Finding, 'finding')
      .where(`finding.status IN ('ordered', 'returned')`)
      .andWhere('finding.dueOn < :asOf', { asOf })
      .orderBy('finding.dueOn', 'ASC')
      .addOrderBy('finding.id', 'ASC')
      .limit(query.limit + 1);
    if (query.cursor !== undefined) {
      const [dueOn, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(finding.dueOn, finding.id) > (:dueOn, :id)', { dueOn, id });
    }
    const rows = await builder.getMany();
    const page = toPage(
      rows,
      query.limit,
      (row) => [row.dueOn, row.id],
      (row) => row,
    );
    return { ...page, items: await this.findingDtos(page.items, asOf) };
  }

  /** More time for the unit, recorded with its reason; a new deadline can be announced overdue again. */
  async extend(id: string, input: ExtendRectificationDto, user: AuthUser): Promise<FindingDto> {
    return this.work.run(async (tx) => {
      const current = await tx.manager.findOne(Finding, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (current === null) throw spotCheckProblems.findingNotFound(id);
      if (current.status !== 'ordered' && current.status !== 'returned') {
        throw spotCheckProblems.rectificationNotOpen(current.status);
      }
      const calendar = this.calendars.calendar();
      const extendedTo = calendar.addWorkingDays(current.dueOn, input.workingDays);
      current.dueBasis = calendar.basisBetween(current.dueCountedFrom ?? current.dueOn, extendedTo);
      current.dueOn = extendedTo;
      current.updatedAt = clock.now();
      await tx.manager.save(Finding, current);
      await this.step(tx.manager, current, input.reason, user.id, 'extension');
      await tx.audit('finding.extend', { type: 'finding', id }, { workingDays: input.workingDays, reason: input.reason, dueOn: current.dueOn });
      return this.findingDto(current, undefined, tx.manager);
    });
  }

  submit(id: string, note: string, user: AuthUser) {
    return this.transition(id, 'submit', note, user);
  }

  accept(id: string, note: string, user: AuthUser) {
    return this.transition(id, 'accept', note, user);
  }

  returnForRework(id: string, input: ReturnRectificationDto, user: AuthUser) {
    return this.transition(id, 'return', input.note, user, input.workingDays ?? 3);
  }

  /**
   * Publishes one RectificationOverdue per missed deadline. The conditional UPDATE claims each finding, so
   * replicas sweeping at the same time never announce the same deadline twice.
   */
  async sweepOverdue(today: string = clock.today()): Promise<number> {
    return this.work.run(async (tx) => {
      const claimed: { id: string; disclosure_id: string; unit_code: string; kind: Finding['kind']; due_on: string; due_basis: Finding['dueBasis'] }[] = (
        await tx.manager.query(
          `UPDATE findings SET overdue_notified_for = due_on
            WHERE status IN ('ordered', 'returned') AND due_on < $1::date AND overdue_notified_for IS DISTINCT FROM due_on
            RETURNING id, disclosure_id, unit_code, kind, due_on::text AS due_on, due_basis`,
          [today],
        )
      )[0];
      // One audit INSERT and one outbox INSERT for every finding claimed, whatever their number.
      await tx.auditAll(
        'finding.overdue',
        claimed.map((row) => ({ target: { type: 'finding', id: row.id }, details: { dueOn: row.due_on, detectedOn: today } })),
      );
      await tx.publishAll(
        RectificationOverdue,
        claimed.map((row) => ({
          subject: row.id,
          data: {
            findingId: row.id,
            disclosureId: row.disclosure_id,
            unitCode: row.unit_code,
            kind: row.kind,
            dueOn: row.due_on,
            dueBasis: row.due_basis,
            detectedOn: today,
          },
        })),
      );
      return claimed.length;
    });
  }

  private async sweepInBackground(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      await this.sweepOverdue();
    } catch (error) {
      this.logger.warn(`overdue sweep failed: ${(error as Error).message}`);
    } finally {
      this.sweeping = false;
    }
  }

  private async transition(id: string, action: RectificationAction, note: string, user: AuthUser, newWorkingDays?: number): Promise<FindingDto> {
    return this.work.run(async (tx) => {
      // The responsible unit rectifies, the supervisor decides; either way before the state is looked at.
      const current = await loadAuthorised(
        () => tx.manager.findOne(Finding, { where: { id }, lock: { mode: 'pessimistic_write' } }),
        () => spotCheckProblems.findingNotFound(id),
        (finding) => (action === 'submit' ? assertUnitAccess(user, finding.unitCode) : undefined),
      );
      try {
        current.status = nextRectificationStatus(current.status, action);
      } catch (error) {
        if (error instanceof RectificationTransitionError) {
          throw spotCheckProblems.rectificationInvalidTransition(error);
        }
        throw error;
      }
      current.updatedAt = clock.now();
      if (newWorkingDays !== undefined) {
        const reopenedOn = shanghaiDateOf(current.updatedAt);
        const { dueOn, basis } = this.calendars.calendar().deadline(reopenedOn, newWorkingDays);
        Object.assign(current, { dueOn, dueBasis: basis, dueCountedFrom: reopenedOn });
      }
      await tx.manager.save(Finding, current);
      await this.step(tx.manager, current, note, user.id);
      await tx.audit(`finding.${action}`, { type: 'finding', id }, { status: current.status, dueOn: current.dueOn });
      return this.findingDto(current, undefined, tx.manager);
    });
  }

  private async population(manager: EntityManager, unitCode: string | null, itemCode: string | null, period: string | null, asOf: Date) {
    const rows: { id: string; version: number }[] = await manager.query(
      `SELECT disclosure.id, coalesce(
                (SELECT max(version.version) FROM disclosure_versions version
                  WHERE version.disclosure_id = disclosure.id AND version.published_at <= $4), 1) AS version
         FROM disclosures disclosure JOIN supervision_items item ON item.id = disclosure.item_id
        WHERE disclosure.first_published_at <= $4
          AND ($1::text IS NULL OR disclosure.unit_code = $1)
          AND ($2::text IS NULL OR item.code = $2)
          AND ($3::text IS NULL OR disclosure.period = $3)
        ORDER BY disclosure.id`,
      [unitCode, itemCode, period, asOf],
    );
    return rows;
  }

  private samples(spotCheckId: string, db: EntityManager = this.dataSource.manager) {
    return db.find(SpotCheckSample, { where: { spotCheckId }, order: { position: 'ASC' } });
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  private async spotCheckDto(spotCheck: SpotCheck, db: EntityManager = this.dataSource.manager): Promise<SpotCheckDto> {
    return (await this.spotCheckDtos([spotCheck], db))[0]!;
  }

  /** Views of spot checks, their samples read in one query. */
  private async spotCheckDtos(spotChecks: SpotCheck[], db: EntityManager = this.dataSource.manager): Promise<SpotCheckDto[]> {
    if (spotChecks.length === 0) return [];
    const samples = groupRows(
      await db.find(SpotCheckSample, {
        where: { spotCheckId: In(spotChecks.map((spotCheck) => spotCheck.id)) },
        order: { spotCheckId: 'ASC', position: 'ASC' },
      }),
      (sample) => sample.spotCheckId,
    );
    return spotChecks.map((spotCheck) => ({
      id: spotCheck.id,
      seed: spotCheck.seed,
      unitCode: spotCheck.unitCode,
      itemCode: spotCheck.itemCode,
      period: spotCheck.period,
      requestedSize: spotCheck.requestedSize,
      populationSize: spotCheck.populationSize,
      populationDigest: spotCheck.populationDigest,
      drawnAt: spotCheck.drawnAt.toISOString(),
      sample: (samples.get(spotCheck.id) ?? []).map((sample) => ({
        position: sample.position,
        disclosureId: sample.disclosureId,
        disclosureVersion: sample.disclosureVersion,
      })),
    }));
  }

  private async findingDto(finding: Finding, asOf: string = clock.today(), db: EntityManager = this.dataSource.manager): Promise<FindingDto> {
    return (await this.findingDtos([finding], asOf, db))[0]!;
  }

  /** Views of findings, their rectification steps read in one query. */
  private async findingDtos(findings: Finding[], asOf: string = clock.today(), db: EntityManager = this.dataSource.manager): Promise<FindingDto[]> {
    if (findings.length === 0) return [];
    const steps = groupRows(
      await db.find(RectificationStep, { where: { findingId: In(findings.map((finding) => finding.id)) }, order: { findingId: 'ASC', seq: 'ASC' } }),
      (step) => step.findingId,
    );
    return findings.map((finding) => ({
      id: finding.id,
      spotCheckId: finding.spotCheckId,
      disclosureId: finding.disclosureId,
      unitCode: finding.unitCode,
      kind: finding.kind,
      description: finding.description,
      status: finding.status,
      dueOn: finding.dueOn,
      dueBasis: finding.dueBasis,
      overdue: isRectificationOverdue(finding.status, finding.dueOn, asOf),
      raisedAt: finding.raisedAt.toISOString(),
      steps: (steps.get(finding.id) ?? []).map((step) => ({
        kind: step.kind,
        status: step.status,
        note: step.note,
        at: step.at.toISOString(),
        dueOn: step.dueOn,
      })),
    }));
  }

  /** Recounts open rectification deadlines that reach the year just set (see DeadlineReviser); each move is a step in the finding's history. */
  async revise(manager: EntityManager, change: CalendarChange): Promise<RevisedDeadline[]> {
    const open = await manager
      .createQueryBuilder(Finding, 'finding')
      .setLock('pessimistic_write')
      .where(`finding.status IN ('ordered', 'returned')`)
      .andWhere('finding.dueOn >= :firstDay AND finding.dueCountedFrom <= :lastDay', { firstDay: change.firstDay, lastDay: change.lastDay })
      .getMany();
    return change.reviseEach(
      open,
      (finding) => ({
        resourceType: 'finding',
        resourceId: finding.id,
        field: 'dueOn',
        countedFrom: finding.dueCountedFrom!,
        dueOn: finding.dueOn,
        basis: finding.dueBasis,
      }),
      async (finding, revised, moved) => {
        const old = finding.dueOn;
        Object.assign(finding, { dueOn: revised.dueOn, dueBasis: revised.basis }, moved ? { updatedAt: clock.now() } : {});
        await manager.save(Finding, finding);
        if (moved) await this.step(manager, finding, `${old} → ${revised.dueOn}: ${change.reason}`, 'working-calendar', 'deadline-revised');
      },
    );
  }

  private async step(
    manager: EntityManager,
    finding: Finding,
    note: string | null,
    actorId: string,
    kind: RectificationStep['kind'] = 'status',
  ): Promise<void> {
    const [{ next }] = (await manager.query(`SELECT coalesce(max(seq), 0) + 1 AS next FROM rectification_steps WHERE finding_id = $1`, [finding.id])) as [
      { next: number },
    ];
    await manager.insert(RectificationStep, {
      findingId: finding.id,
      seq: next,
      kind,
      status: finding.status,
      note,
      actorId,
      at: finding.updatedAt,
      dueOn: finding.dueOn,
    });
  }
}
