import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { LandBatchApproved, type EventEnvelope } from '#contracts';
import { buildEnvelope, KafkaEventTransport } from '#messaging';
import { consumersJoined, dropTestDatabases, eventually, queryDatabase, TEST_KAFKA_BROKERS } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const base = '/api/v1/supervision';

/** Land approvals become disclosures exactly once, over a real broker, however often the event arrives. */
describe('supervision: land batch approvals → disclosures over Kafka', () => {
  let platform: TestPlatform;
  let producer: KafkaEventTransport;
  let supervisorToken: string;
  /** The item that turns approved batches into disclosures now, and how it publishes them. */
  let activeItem: { id: string; code: string; rule: 'direct' | 'review' } | undefined;
  let itemCount = 0;
  const db = () => platform.databaseUrls.supervision!;

  function batchEvent(batchId: string = randomUUID()): EventEnvelope {
    return buildEnvelope(LandBatchApproved, batchId, {
      batchId,
      name: '安庆长风港二期用地',
      approvingAuthority: '安徽省人民政府',
      documentNumber: '测试批复文号',
      approvedOn: '2026-04-20',
      totalAreaMu: '382.5400',
      parcels: [{ projectId: randomUUID(), projectName: '安庆长风港二期', areaMu: '382.5400' }],
      recordedAt: new Date().toISOString(),
    });
  }

  const publish = (...envelopes: EventEnvelope[]) =>
    producer.publish(envelopes.map((envelope) => ({ topic: LandBatchApproved.topic, key: envelope.subject, envelope })));
  const inboxed = (eventId: string) =>
    eventually(
      async () => ((await queryDatabase(db(), `SELECT 1 FROM inbox WHERE event_id = $1`, [eventId])).length > 0 ? true : undefined),
      60_000,
      `event ${eventId}`,
    );
  const disclosuresOf = (batchId: string) =>
    queryDatabase<{ id: string; status: string; unit_code: string; period: string }>(
      db(),
      `SELECT id, status, unit_code, period FROM disclosures WHERE source_ref = $1`,
      [`land-batch:${batchId}`],
    );

  beforeAll(async () => {
    platform = await startTestPlatform({
      events: 'kafka',
      services: ['supervision'],
      messaging: { retryPolicy: { maxAttempts: 2, baseDelayMs: 50, maxDelayMs: 100 } },
    });
    producer = new KafkaEventTransport({ clientId: 'supervision-test-producer', brokers: TEST_KAFKA_BROKERS, topicPartitions: 3 });
    await producer.start([]);
    await consumersJoined(platform.serviceUrls.supervision!);
    const supervisor = await platform.identity.token(['discipline-supervisor']);
    supervisorToken = supervisor;
  });

  /** Retires the active batch item unless it already publishes by `rule`, and registers one that does. */
  async function itemPublishing(rule: 'direct' | 'review'): Promise<string> {
    if (activeItem?.rule === rule) return activeItem.code;
    if (activeItem !== undefined) {
      await request(platform.gatewayUrl)
        .post(`${base}/supervision-items/${activeItem.id}/retirement`)
        .set('authorization', `Bearer ${supervisorToken}`)
        .send({ reason: rule === 'review' ? '改为审核后公示' : '改为直接公示' })
        .expect(200);
    }
    itemCount += 1;
    const code = `B-03-${itemCount}`;
    const created = await request(platform.gatewayUrl)
      .post(`${base}/supervision-items`)
      .set('authorization', `Bearer ${supervisorToken}`)
      .send({
        code,
        name: `基本监督事项（占位，${rule === 'review' ? '审核后公示' : '直接公示'}）`,
        responsibleBody: '待填写',
        supervisingBody: '经开区纪监工委',
        process: '待填写',
        policyBasis: '待填写',
        origin: 'basic-catalogue',
        category: 'land',
        disclosureFrequency: 'per-event',
        publicationRule: rule,
        sourceEvent: LandBatchApproved.type,
        placeholder: true,
      })
      .expect(201);
    activeItem = { id: created.body.id, code, rule };
    return code;
  }

  afterAll(async () => {
    await producer?.stop();
    await platform?.close();
    await dropTestDatabases();
  });

  it('creates one published disclosure even when the event is delivered twice and the batch announced again', async () => {
    const itemCode = await itemPublishing('direct');
    const event = batchEvent();
    const batchId = (event.data as { batchId: string }).batchId;
    const reannounced = batchEvent(batchId); // same batch, new event id: the inbox alone would not stop it
    await publish(event, event, reannounced);
    await inboxed(reannounced.id);

    const rows = await disclosuresOf(batchId);
    expect(rows).toEqual([expect.objectContaining({ status: 'published', unit_code: 'zone', period: '2026-04-20' })]);
    expect(await queryDatabase(db(), `SELECT 1 FROM inbox WHERE event_id = $1`, [event.id])).toHaveLength(1);

    const published = await request(platform.gatewayUrl).get(`${base}/disclosures/${rows[0]!.id}`).expect(200);
    expect(published.body).toMatchObject({
      itemCode,
      unitCode: 'zone',
      content: { totals: { mu: '382.5400' }, lines: [{ label: '安庆长风港二期', quantity: '382.5400', unit: 'mu' }] },
    });
    const outbox = await queryDatabase<{ envelope: { type: string } }>(db(), `SELECT envelope FROM outbox WHERE record_key = $1`, [rows[0]!.id]);
    expect(outbox.map((row) => row.envelope.type)).toEqual(['zone.supervision.disclosure-published.v1']);
    const zone = await request(platform.gatewayUrl).get(`${base}/units/zone`).expect(200);
    expect(zone.body.kind).toBe('zone');
  });

  it("creates a draft instead when the item's rule asks for review, invisible to the public", async () => {
    const api = () => request(platform.gatewayUrl);
    const itemCode = await itemPublishing('review');
    const event = batchEvent();
    await publish(event);
    await inboxed(event.id);
    const [row] = await disclosuresOf((event.data as { batchId: string }).batchId);
    expect(row).toMatchObject({ status: 'draft', unit_code: 'zone' });
    await api().get(`${base}/disclosures/${row!.id}`).expect(404);
    const draft = await api().get(`${base}/disclosures/${row!.id}`).set('authorization', `Bearer ${supervisorToken}`).expect(200);
    expect(draft.body).toMatchObject({ itemCode, status: 'draft' });
    expect(await queryDatabase(db(), `SELECT 1 FROM outbox WHERE record_key = $1`, [row!.id])).toHaveLength(0);
  });
});
