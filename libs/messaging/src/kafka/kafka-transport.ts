import { Logger } from '@nestjs/common';
import net from 'node:net';
import { Kafka, logLevel, Partitioners, type Admin, type Consumer, type LogEntry, type Producer } from 'kafkajs';
import { deadLetterTopic } from '#contracts';
import type { ConsumerLag, DeadLetter, EventTransport, OutboundRecord, Subscription, TransportHealth } from '../transport/event-transport.js';
import { errorHeaders } from '../transport/event-transport.js';
import { partitionLags } from './partition-lags.js';

export interface KafkaTransportOptions {
  clientId: string;
  brokers: string[];
  topicPartitions: number;
  /** Consumer session timeout; a handler must heartbeat within it (retries do). */
  sessionTimeoutMs?: number;
  /** How long to wait between attempts to reach the broker at start-up. */
  reconnectDelayMs?: number;
}

interface Member {
  subscription: Subscription;
  /** The current kafkajs consumer; replaced by a fresh one after a crash. */
  consumer?: Consumer;
  joined: boolean;
  /** Why the consumer is not consuming, until it has rejoined its group. */
  crashed?: string;
}

const CONSUMER_RESTART_DELAY_MS = 2_000;

/**
 * How long the group coordinator waits for a silent member before giving its partitions to others.
 * A member that died without leaving (kill -9, lost host) holds its partitions this long, so recovery
 * takes about this long; 10 s is the broker's 6 s minimum plus margin for GC and event-loop pauses.
 * kafkajs has no background heartbeat: slow handlers and retry back-off heartbeat explicitly.
 */
export const CONSUMER_SESSION_TIMEOUT_MS = 10_000;
/** A third of the session timeout or less, as Kafka advises, so that one lost heartbeat is not fatal. */
export const CONSUMER_HEARTBEAT_INTERVAL_MS = 1_000;

/** kafkajs behind the transport port, so that the client library can be replaced without touching services. */
export class KafkaEventTransport implements EventTransport {
  readonly kind = 'kafka';
  private readonly logger = new Logger('KafkaEventTransport');
  private readonly kafka: Kafka;
  private readonly admin: Admin;
  private readonly producer: Producer;
  private readonly members: Member[] = [];
  private producerConnected = false;
  private topicsReady = false;
  private lastError?: string;
  private stopping = false;
  private started?: Promise<void>;
  private readonly sockets = new Set<net.Socket>();

  constructor(private readonly options: KafkaTransportOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      connectionTimeout: 3_000,
      requestTimeout: 10_000,
      retry: { retries: 3, initialRetryTime: 200, maxRetryTime: 2_000 },
      logLevel: logLevel.WARN,
      logCreator: () => (entry) => this.logKafka(entry),
      socketFactory: ({ host, port, onConnect }) => {
        const socket = net.connect({ host, port }, onConnect);
        socket.setKeepAlive(true, 60_000);
        this.sockets.add(socket);
        socket.once('close', () => this.sockets.delete(socket));
        return socket;
      },
    });
    this.admin = this.kafka.admin();
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.producer.on(this.producer.events.DISCONNECT, () => {
      this.producerConnected = false;
    });
  }

  /** Returns at once; connecting, creating topics and starting consumers go on until the broker answers. */
  async start(topics: string[]): Promise<void> {
    this.started = this.connectUntilReady(topics);
  }

  async publish(records: OutboundRecord[]): Promise<void> {
    if (!this.producerConnected) {
      // Reconnect lazily: the relay calls again after back-off while the broker is away.
      await this.producer.connect();
      this.producerConnected = true;
    }
    const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
    for (const record of records) {
      const messages = byTopic.get(record.topic) ?? [];
      messages.push({
        key: record.key,
        value: JSON.stringify(record.envelope),
        headers: {
          'content-type': 'application/cloudevents+json',
          ce_type: record.envelope.type,
          ce_id: record.envelope.id,
          ...(record.envelope.traceparent === undefined ? {} : { traceparent: record.envelope.traceparent }),
        },
      });
      byTopic.set(record.topic, messages);
    }
    await this.producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
  }

  async subscribe(subscription: Subscription): Promise<void> {
    const member: Member = { subscription, joined: false };
    this.members.push(member);
    if (this.topicsReady) await this.runMember(member);
  }

  async deadLetter(letter: DeadLetter): Promise<void> {
    if (!this.producerConnected) {
      await this.producer.connect();
      this.producerConnected = true;
    }
    await this.producer.send({
      topic: deadLetterTopic(letter.record.topic),
      acks: -1,
      messages: [{ key: letter.record.key, value: letter.record.value, headers: errorHeaders(letter) }],
    });
  }

  health(): TransportHealth {
    const consumers = Object.fromEntries(
      this.members.map((member) => [member.subscription.group, member.crashed ? `crashed: ${member.crashed}` : member.joined ? 'joined' : 'joining']),
    );
    const ready = this.topicsReady && this.producerConnected && this.members.every((member) => member.joined && !member.crashed);
    return {
      ready,
      detail: { transport: this.kind, topicsReady: this.topicsReady, producerConnected: this.producerConnected, consumers, lastError: this.lastError },
    };
  }

  async consumerLag(): Promise<ConsumerLag[]> {
    if (!this.topicsReady) return [];
    const lags: ConsumerLag[] = [];
    for (const member of this.members) {
      for (const topic of member.subscription.topics) {
        const [committed, latest] = await Promise.all([
          this.admin.fetchOffsets({ groupId: member.subscription.group, topics: [topic] }),
          this.admin.fetchTopicOffsets(topic),
        ]);
        lags.push(...partitionLags(member.subscription.group, topic, committed[0]?.partitions ?? [], latest));
      }
    }
    return lags;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.started?.catch(() => undefined);
    // disconnect() waits for the running eachMessage, commits, and sends LeaveGroup.
    await Promise.allSettled(this.members.map((member) => member.consumer?.disconnect()));
    await Promise.allSettled([this.producer.disconnect(), this.admin.disconnect()]);
    // kafkajs' crash handling can leave a connection it no longer tracks (a group leave sent to a broker
    // it had already dropped); whatever is still open now belongs to no one and would keep the process alive.
    for (const socket of this.sockets) socket.destroy();
  }

  private async connectUntilReady(topics: string[]): Promise<void> {
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        await this.admin.connect();
        await this.ensureTopics(topics);
        this.topicsReady = true;
        await this.producer.connect();
        this.producerConnected = true;
        for (const member of this.members) await this.runMember(member);
        this.lastError = undefined;
        return;
      } catch (error) {
        this.lastError = (error as Error).message;
        if (attempt === 1 || attempt % 10 === 0) this.logger.warn(`Kafka not reachable yet (${this.lastError}); retrying`);
        await new Promise((resolve) => setTimeout(resolve, this.options.reconnectDelayMs ?? 2_000));
      }
    }
  }

  private async ensureTopics(topics: string[]): Promise<void> {
    const existing = new Set(await this.admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    await this.admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: this.options.topicPartitions, replicationFactor: -1 })),
    });
    this.logger.log(`created topics ${missing.join(', ')}`);
  }

  /** Runs a fresh kafkajs consumer for the member; a crashed one is dropped and replaced, not restarted in place. */
  private async runMember(member: Member): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: member.subscription.group,
      sessionTimeout: this.options.sessionTimeoutMs ?? CONSUMER_SESSION_TIMEOUT_MS,
      heartbeatInterval: CONSUMER_HEARTBEAT_INTERVAL_MS,
      retry: { retries: 10, initialRetryTime: 300, maxRetryTime: 10_000, restartOnFailure: async () => false },
    });
    member.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      member.joined = true;
      member.crashed = undefined;
    });
    consumer.on(consumer.events.CRASH, (event) => {
      // kafkajs has already disconnected this consumer; until a new one joins, readiness reports it.
      member.joined = false;
      member.crashed = event.payload.error.message;
      this.restartMember(member, consumer);
    });
    try {
      await consumer.connect();
      for (const topic of member.subscription.topics) await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        partitionsConsumedConcurrently: 1,
        eachMessage: async ({ topic, partition, message, heartbeat }) => {
          const headers = Object.fromEntries(
            Object.entries(message.headers ?? {}).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : String(value ?? '')]),
          );
          await member.subscription.deliver(
            {
              topic,
              key: message.key?.toString() ?? null,
              value: message.value ?? Buffer.alloc(0),
              headers,
              position: `partition ${partition} offset ${message.offset}`,
            },
            { heartbeat },
          );
        },
      });
    } catch (error) {
      member.crashed = (error as Error).message;
      await consumer.disconnect().catch(() => undefined);
      this.restartMember(member, consumer);
    }
  }

  private restartMember(member: Member, failed: Consumer): void {
    if (this.stopping || member.consumer !== failed) return;
    this.logger.warn(`consumer ${member.subscription.group} stopped (${member.crashed}); starting a new one in ${CONSUMER_RESTART_DELAY_MS} ms`);
    setTimeout(() => {
      if (this.stopping || member.consumer !== failed) return;
      void this.runMember(member);
    }, CONSUMER_RESTART_DELAY_MS).unref();
  }

  /**
   * kafkajs reports every retried request at ERROR (a coordinator still loading, a broker restarting);
   * those are expected and retried, so they are warnings here. What really fails surfaces as a crash
   * (logged below), a relay back-off or readiness.
   */
  private logKafka(entry: LogEntry): void {
    const { message, ...rest } = entry.log;
    // Bounded producer retries are deliberate: the relay retries later and consumers' inbox absorbs duplicates.
    if (message.startsWith('Limiting retries for the idempotent producer')) return;
    this.logger.warn(`${entry.namespace}: ${message} ${JSON.stringify(rest)}`);
  }
}
