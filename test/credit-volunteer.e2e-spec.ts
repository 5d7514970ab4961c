import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { VolunteerActivityRecorded, type EventEnvelope } from '#contracts';
import { buildEnvelope, KafkaEventTransport } from '#messaging';
import { PiiCipher } from '#platform/personal-data';
import { idNumberCheckCharacter } from '#platform/personal-data';
import { awaitPartitionHandled } from './support/kafka-control.js';
import { consumersJoined, dropTestDatabases, eventually, queryDatabase, TEST_KAFKA_BROKERS } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

function idNumber(birth: string, sequence: number): string {
  const first17 = `340800${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

/** The party service's VolunteerActivityRecorded, published straight to Kafka, consumed by the real credit service. */
describe('credit: volunteer activities from the party service over Kafka', () => {
  let platform: TestPlatform;
  let producer: KafkaEventTransport;
  let staff: string;
  let cipher: PiiCipher;
  const residents: Record<string, string> = {};
  const db = () => platform.databaseUrls.credit!;
  const api = (path: string) => `/api/v1/credit${path}`;

  function activityEvent(activityId: string, hashes: string[], category: 'volunteer-activities' | 'public-welfare' = 'volunteer-activities'): EventEnvelope {
    return buildEnvelope(VolunteerActivityRecorded, activityId, {
      activityId,
      organisationId: randomUUID(),
      organisationName: '菱北办事处盛塘社区党支部',
      title: '核酸检测志愿服务',
      category,
      heldOn: '2026-04-18',
      communityCode: 'shengtang',
      participants: hashes.map((residentIdHash, i) => ({ participantId: randomUUID(), residentIdHash, maskedName: i === 0 ? '杨**' : '某**' })),
      recordedAt: new Date().toISOString(),
    });
  }

  const publish = (...envelopes: EventEnvelope[]) =>
    producer.publish(envelopes.map((envelope) => ({ topic: VolunteerActivityRecorded.topic, key: envelope.subject, envelope })));

  const entriesFor = (activityId: string) =>
    queryDatabase<{ id: string; resident_id: string; score_delta: number; source: string; evidence: string }>(
      db(),
      `SELECT id, resident_id, score_delta, source, evidence FROM ledger_entries WHERE evidence = $1 ORDER BY resident_id`,
      [`volunteer-activity:${activityId}`],
    );

  beforeAll(async () => {
    platform = await startTestPlatform({
      events: 'kafka',
      services: ['credit'],
      messaging: { retryPolicy: { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 200 } },
    });
    cipher = new PiiCipher(platform.identity.pii.encryptionKey, platform.identity.pii.hashKey);
    staff = await platform.identity.token(['credit-staff'], ['zone'], 'staff-zone');
    const post = (path: string, body: object) => request(platform.gatewayUrl).post(api(path)).set('authorization', `Bearer ${staff}`).send(body).expect(201);
    await post('/communities', { code: 'shengtang', name: '盛塘', subDistrictCode: 'lingbei', subDistrictName: '菱北办事处' });
    await post('/households', { communityCode: 'shengtang', householdNumber: 'ST-0001' });
    await post('/indicators', { code: 'VOL-01', category: 'volunteer-activities', name: '参加党建引领志愿服务活动', points: 4, limitPerPeriod: 12 });
    for (const [name, id] of [
      ['杨某某', idNumber('19590315', 1)],
      ['陈某某', idNumber('19610722', 2)],
    ] as const) {
      const created = await post('/residents', { communityCode: 'shengtang', householdNumber: 'ST-0001', name, idNumber: id });
      residents[id] = created.body.id;
    }
    producer = new KafkaEventTransport({ clientId: 'credit-test-producer', brokers: TEST_KAFKA_BROKERS, topicPartitions: 3 });
    await producer.start([]);
    await consumersJoined(platform.serviceUrls.credit!);
  });

  afterAll(async () => {
    await producer?.stop();
    await platform?.close();
    await dropTestDatabases();
  });

  it('awards each matched participant once even when the event is delivered twice, and records the unmatched one', async () => {
    const activityId = randomUUID();
    const [yang, chen] = Object.keys(residents);
    const stranger = idNumber('19900101', 7);
    // The party service hashes the ID number with the shared key, in lower-case x form or not.
    const event = activityEvent(activityId, [cipher.lookupHash(yang!), cipher.lookupHash(chen!.toLowerCase()), cipher.lookupHash(stranger)]);
    const householdScore = async () => (await queryDatabase<{ score: number }>(db(), `SELECT score FROM households`))[0]!.score;
    const scoreBefore = await householdScore();
    await publish(event, event);

    const participations = await eventually(
      async () => {
        const rows = await queryDatabase<{ outcome: string }>(db(), `SELECT outcome FROM volunteer_participations WHERE activity_id = $1`, [activityId]);
        return rows.length === 3 ? rows : undefined;
      },
      60_000,
      'participations recorded',
    );
    expect(participations.map((row) => row.outcome).sort()).toEqual(['awarded', 'awarded', 'unmatched']);
    // Both deliveries have been through the consumer once a later activity on their partition has.
    await awaitPartitionHandled(VolunteerActivityRecorded.topic, event.subject, activityEvent(randomUUID(), [cipher.lookupHash(stranger)]), db());
    const entries = await entriesFor(activityId);
    expect(entries).toHaveLength(2);
    expect(entries.every((entry) => entry.score_delta === 4 && entry.source === 'event')).toBe(true);
    expect(new Set(entries.map((entry) => entry.resident_id))).toEqual(new Set(Object.values(residents)));

    const unmatched = await request(platform.gatewayUrl)
      .get(api(`/volunteer-participations?activityId=${activityId}&outcome=unmatched`))
      .set('authorization', `Bearer ${staff}`)
      .expect(200);
    expect(unmatched.body.items).toEqual([expect.objectContaining({ maskedName: '某**', residentId: null, outcome: 'unmatched' })]);
    expect(await householdScore()).toBe(scoreBefore + 8);
    const awarded = await queryDatabase(db(), `SELECT 1 FROM outbox WHERE type = 'zone.credit.points-awarded.v1' AND envelope->'data'->>'entryId' = ANY($1)`, [
      entries.map((entry) => entry.id),
    ]);
    expect(awarded).toHaveLength(2);
  });

  it('awards once per activity even when the party service publishes the activity again under a new event id', async () => {
    const activityId = randomUUID();
    const yang = Object.keys(residents)[0]!;
    const first = activityEvent(activityId, [cipher.lookupHash(yang)]);
    const again = activityEvent(activityId, [cipher.lookupHash(yang)]);
    await publish(first);
    await eventually(async () => ((await entriesFor(activityId)).length === 1 ? true : undefined), 60_000, 'first award');
    await publish(again);
    const outcomes = await eventually(
      async () => {
        const rows = await queryDatabase<{ outcome: string }>(db(), `SELECT outcome FROM volunteer_participations WHERE activity_id = $1 ORDER BY position`, [
          activityId,
        ]);
        return rows.length === 2 ? rows.map((row) => row.outcome) : undefined;
      },
      60_000,
      'second participation',
    );
    expect(outcomes).toEqual(['awarded', 'already-awarded']);
    expect(await entriesFor(activityId)).toHaveLength(1);
  });

  it('records a category without a catalogue indicator as unavailable, without failing the event', async () => {
    const activityId = randomUUID();
    await publish(activityEvent(activityId, [cipher.lookupHash(Object.keys(residents)[1]!)], 'public-welfare'));
    const row = await eventually(
      async () => (await queryDatabase<{ outcome: string }>(db(), `SELECT outcome FROM volunteer_participations WHERE activity_id = $1`, [activityId]))[0],
      60_000,
      'participation',
    );
    expect(row.outcome).toBe('indicator-unavailable');
    expect(await entriesFor(activityId)).toHaveLength(0);
  });
});
