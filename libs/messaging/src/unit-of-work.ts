import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { EventData, EventDefinition, EventEnvelope } from '#contracts';
import { CommitOutcomeUnknownError, recordAudit, transientFailureOf, type AuditTarget } from '#platform';
import { appendToOutbox } from './outbox/outbox.js';

/** One transaction's handle: the entity manager, plus the audit row and events that commit with it. */
export class Transaction {
  constructor(readonly manager: EntityManager) {}

  audit(action: string, target: AuditTarget, details?: Record<string, unknown>): Promise<void> {
    return recordAudit(this.manager, action, target, details);
  }

  publish<D extends EventDefinition>(definition: D, subject: string, data: EventData<D>): Promise<EventEnvelope<EventData<D>>> {
    return appendToOutbox(this.manager, definition, subject, data);
  }
}

/** Attempts of one unit of work when PostgreSQL rolls it back for reasons that pass (lost connection, serialization failure, deadlock). */
export const UNIT_OF_WORK_ATTEMPTS = 3;

/**
 * Runs a write so that the state change, its audit row and its events commit together or not at all.
 * A transaction that failed transiently before COMMIT was rolled back, so it runs again (the work must
 * touch nothing but the database, which is what a unit of work is for); a lost COMMIT is never repeated
 * and surfaces as CommitOutcomeUnknownError.
 */
@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.runOnce(work);
      } catch (error) {
        if (attempt >= UNIT_OF_WORK_ATTEMPTS || transientFailureOf(error) === undefined) throw error;
        // Jittered, so that colliding transactions do not collide again.
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 50));
      }
    }
  }

  private async runOnce<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      await runner.startTransaction();
      let result: T;
      try {
        result = await work(new Transaction(runner.manager));
      } catch (error) {
        await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      }
      try {
        await runner.commitTransaction();
      } catch (error) {
        // A serialization failure at COMMIT is a rollback; a lost connection leaves the outcome unknown.
        if (transientFailureOf(error) === 'connection') throw new CommitOutcomeUnknownError(error);
        throw error;
      }
      return result;
    } finally {
      await runner.release().catch(() => undefined);
    }
  }
}
