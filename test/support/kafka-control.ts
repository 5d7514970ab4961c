import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import type { EventEnvelope } from '#contracts';
import { KafkaEventTransport } from '#messaging';
import { eventually, queryDatabase, TEST_KAFKA_BROKERS } from './test-env.js';

const script = path.resolve(import.meta.dirname, '../../scripts/kafka/kafka.sh');

/**
 * Stops or starts the test broker, keeping its data (the outage test). It is the broker the tests talk to
 * (TEST_KAFKA_BROKERS), never another on a default port; its controller listens on the next port unless
 * TEST_KAFKA_CONTROLLER_PORT says otherwise, as `npm test` starts it.
 */
export function controlBroker(command: 'stop' | 'start'): void {
  const port = process.env.TEST_KAFKA_PORT ?? new URL(`kafka://${TEST_KAFKA_BROKERS[0]}`).port;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KAFKA_PORT: port,
    KAFKA_CONTROLLER_PORT: process.env.TEST_KAFKA_CONTROLLER_PORT ?? String(Number(port) + 1),
  };
  delete env.KAFKA_RESET;
  const run = (action: string) => spawnSync('bash', [script, action], { env, encoding: 'utf8' });
  // A broker the script did not start (another KAFKA_CACHE_DIR) would stay up, and the outage would never happen.
  if (command === 'stop' && run('status').status !== 0) {
    throw new Error(`no broker of scripts/kafka/kafka.sh runs on port ${port} (is KAFKA_CACHE_DIR the one it was started with?)`);
  }
  const result = run(command);
  if (result.status !== 0) throw new Error(`kafka ${command} failed: ${result.stderr}`);
}

/**
 * Deletes every record on the test broker's topics, so that a platform started next meets only events published after
 * it started. The broker is shared by the whole run; without this, a consumer group would begin behind whatever earlier
 * test files published and nobody of theirs consumed (a land-only file's projects, say), and apply it to fresh databases.
 */
export async function forgetEarlierEvents(): Promise<void> {
  const admin = new Kafka({ clientId: 'test-cleaner', brokers: TEST_KAFKA_BROKERS, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    for (const topic of (await admin.listTopics()).filter((name) => !name.startsWith('__'))) {
      const partitions = (await admin.fetchTopicOffsets(topic)).filter(({ low, high }) => Number(high) > Number(low));
      if (partitions.length > 0) await admin.deleteTopicRecords({ topic, partitions: partitions.map(({ partition, high }) => ({ partition, offset: high })) });
    }
  } finally {
    await admin.disconnect();
  }
}

export interface ConsumedRecord {
  key: string | null;
  value: string;
  headers: Record<string, string>;
}

/** Reads a topic from the beginning until `enough` is satisfied, with a throwaway consumer group. */
export async function readTopic(topic: string, enough: (records: ConsumedRecord[]) => boolean, timeoutMs = 30_000): Promise<ConsumedRecord[]> {
  const kafka = new Kafka({ clientId: 'test-reader', brokers: TEST_KAFKA_BROKERS, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `test-reader-${Date.now()}-${Math.random().toString(16).slice(2)}` });
  const records: ConsumedRecord[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out reading ${topic}; got ${records.length} record(s)`)), timeoutMs);
      void consumer.run({
        eachMessage: async ({ message }) => {
          records.push({
            key: message.key?.toString() ?? null,
            value: message.value?.toString() ?? '',
            headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)])),
          });
          if (enough(records)) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
    return records;
  } finally {
    await consumer.disconnect();
  }
}

/**
 * Waits, without a sleep, until a service has handled every record already on `key`'s partition of `topic`:
 * publishes `marker` under the same key (Kafka keeps order within a partition, and the services consume a
 * partition one record at a time, retries included) and waits until the service's inbox holds the marker.
 */
export async function awaitPartitionHandled(topic: string, key: string, marker: EventEnvelope, consumerDatabaseUrl: string): Promise<void> {
  const producer = new KafkaEventTransport({ clientId: 'test-marker', brokers: TEST_KAFKA_BROKERS, topicPartitions: 3 });
  await producer.start([]);
  try {
    await producer.publish([{ topic, key, envelope: marker }]);
  } finally {
    await producer.stop();
  }
  const handled = async () =>
    (await queryDatabase(consumerDatabaseUrl, `SELECT 1 FROM inbox WHERE event_id = $1`, [marker.id])).length > 0 ? true : undefined;
  await eventually(handled, 60_000, `marker ${marker.id} on ${topic} handled`);
}
