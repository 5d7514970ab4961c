import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { MalformedEnvelopeError, parseEnvelope, type EventDefinition } from '#contracts';
import { endSpan, runWithRequestContext, SpanKind, startChildSpan, traceparentOf } from '#platform';
import type { DeliveryControl, EventTransport, InboundRecord, Subscription } from '../transport/event-transport.js';
import { PermanentEventError, type EventHandler } from './event-handler.js';

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 10_000 };

/** Exponential back-off for the attempt that just failed (1-based). */
export function retryDelay(policy: RetryPolicy, failedAttempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempt - 1));
}

const HEARTBEAT_SLICE_MS = 1_000;

/** Builds the transport subscription for one handler: parse, validate, apply once, retry, dead-letter. */
export function subscriptionFor(service: string, handler: EventHandler, dataSource: DataSource, transport: EventTransport, policy: RetryPolicy): Subscription {
  const group = `${service}.${handler.name}`;
  const logger = new Logger(`consumer ${group}`);
  const definitions = new Map<string, EventDefinition>(handler.events.map((definition) => [definition.type, definition]));

  async function applyOnce(record: InboundRecord): Promise<'applied' | 'duplicate' | 'ignored'> {
    const envelope = parseEnvelope(record.value);
    const definition = definitions.get(envelope.type);
    if (definition === undefined) return 'ignored';
    const problems = definition.validate(envelope.data);
    if (problems.length > 0) throw new PermanentEventError(`${envelope.type} ${envelope.id} breaks its schema: ${problems.join('; ')}`);
    // A consumer span in the producer's trace; events the handler publishes continue it.
    const span = startChildSpan(service, `process ${envelope.type}`, SpanKind.CONSUMER, envelope as unknown as Record<string, unknown>, {
      'messaging.system': 'kafka',
      'messaging.operation.type': 'process',
      'messaging.destination.name': record.topic,
      'messaging.consumer.group.name': group,
      'messaging.message.id': envelope.id,
    });
    try {
      const outcome = await runWithRequestContext({ requestId: envelope.id, correlationId: envelope.correlationid, traceparent: traceparentOf(span) }, () =>
        dataSource.transaction(async (manager) => {
          const inserted: unknown[] = await manager.query(
            `INSERT INTO inbox (consumer, event_id, type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id`,
            [group, envelope.id, envelope.type],
          );
          if (inserted.length === 0) return 'duplicate' as const;
          await handler.handle(envelope as never, manager);
          return 'applied' as const;
        }),
      );
      span.setAttribute('zone.delivery.outcome', outcome);
      endSpan(span);
      return outcome;
    } catch (error) {
      endSpan(span, error);
      throw error;
    }
  }

  async function wait(ms: number, control: DeliveryControl): Promise<void> {
    for (let left = ms; left > 0; left -= HEARTBEAT_SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(left, HEARTBEAT_SLICE_MS)));
      await control.heartbeat();
    }
  }

  return {
    group,
    topics: [...new Set(handler.events.map((definition) => definition.topic))],
    async deliver(record, control) {
      for (let attempt = 1; ; attempt++) {
        try {
          const outcome = await applyOnce(record);
          if (outcome === 'duplicate') logger.log(`skipped duplicate at ${record.topic} ${record.position}`);
          return;
        } catch (caught) {
          const error = caught instanceof Error ? caught : new Error(String(caught));
          const permanent = error instanceof PermanentEventError || error instanceof MalformedEnvelopeError;
          if (permanent || attempt >= policy.maxAttempts) {
            // If dead-lettering itself fails this rejects, and the transport redelivers rather than skip.
            await transport.deadLetter({ record, group, error, attempts: attempt });
            logger.error(`dead-lettered ${record.topic} ${record.position} after ${attempt} attempt(s): ${error.message}`);
            return;
          }
          logger.warn(`attempt ${attempt} at ${record.topic} ${record.position} failed: ${error.message}`);
          await wait(retryDelay(policy, attempt), control);
        }
      }
    },
  };
}
