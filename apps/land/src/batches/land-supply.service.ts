import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { UnitOfWork } from '#messaging';
import { assertDateOrder, assertNotInFuture, changedFields } from '#platform';
import { batchProblems } from './batch-problems.js';
import type { CorrectLandSupplyDto } from './dto/batch-input.dto.js';
import type { LandSupplyDto } from './dto/batch.dto.js';

interface SupplyRow {
  project_id: string;
  batch_id: string;
  approved_on: string;
  started_on: string;
  recorded_at: Date;
}

/** The day land supply (供地) started per project: the approval date by default, corrected with a reason when it differs. */
@Injectable()
export class LandSupplyService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async get(projectId: string, db: EntityManager = this.dataSource.manager): Promise<LandSupplyDto> {
    const [row]: SupplyRow[] = await db.query(
      `SELECT s.project_id, s.batch_id, to_char(b.decided_on, 'YYYY-MM-DD') AS approved_on, to_char(s.started_on, 'YYYY-MM-DD') AS started_on, s.recorded_at
         FROM land_supply_starts s JOIN batches b ON b.id = s.batch_id WHERE s.project_id = $1`,
      [projectId],
    );
    if (row === undefined) throw batchProblems.landSupplyNotStarted(projectId);
    return {
      projectId: row.project_id,
      batchId: row.batch_id,
      approvedOn: row.approved_on,
      supplyStartedOn: row.started_on,
      recordedAt: row.recorded_at.toISOString(),
    };
  }

  /** Sets the actual start day: on or after the approval (422 `date-order`), not after today (422 `date-in-future`); audited with the reason. */
  async correct(projectId: string, input: CorrectLandSupplyDto): Promise<LandSupplyDto> {
    return this.work.run(async (tx) => {
      const [locked]: { project_id: string }[] = await tx.manager.query(`SELECT project_id FROM land_supply_starts WHERE project_id = $1 FOR UPDATE`, [
        projectId,
      ]);
      if (locked === undefined) throw batchProblems.landSupplyNotStarted(projectId);
      const before = await this.get(projectId, tx.manager);
      assertDateOrder([
        { name: 'approvedOn', date: before.approvedOn, label: 'the approval of' },
        { name: 'supplyStartedOn', date: input.supplyStartedOn },
      ]);
      assertNotInFuture('supplyStartedOn', input.supplyStartedOn);
      await tx.manager.query(`UPDATE land_supply_starts SET started_on = $2 WHERE project_id = $1`, [projectId, input.supplyStartedOn]);
      await tx.audit(
        'land-supply.correct',
        { type: 'project', id: projectId },
        {
          batchId: before.batchId,
          reason: input.reason,
          changes: changedFields({ supplyStartedOn: before.supplyStartedOn }, { supplyStartedOn: input.supplyStartedOn }),
        },
      );
      return { ...before, supplyStartedOn: input.supplyStartedOn };
    });
  }
}
