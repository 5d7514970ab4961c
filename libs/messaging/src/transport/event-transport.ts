import type { EventEnvelope } from '#contracts';

export interface OutboundRecord {
  topic: string;
  /** Aggregate id: records with one key stay in order. */
  key: string;
  envelope: EventEnvelope;
}

export interface InboundRecord {
  topic: string;
  key: string | null;
  /** Raw value; parsing is the consumer's job so a malformed record can be dead-lettered, not crash the loop. */
  value: Buffer;
  headers: Record<string, string>;
  /** Transport position, e.g. `partition 2 offset 41`, for logs and dead-letter headers. */
  position: string;
}

export interface DeliveryControl {
  /** Keeps the consumer's group membership alive during slow work or retry back-off. */
  heartbeat(): Promise<void>;
}

export interface Subscription {
  /** Consumer group: `<service>.<handler>`. */
  group: string;
  topics: string[];
  /** Resolves once the record's effect is durable (or it was dead-lettered); rejecting means redeliver. */
  deliver(record: InboundRecord, control: DeliveryControl): Promise<void>;
}

export interface DeadLetter {
  record: InboundRecord;
  group: string;
  error: Error;
  attempts: number;
}

export interface TransportHealth {
  ready: boolean;
  detail: Record<string, unknown>;
}

export interface ConsumerLag {
  group: string;
  topic: string;
  partition: number;
  lag: number;
}

/**
 * The one port producing and consuming go through. Kafka in deployments, an in-process bus when
 * every service runs in one process; services never see which.
 */
export interface EventTransport {
  readonly kind: string;
  /** Connects and prepares topics; must not throw when the broker is down (events then wait in the outbox). */
  start(topics: string[]): Promise<void>;
  /** Rejects if any record may not have been stored by the broker. */
  publish(records: OutboundRecord[]): Promise<void>;
  subscribe(subscription: Subscription): Promise<void>;
  deadLetter(letter: DeadLetter): Promise<void>;
  health(): TransportHealth;
  consumerLag(): Promise<ConsumerLag[]>;
  /** Leaves consumer groups cleanly after in-flight deliveries finish, then disconnects. */
  stop(): Promise<void>;
}

export const EVENT_TRANSPORT = Symbol('EVENT_TRANSPORT');

export function errorHeaders(letter: DeadLetter): Record<string, string> {
  return {
    ...letter.record.headers,
    'x-dlq-error': letter.error.message.slice(0, 2000),
    'x-dlq-error-name': letter.error.name,
    'x-dlq-consumer-group': letter.group,
    'x-dlq-attempts': String(letter.attempts),
    'x-dlq-original-topic': letter.record.topic,
    'x-dlq-original-position': letter.record.position,
    'x-dlq-failed-at': new Date().toISOString(),
  };
}
