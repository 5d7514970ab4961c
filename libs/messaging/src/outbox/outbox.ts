import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { EventData, EventDefinition, EventEnvelope } from '#contracts';
import { clock, currentRequestContext } from '#platform';
import { OutboxMessage } from './outbox-message.entity.js';

/** Channel the relay listens on; NOTIFY inside a transaction is delivered only when it commits. */
export const OUTBOX_CHANNEL = 'zone_outbox';

export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';
}

export function buildEnvelope<D extends EventDefinition>(definition: D, subject: string, data: EventData<D>): EventEnvelope<EventData<D>> {
  const problems = definition.validate(data);
  if (problems.length > 0) throw new InvalidEventError(`${definition.type} data is invalid: ${problems.join('; ')}`);
  const id = randomUUID();
  const context = currentRequestContext();
  return {
    specversion: '1.0',
    id,
    source: `/zone/${definition.producer}`,
    type: definition.type,
    // When the occurrence happened: business time, like the instants in the payload.
    time: clock.now().toISOString(),
    subject,
    datacontenttype: 'application/json',
    // The chain's first request: a request's own id, or the correlation id of the event being handled.
    correlationid: context?.correlationId ?? context?.requestId ?? id,
    ...(context?.traceparent === undefined ? {} : { traceparent: context.traceparent }),
    data,
  };
}

/**
 * Writes an event into the outbox with the caller's transaction manager, so that the event exists
 * if and only if the state change that caused it commits.
 */
export async function appendToOutbox<D extends EventDefinition>(
  manager: EntityManager,
  definition: D,
  subject: string,
  data: EventData<D>,
): Promise<EventEnvelope<EventData<D>>> {
  const [envelope] = await appendAllToOutbox(manager, definition, [{ subject, data }]);
  return envelope!;
}

const OUTBOX_INSERT_CHUNK = 1_000;

/** Writes events of one type into the outbox in as few INSERTs as fit, in the order given, with one notification for all. */
export async function appendAllToOutbox<D extends EventDefinition>(
  manager: EntityManager,
  definition: D,
  events: readonly { subject: string; data: EventData<D> }[],
): Promise<EventEnvelope<EventData<D>>[]> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error(`${definition.type} must be written inside a transaction`);
  }
  if (events.length === 0) return [];
  const envelopes = events.map(({ subject, data }) => buildEnvelope(definition, subject, data));
  const rows = envelopes.map((envelope) => ({ eventId: envelope.id, topic: definition.topic, recordKey: envelope.subject, type: definition.type, envelope }));
  // Five parameters a row: chunks stay far below PostgreSQL's 65,535 parameters per statement.
  for (let start = 0; start < rows.length; start += OUTBOX_INSERT_CHUNK) await manager.insert(OutboxMessage, rows.slice(start, start + OUTBOX_INSERT_CHUNK));
  await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
  return envelopes;
}
