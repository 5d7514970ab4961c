import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { UnitOfWork } from '#messaging';
import { clock, decodeCursor, toPage, type Page } from '#platform';
import { RedStation } from '../red-stations/red-station.entity.js';
import { actorId } from '../surveyed-entities/surveyed-entities.service.js';
import { demandTransition, type DemandAction } from './demand-rules.js';
import type { CreateDemandDto, DemandDto, DemandQueryDto } from './dto/demand.dto.js';
import { workerDemandProblems } from './worker-demand-problems.js';
import { WorkerDemandStep } from './worker-demand-step.entity.js';
import { WorkerDemand } from './worker-demand.entity.js';

/** Demands of couriers, riders and drivers, from collection through a plan to closure, with every step kept. */
@Injectable()
export class WorkerDemandsService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async collect(input: CreateDemandDto): Promise<DemandDto> {
    if (input.collectedOn > clock.today()) throw workerDemandProblems.collectedInFuture(input.collectedOn);
    const id = randomUUID();
    return this.work.run(async (tx) => {
      if (input.redStationId !== undefined && !(await tx.manager.existsBy(RedStation, { id: input.redStationId })))
        throw workerDemandProblems.redStationNotFound(input.redStationId);
      const now = clock.now();
      await tx.manager.insert(WorkerDemand, {
        id,
        workerGroup: input.workerGroup,
        title: input.title,
        details: input.details,
        status: 'collected',
        redStationId: input.redStationId ?? null,
        collectedOn: input.collectedOn,
        createdAt: now,
        updatedAt: now,
      });
      await this.step(tx.manager, id, 'collect', input.details);
      await tx.audit('worker-demand.collect', { type: 'worker-demand', id }, { workerGroup: input.workerGroup, title: input.title });
      return this.get(id, tx.manager);
    });
  }

  async act(id: string, action: DemandAction, note: string): Promise<DemandDto> {
    return this.work.run(async (tx) => {
      const demand = await tx.manager.findOne(WorkerDemand, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (demand === null) throw workerDemandProblems.notFound(id);
      const transition = demandTransition(demand.status, action);
      if (!transition.ok) throw workerDemandProblems.stateConflict(transition.problem);
      await tx.manager.update(WorkerDemand, id, {
        status: transition.status,
        ...(action === 'plan' ? { plan: note } : {}),
        ...(action === 'close' ? { outcome: note } : {}),
        updatedAt: clock.now(),
      });
      await this.step(tx.manager, id, action, note);
      await tx.audit(`worker-demand.${action}`, { type: 'worker-demand', id }, { status: transition.status });
      return this.get(id, tx.manager);
    });
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async get(id: string, db: EntityManager = this.dataSource.manager): Promise<DemandDto> {
    const demand = await db.findOneBy(WorkerDemand, { id });
    if (demand === null) throw workerDemandProblems.notFound(id);
    return (await this.toDtos([demand], db))[0]!;
  }

  async list(query: DemandQueryDto): Promise<Page<DemandDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(WorkerDemand, 'demand')
      .orderBy('demand.createdAt', 'DESC')
      .addOrderBy('demand.id', 'DESC')
      .limit(query.limit + 1);
    if (query.status !== undefined) builder.andWhere('demand.status = :status', { status: query.status });
    if (query.cursor !== undefined) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(demand.createdAt, demand.id) < (:createdAt, :id)', { createdAt, id });
    }
    const page = toPage(
      await builder.getMany(),
      query.limit,
      (demand) => [demand.createdAt.toISOString(), demand.id],
      (demand) => demand,
    );
    return { ...page, items: await this.toDtos(page.items) };
  }

  /** Steps are stamped with the statement's clock, not the transaction's, so two in one transaction keep their order. */
  private async step(manager: EntityManager, demandId: string, action: string, note: string): Promise<void> {
    await manager.insert(WorkerDemandStep, { id: randomUUID(), demandId, action, note, actor: actorId(), recordedAt: () => 'clock_timestamp()' });
  }

  private async toDtos(demands: WorkerDemand[], db: EntityManager = this.dataSource.manager): Promise<DemandDto[]> {
    if (demands.length === 0) return [];
    const steps = await db.find(WorkerDemandStep, {
      where: { demandId: In(demands.map((demand) => demand.id)) },
      order: { recordedAt: 'ASC', id: 'ASC' },
    });
    return demands.map((demand) => ({
      id: demand.id,
      workerGroup: demand.workerGroup,
      title: demand.title,
      details: demand.details,
      status: demand.status,
      plan: demand.plan,
      outcome: demand.outcome,
      redStationId: demand.redStationId,
      collectedOn: demand.collectedOn,
      history: steps
        .filter((step) => step.demandId === demand.id)
        .map((step) => ({ action: step.action, note: step.note, actor: step.actor, recordedAt: step.recordedAt.toISOString() })),
    }));
  }
}
