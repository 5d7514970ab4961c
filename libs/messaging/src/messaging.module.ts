import { Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import { Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';
import { catalogueTopics } from '#contracts';
import { Metrics, ReadinessChecks, type SchemaContribution, type ServiceConfig, type ServicePlugin } from '#platform';
import { EventHandlerRegistry } from './event-handler-registry.js';
import { DEFAULT_RETRY_POLICY, subscriptionFor, type RetryPolicy } from './inbox/event-delivery.js';
import { DEFAULT_RELAY_OPTIONS, OutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay.js';
import { EVENT_TRANSPORT, type EventTransport } from './transport/event-transport.js';
import { UnitOfWork } from './unit-of-work.js';
import { KafkaEventTransport } from './kafka/kafka-transport.js';
import { OutboxMessage } from './outbox/outbox-message.entity.js';
import { InboxRecord } from './inbox/inbox-record.entity.js';
import { MessagingTables1764201600001 } from './messaging.migration.js';

export interface MessagingOptions {
  service: string;
  databaseUrl: string;
  transport: EventTransport;
  /** Whether this app starts and stops the transport (false when the embedded apps share one bus). */
  ownsTransport: boolean;
  retryPolicy?: RetryPolicy;
  relay?: Partial<OutboxRelayOptions>;
}

const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Messaging');
  private readonly pool: pg.Pool;
  readonly relay: OutboxRelay;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: EventHandlerRegistry,
  ) {
    this.pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
    // An idle connection dropped by the server (restart, failover) must not crash the process; the next
    // relay attempt opens a new one.
    this.pool.on('error', (error) => this.logger.warn(`outbox relay connection lost: ${error.message}`));
    this.relay = new OutboxRelay(this.pool, options.databaseUrl, options.transport, { ...DEFAULT_RELAY_OPTIONS, ...options.relay });
  }

  async onApplicationBootstrap(): Promise<void> {
    const { transport, service } = this.options;
    for (const handler of this.registry.all()) {
      await transport.subscribe(subscriptionFor(service, handler, this.dataSource, transport, this.options.retryPolicy ?? DEFAULT_RETRY_POLICY));
    }
    if (this.options.ownsTransport) await transport.start(catalogueTopics());
    await this.relay.start();
    this.logger.log(`events over ${transport.kind}; ${this.registry.all().length} handler(s)`);
  }

  /** Runs after the HTTP server closed: publish what was accepted, then leave consumer groups. */
  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    if (this.options.ownsTransport) await this.options.transport.stop();
    await this.pool.end();
  }
}

/** How long the health report waits for the broker's offsets before reporting lag as unknown. */
const LAG_REPORT_TIMEOUT_MS = 2_000;

/**
 * The event backbone in /health/ready and /metrics. A service serves requests without the broker
 * (writes commit with their events in the outbox), so this reports, never gates, readiness.
 */
@Injectable()
export class MessagingHealth {
  constructor(
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
    private readonly lifecycle: MessagingLifecycle,
    readiness: ReadinessChecks,
    metrics: Metrics,
  ) {
    readiness.report('events', () => this.report());
    new Gauge({
      name: 'event_transport_up',
      help: '1 when the broker is connected, publishing works and every consumer has joined its group, else 0',
      registers: [metrics.registry],
      collect: function (this: Gauge) {
        this.set(transport.health().ready && lifecycle.relay.publishError === undefined ? 1 : 0);
      },
    });
    new Gauge({
      name: 'outbox_backlog',
      help: 'Committed events not yet published',
      registers: [metrics.registry],
      collect: async function (this: Gauge) {
        this.set(await lifecycle.relay.backlog());
      },
    });
    new Gauge({
      name: 'event_consumer_lag',
      help: 'Events published but not yet consumed, per consumer group and partition',
      labelNames: ['group', 'topic', 'partition'],
      registers: [metrics.registry],
      collect: async function (this: Gauge<'group' | 'topic' | 'partition'>) {
        this.reset();
        for (const lag of await transport.consumerLag().catch(() => [])) {
          this.set({ group: lag.group, topic: lag.topic, partition: String(lag.partition) }, lag.lag);
        }
      },
    });
  }

  async report() {
    const health = this.transport.health();
    const [outboxBacklog, lags] = await Promise.all([
      this.lifecycle.relay.backlog().catch(() => undefined),
      withTimeout(this.transport.consumerLag(), LAG_REPORT_TIMEOUT_MS).catch(() => undefined),
    ]);
    const consumerLag = lags?.reduce<Record<string, number>>((byGroup, lag) => ({ ...byGroup, [lag.group]: (byGroup[lag.group] ?? 0) + lag.lag }), {});
    const { relay } = this.lifecycle;
    const up = health.ready && relay.publishError === undefined;
    return {
      status: up ? ('up' as const) : ('degraded' as const),
      ...health.detail,
      publishError: relay.publishError,
      outboxListening: relay.listening,
      outboxBacklog,
      consumerLag,
    };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

@Module({})
export class MessagingModule {
  static forService(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        { provide: EVENT_TRANSPORT, useValue: options.transport },
        EventHandlerRegistry,
        MessagingLifecycle,
        MessagingHealth,
        UnitOfWork,
      ],
      exports: [EVENT_TRANSPORT, EventHandlerRegistry, MessagingLifecycle, MessagingHealth, UnitOfWork],
    };
  }
}

/** The outbox and inbox tables every service carries. */
export const MESSAGING_SCHEMA: SchemaContribution = { entities: [OutboxMessage, InboxRecord], migrations: [MessagingTables1764201600001] };

/** The messaging plugin for a service: Kafka from its configuration, or a shared bus in the embedded mode. */
export function messagingPlugin(config: ServiceConfig, sharedTransport?: EventTransport, overrides: Partial<MessagingOptions> = {}): ServicePlugin {
  const transport =
    sharedTransport ??
    new KafkaEventTransport({ clientId: `zone-${config.service}`, brokers: config.events.kafkaBrokers, topicPartitions: config.events.topicPartitions });
  return {
    module: MessagingModule.forService({
      service: config.service,
      databaseUrl: config.databaseUrl,
      transport,
      ownsTransport: sharedTransport === undefined,
      retryPolicy: { ...DEFAULT_RETRY_POLICY, maxAttempts: config.events.maxDeliveryAttempts },
      ...overrides,
    }),
    ...MESSAGING_SCHEMA,
  };
}
