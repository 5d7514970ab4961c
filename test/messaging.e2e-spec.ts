import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import request from 'supertest';
import { LandProjectRegistered, type EventEnvelope } from '#contracts';
import { buildEnvelope, KafkaEventTransport, MessagingLifecycle, UnitOfWork } from '#messaging';
import { controlBroker, readTopic } from './support/kafka-control.js';
import { consumersJoined, dropTestDatabases, eventually, queryDatabase, TEST_KAFKA_BROKERS } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const repo = path.resolve(import.meta.dirname, '..');

/** Land publishes LandProjectRegistered; supervision keeps a read model of it. Both real, over a real broker. */
describe('events between services over Kafka', () => {
  let platform: TestPlatform;
  let landStaff: string;
  let producer: KafkaEventTransport;

  const landDb = () => platform.databaseUrls.land!;
  const supervisionDb = () => platform.databaseUrls.supervision!;
  const readModelRow = (projectId: string) =>
    queryDatabase<{ name: string; requested_area_mu: string }>(supervisionDb(), `SELECT name, requested_area_mu FROM land_projects WHERE project_id = $1`, [
      projectId,
    ]);
  const arrived = (projectId: string) => eventually(async () => (await readModelRow(projectId))[0], 60_000, `project ${projectId} in supervision`);
  const outboxRows = (projectId: string) =>
    queryDatabase<{ published_at: Date | null; envelope: EventEnvelope }>(landDb(), `SELECT published_at, envelope FROM outbox WHERE record_key = $1`, [
      projectId,
    ]);
  const published = (projectId: string) =>
    eventually(async () => ((await outboxRows(projectId))[0]?.published_at ? true : undefined), 60_000, `the event of project ${projectId} published`);

  const registerProject = (name: string, requestedAreaMu: string, category = 'ordinary') =>
    request(platform.gatewayUrl)
      .post('/api/v1/land/projects')
      .set('authorization', `Bearer ${landStaff}`)
      .send({ name, category, requestedAreaMu })
      .expect(201);

  function projectEvent(overrides: Partial<Record<string, unknown>> = {}): EventEnvelope {
    const projectId = randomUUID();
    return buildEnvelope(LandProjectRegistered, projectId, {
      projectId,
      name: 'Direct event',
      category: 'ordinary',
      requestedAreaMu: '10.0000',
      registeredAt: new Date().toISOString(),
      ...overrides,
    } as never);
  }

  async function publishDirect(...envelopes: EventEnvelope[]) {
    await producer.publish(envelopes.map((envelope) => ({ topic: LandProjectRegistered.topic, key: envelope.subject, envelope })));
  }

  beforeAll(async () => {
    platform = await startTestPlatform({
      events: 'kafka',
      services: ['land', 'supervision'],
      messaging: { retryPolicy: { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 200 } },
    });
    landStaff = await platform.identity.token(['land-staff']);
    producer = new KafkaEventTransport({ clientId: 'test-producer', brokers: TEST_KAFKA_BROKERS, topicPartitions: 3 });
    await producer.start([]);
    await consumersJoined(platform.serviceUrls.supervision!);
  });

  afterAll(async () => {
    await producer?.stop();
    await platform?.close();
    await dropTestDatabases();
  });

  it('delivers an event committed with a write in one service to a consumer in another, exactly once', async () => {
    const created = await registerProject('安庆长风港二期', '382.54', 'provincial-key');
    const row = await arrived(created.body.id);
    expect(row).toEqual({ name: '安庆长风港二期', requested_area_mu: '382.5400' });
    const outbox = await outboxRows(created.body.id);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.published_at).not.toBeNull();
    const inbox = await queryDatabase(supervisionDb(), `SELECT 1 FROM inbox WHERE event_id = $1`, [outbox[0]!.envelope.id]);
    expect(inbox).toHaveLength(1);
  });

  it('purges outbox rows published longer ago than the retention period, keeping recent ones', async () => {
    const old = (await registerProject('Published long ago', '5')).body.id;
    const recent = (await registerProject('Published just now', '6')).body.id;
    await published(old);
    await published(recent);
    await queryDatabase(landDb(), `UPDATE outbox SET published_at = now() - interval '8 days' WHERE record_key = $1`, [old]);
    const purged = await platform.services.land!.get(MessagingLifecycle).relay.purgePublished();
    expect(purged).toBe(1);
    expect(await outboxRows(old)).toHaveLength(0);
    expect(await outboxRows(recent)).toHaveLength(1);
  });

  it('publishes nothing for a transaction that rolls back', async () => {
    const work = platform.services.land!.get(UnitOfWork);
    const doomedId = randomUUID();
    await expect(
      work.run(async (tx) => {
        await tx.publish(LandProjectRegistered, doomedId, {
          projectId: doomedId,
          name: 'Rolled back',
          category: 'ordinary',
          requestedAreaMu: '1',
          registeredAt: new Date().toISOString(),
        });
        throw new Error('business rule failed after the event was written');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await queryDatabase(landDb(), `SELECT 1 FROM outbox WHERE record_key = $1`, [doomedId])).toHaveLength(0);

    // A later committed event on the same path arrives; the rolled-back one never does.
    const later = await registerProject('Committed after rollback', '2');
    await arrived(later.body.id);
    expect(await readModelRow(doomedId)).toHaveLength(0);
  });

  it('applies a duplicated delivery once', async () => {
    const event = projectEvent({ name: 'Delivered twice' });
    const marker = projectEvent({ name: 'After the duplicate' });
    marker.subject = event.subject; // same key, same partition: the marker is handled after both copies
    (marker.data as { projectId: string }).projectId = randomUUID();
    await publishDirect(event, event, marker);
    await eventually(
      async () => ((await queryDatabase(supervisionDb(), `SELECT 1 FROM inbox WHERE event_id = $1`, [marker.id])).length > 0 ? true : undefined),
      60_000,
      'marker',
    );
    expect(await queryDatabase(supervisionDb(), `SELECT 1 FROM inbox WHERE event_id = $1`, [event.id])).toHaveLength(1);
    const audits = await queryDatabase(supervisionDb(), `SELECT 1 FROM audit_log WHERE target_id = $1`, [event.subject]);
    expect(audits).toHaveLength(1);
  });

  it('records an announcement that changes nothing in the inbox alone, with no audit row for it', async () => {
    const first = projectEvent({ name: 'Announced twice' });
    const again: EventEnvelope = { ...first, id: randomUUID() }; // the same project and data under a new event id
    await publishDirect(first, again);
    await eventually(
      async () => ((await queryDatabase(supervisionDb(), `SELECT 1 FROM inbox WHERE event_id = $1`, [again.id])).length > 0 ? true : undefined),
      60_000,
      'second announcement',
    );
    const audits = await queryDatabase<{ details: { eventId: string } }>(supervisionDb(), `SELECT details FROM audit_log WHERE target_id = $1`, [
      first.subject,
    ]);
    expect(audits.map((audit) => audit.details.eventId)).toEqual([first.id]);
  });

  it('dead-letters a poison event with its error and keeps the partition moving', async () => {
    const poison = projectEvent();
    (poison.data as { requestedAreaMu: unknown }).requestedAreaMu = 382.54; // a float where an exact decimal belongs
    const next = projectEvent({ name: 'Behind the poison' });
    next.subject = poison.subject;
    await publishDirect(poison, next);
    await arrived((next.data as { projectId: string }).projectId);
    const dead = await readTopic(`${LandProjectRegistered.topic}.dlq`, (records) => records.some((record) => record.headers.ce_id === poison.id));
    const letter = dead.find((record) => record.headers.ce_id === poison.id)!;
    expect(letter.headers['x-dlq-error']).toContain('requestedAreaMu');
    expect(letter.headers['x-dlq-consumer-group']).toBe('supervision.land-projects');
    expect(letter.headers['x-dlq-original-topic']).toBe(LandProjectRegistered.topic);
    expect(JSON.parse(letter.value).id).toBe(poison.id);
  });

  it('replays dead letters to the original topic, where the failing consumer tries them again', async () => {
    const poison = projectEvent();
    (poison.data as { requestedAreaMu: unknown }).requestedAreaMu = -1; // breaks the schema's pattern
    await publishDirect(poison);
    const dlq = `${LandProjectRegistered.topic}.dlq`;
    await readTopic(dlq, (records) => records.some((record) => record.headers.ce_id === poison.id));
    const replay = spawnSync(
      process.execPath,
      [path.join(repo, 'dist/scripts/replay-dead-letters.js'), '--topic', LandProjectRegistered.topic, '--group', 'supervision.land-projects'],
      {
        env: { ...process.env, KAFKA_BROKERS: TEST_KAFKA_BROKERS.join(',') },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(replay.status).toBe(0);
    expect(replay.stdout).toContain(poison.id);
    // Still invalid, so the consumer dead-letters it again: the second copy proves it went round.
    const copies = await readTopic(dlq, (records) => records.filter((record) => record.headers.ce_id === poison.id).length === 2);
    const again = copies.filter((record) => record.headers.ce_id === poison.id)[1]!;
    expect(again.headers['x-replayed-from']).toBe(dlq);
  });

  it('exports HTTP latency, outbox backlog and consumer lag as Prometheus metrics', async () => {
    const land = await request(platform.serviceUrls.land!).get('/metrics').expect(200);
    expect(land.text).toContain('http_request_duration_seconds_bucket');
    expect(land.text).toMatch(/^outbox_backlog\{app="land"\} \d+$/m);
    const supervision = await request(platform.serviceUrls.supervision!).get('/metrics').expect(200);
    expect(supervision.text).toMatch(
      /^event_consumer_lag\{group="supervision\.land-projects",topic="zone\.land\.projects",partition="\d+",app="supervision"\} \d+$/m,
    );
  });

  it('accepts writes while Kafka is down and delivers their events once it is back', async () => {
    controlBroker('stop');
    let projectId: string;
    try {
      const started = Date.now();
      const created = await registerProject('Written during an outage', '3.25');
      expect(Date.now() - started).toBeLessThan(5_000);
      projectId = created.body.id;
      expect((await outboxRows(projectId)).map((row) => row.published_at)).toEqual([null]);
      // Still ready: the database is up; the broker's state and the waiting event show beside it.
      const readiness = await eventually(
        async () => {
          const response = await request(platform.serviceUrls.land!).get('/health/ready');
          return response.body.dependencies?.events?.status === 'degraded' ? response : undefined;
        },
        30_000,
        'land to report the broker degraded',
      );
      expect(readiness.status).toBe(200);
      expect(readiness.body.info.database.status).toBe('up');
      expect(readiness.body.dependencies.events.outboxBacklog).toBeGreaterThanOrEqual(1);
    } finally {
      // The broker back and supervision's consumers in their groups again: the other tests find Kafka as they expect it.
      controlBroker('start');
      await consumersJoined(platform.serviceUrls.supervision!);
    }
    const row = await eventually(async () => (await readModelRow(projectId))[0], 90_000, 'event written during the outage');
    expect(row.requested_area_mu).toBe('3.2500');
  });
});
