import { parseArgs } from 'node:util';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { deadLetterTopic } from '#contracts';
import { partitionLags } from '../libs/messaging/src/kafka/partition-lags.js';

const USAGE = `Usage: node dist/scripts/replay-dead-letters.js --topic <topic> [--group <consumer group>] [--dry-run]

Sends the events dead-lettered from <topic> (read from <topic>.dlq) back to <topic>, with their
original key and event id, once the cause has been fixed. Consumers that had already applied an
event skip it as a duplicate; the one that failed gets another go. Each run continues where the
previous one stopped (consumer group "dlq-replay.<topic>"), and stops when it has caught up.

  --topic <topic>   the original topic, e.g. zone.land.projects
  --group <group>   only events that this consumer group dead-lettered, e.g. supervision.land-projects
  --dry-run         list what would be replayed without sending or committing anything

Environment: KAFKA_BROKERS (default 127.0.0.1:9092).`;

const { values } = parseArgs({
  options: { topic: { type: 'string' }, group: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help || values.topic === undefined) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}
const topic = values.topic;
const source = deadLetterTopic(topic);
const dryRun = values['dry-run'] === true;
const kafka = new Kafka({ clientId: 'dlq-replay', brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','), logLevel: logLevel.ERROR });

const admin = kafka.admin();
await admin.connect();
const groupId = `dlq-replay.${topic}`;
const log = await admin.fetchTopicOffsets(source);
const ends = new Map(log.map((partition) => [partition.partition, BigInt(partition.high)]));
// Partitions with nothing left to read (an earlier run finished them, or their records were removed) send nothing,
// so they count as caught up from the start.
const [committed] = await admin.fetchOffsets({ groupId, topics: [source] });
const finished = partitionLags(groupId, source, committed?.partitions ?? [], log).filter(({ lag }) => lag === 0);
await admin.disconnect();

const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
const consumer = kafka.consumer({ groupId });
await Promise.all([producer.connect(), consumer.connect()]);
await consumer.subscribe({ topic: source, fromBeginning: true });

let replayed = 0;
let skipped = 0;
const caughtUp = new Set<number>(finished.map(({ partition }) => partition));
await new Promise<void>((resolve) => {
  const check = () => caughtUp.size === ends.size && resolve();
  check();
  void consumer.run({
    autoCommit: !dryRun,
    eachMessage: async ({ partition, message }) => {
      const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]));
      if (values.group === undefined || headers['x-dlq-consumer-group'] === values.group) {
        process.stdout.write(
          `${dryRun ? 'would replay' : 'replaying'} ${headers.ce_type ?? '?'} ${headers.ce_id ?? '?'} (failed in ${headers['x-dlq-consumer-group']}: ${headers['x-dlq-error']})\n`,
        );
        if (!dryRun) {
          const original = Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith('x-dlq-')));
          await producer.send({ topic, acks: -1, messages: [{ key: message.key, value: message.value, headers: { ...original, 'x-replayed-from': source } }] });
        }
        replayed++;
      } else {
        skipped++;
      }
      if (BigInt(message.offset) + 1n >= (ends.get(partition) ?? 0n)) {
        caughtUp.add(partition);
        check();
      }
    },
  });
});
await consumer.disconnect();
await producer.disconnect();
process.stdout.write(`${replayed} event(s) ${dryRun ? 'to replay' : 'replayed'}, ${skipped} belonging to other groups left alone\n`);
