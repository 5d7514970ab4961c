import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { EventData, EventDefinition, EventEnvelope } from '#contracts';
import { recordAudit, type AuditTarget } from '#platform';
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

/** Runs a write so that the state change, its audit row and its events commit together or not at all. */
@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(new Transaction(manager)));
  }
}
