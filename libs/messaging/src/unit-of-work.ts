import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { EventData, EventDefinition, EventEnvelope } from '#contracts';
import {
  CommitOutcomeUnknownError,
  currentRequestContext,
  platformProblems,
  recordAudit,
  recordAudits,
  transientFailureOf,
  type AuditEntryInput,
  type AuditTarget,
  type IdempotencyClaim,
} from '#platform';
import { appendAllToOutbox, appendToOutbox } from './outbox/outbox.js';

/** One transaction's handle: the entity manager, plus the audit row and events that commit with it. */
export class Transaction {
  constructor(readonly manager: EntityManager) {}

  audit(action: string, target: AuditTarget, details?: Record<string, unknown>): Promise<void> {
    return recordAudit(this.manager, action, target, details);
  }

  publish<D extends EventDefinition>(definition: D, subject: string, data: EventData<D>): Promise<EventEnvelope<EventData<D>>> {
    return appendToOutbox(this.manager, definition, subject, data);
  }

  /** Audit rows of one action for many targets (a sweep's), in one INSERT. */
  auditAll(action: string, entries: readonly AuditEntryInput[]): Promise<void> {
    return recordAudits(this.manager, action, entries);
  }

  /** Events of one type for many subjects (a sweep's), in one INSERT. */
  publishAll<D extends EventDefinition>(definition: D, events: readonly { subject: string; data: EventData<D> }[]): Promise<EventEnvelope<EventData<D>>[]> {
    return appendAllToOutbox(this.manager, definition, events);
  }
}

/** Attempts of one unit of work when PostgreSQL rolls it back for reasons that pass (lost connection, serialization failure, deadlock). */
export const UNIT_OF_WORK_ATTEMPTS = 3;

/**
 * Runs a write so that the state change, its audit row and its events commit together or not at all.
 * A transaction that failed transiently before COMMIT was rolled back, so it runs again (the work must
 * touch nothing but the database, which is what a unit of work is for); a lost COMMIT is never repeated
 * and surfaces as CommitOutcomeUnknownError. What the work returns is the request's answer: an
 * Idempotency-Key is answered with it in the same transaction, so build the response inside.
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
      const claim = currentRequestContext()?.idempotency;
      try {
        result = await work(new Transaction(runner.manager));
        if (claim !== undefined && !claim.answered) await this.answerIdempotencyKey(runner.manager, claim, result);
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
      if (claim !== undefined) claim.answered = true;
      return result;
    } finally {
      await runner.release().catch(() => undefined);
    }
  }

  /**
   * Answers the request's Idempotency-Key with the write itself (the interceptor then stores the exact
   * response body): after a crash the key is either answered (the write committed; a retry is answered
   * from it, not run again) or unanswered (nothing was written; a retry takes the claim over).
   */
  private async answerIdempotencyKey(manager: EntityManager, claim: IdempotencyClaim, result: unknown): Promise<void> {
    const [answered] = await manager.query<{ count: number }[]>(
      `WITH answered AS (
         UPDATE idempotency_keys SET status_code = $3, sealed_response = $4 WHERE actor_id = $1 AND key = $2 AND created_at = $5::timestamptz AND status_code IS NULL RETURNING key
       ) SELECT count(*)::int AS count FROM answered`,
      [claim.actorId, claim.key, claim.statusCode, claim.seal(result), claim.claimedAt],
    );
    // A retry took the claim over as abandoned: it does the work; this attempt must not.
    if (answered!.count === 0) throw platformProblems.idempotencyKeyInProgress('A request with this key is being handled elsewhere; retry shortly.');
  }
}
