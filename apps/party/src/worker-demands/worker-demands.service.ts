import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { UnitOfWork } from '#messaging';
import { clock, decodeCursor, ProblemException, toPage, type Page } from '#platform';
import { actorId } from '../surveyed-entities/surveyed-entities.service.js';
import { demandTransition, type DemandAction, type DemandStatus } from './demand-rules.js';
import type { CreateDemandDto, DemandDto, DemandQueryDto } from './dto/demand.dto.js';

interface DemandRow {
  id: string;
  worker_group: string;
  title: string;
  details: string;
  status: DemandStatus;
  plan: string | null;
  outcome: string | null;
  red_station_id: string | null;
  collected_on: string;
  created_at: Date;
}

const DEMAND_SELECT = `SELECT id, worker_group, title, details, status, plan, outcome, red_station_id, to_char(collected_on, 'YYYY-MM-DD') AS collected_on, created_at FROM worker_demands`;

/** Demands of couriers, riders and drivers, from collection through a plan to closure, with every step kept. */
@Injectable()
export class WorkerDemandsService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async collect(input: CreateDemandDto): Promise<DemandDto> {
    if (input.collectedOn > clock.today())
      throw ProblemException.of(422, 'collected-in-future', 'Date in the future', `collectedOn ${input.collectedOn} has not happened yet.`);
    const id = randomUUID();
    return this.work.run(async (tx) => {
      if (input.redStationId !== undefined) {
        const [station] = await tx.manager.query(`SELECT 1 FROM red_stations WHERE id = $1`, [input.redStationId]);
        if (station === undefined)
          throw ProblemException.of(422, 'red-station-not-found', 'Red station not found', `No red station has id ${input.redStationId}.`);
      }
      await tx.manager.query(
        `INSERT INTO worker_demands (id, worker_group, title, details, status, red_station_id, collected_on, created_at, updated_at) VALUES ($1, $2, $3, $4, 'collected', $5, $6, now(), now())`,
        [id, input.workerGroup, input.title, input.details, input.redStationId ?? null, input.collectedOn],
      );
      await this.step(tx.manager, id, 'collect', input.details);
      await tx.audit('worker-demand.collect', { type: 'worker-demand', id }, { workerGroup: input.workerGroup, title: input.title });
      return this.get(id, tx.manager);
    });
  }

  async act(id: string, action: DemandAction, note: string): Promise<DemandDto> {
    return this.work.run(async (tx) => {
      const [row]: DemandRow[] = await tx.manager.query(`${DEMAND_SELECT} WHERE id = $1 FOR UPDATE`, [id]);
      if (row === undefined) throw demandNotFound(id);
      const transition = demandTransition(row.status, action);
      if (!transition.ok) throw ProblemException.of(409, 'demand-state-conflict', 'Not possible in this state', transition.problem);
      await tx.manager.query(
        `UPDATE worker_demands SET status = $2, plan = CASE WHEN $3 = 'plan' THEN $4 ELSE plan END, outcome = CASE WHEN $3 = 'close' THEN $4 ELSE outcome END, updated_at = now() WHERE id = $1`,
        [id, transition.status, action, note],
      );
      await this.step(tx.manager, id, action, note);
      await tx.audit(`worker-demand.${action}`, { type: 'worker-demand', id }, { status: transition.status });
      return this.get(id, tx.manager);
    });
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async get(id: string, db: EntityManager = this.dataSource.manager): Promise<DemandDto> {
    const [row]: DemandRow[] = await db.query(`${DEMAND_SELECT} WHERE id = $1`, [id]);
    if (row === undefined) throw demandNotFound(id);
    return (await this.toDtos([row], db))[0]!;
  }

  async list(query: DemandQueryDto): Promise<Page<DemandDto>> {
    const params: unknown[] = [query.limit + 1];
    const where: string[] = [];
    if (query.status !== undefined) {
      params.push(query.status);
      where.push(`status = $${params.length}`);
    }
    if (query.cursor !== undefined) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      params.push(createdAt, id);
      where.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const rows: DemandRow[] = await this.dataSource.query(
      `${DEMAND_SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT $1`,
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

  private async step(manager: EntityManager, demandId: string, action: string, note: string): Promise<void> {
    await manager.query(`INSERT INTO worker_demand_steps (id, demand_id, action, note, actor, recorded_at) VALUES ($1, $2, $3, $4, $5, clock_timestamp())`, [
      randomUUID(),
      demandId,
      action,
      note,
      actorId(),
    ]);
  }

  private async toDtos(rows: DemandRow[], db: EntityManager = this.dataSource.manager): Promise<DemandDto[]> {
    if (rows.length === 0) return [];
    const steps: { demand_id: string; action: string; note: string; actor: string; recorded_at: Date }[] = await db.query(
      `SELECT demand_id, action, note, actor, recorded_at FROM worker_demand_steps WHERE demand_id = ANY($1) ORDER BY recorded_at, id`,
      [rows.map((row) => row.id)],
    );
    return rows.map((row) => ({
      id: row.id,
      workerGroup: row.worker_group,
      title: row.title,
      details: row.details,
      status: row.status,
      plan: row.plan,
      outcome: row.outcome,
      redStationId: row.red_station_id,
      collectedOn: row.collected_on,
      history: steps
        .filter((step) => step.demand_id === row.id)
        .map((step) => ({ action: step.action, note: step.note, actor: step.actor, recordedAt: step.recorded_at.toISOString() })),
    }));
  }
}

function demandNotFound(id: string): ProblemException {
  return ProblemException.of(404, 'worker-demand-not-found', 'Demand not found', `No demand has id ${id}.`);
}
