import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import type { EventEnvelope } from '#contracts';
import { KafkaEventTransport } from '#messaging';
import { eventually, queryDatabase, TEST_KAFKA_BROKERS } from './test-env.js';

const script = path.resolve(import.meta.dirname, '../../scripts/kafka/kafka.sh');

/** Stops or starts the test broker that `npm test` runs, keeping its data (the outage test). */
export function controlBroker(command: 'stop' | 'start'): void {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KAFKA_PORT: process.env.TEST_KAFKA_PORT ?? '39092',
    KAFKA_CONTROLLER_PORT: process.env.TEST_KAFKA_CONTROLLER_PORT ?? '39093',
  };
  delete env.KAFKA_RESET;
  const result = spawnSync('bash', [script, command], { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`kafka ${command} failed: ${result.stderr}`);
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
