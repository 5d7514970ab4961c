import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { VolunteerActivityRecorded, type EventEnvelope } from '#contracts';
import { buildEnvelope } from '#messaging';
import { idNumberCheckCharacter, SpanKind } from '#platform';
import { awaitPartitionHandled } from './support/kafka-control.js';
import { consumersJoined, dropTestDatabases, eventually, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const idNumber = (birth: string, sequence: number) => {
  const first17 = `340800${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
};

/**
 * Party → credit over a real Kafka broker: a secretary records a volunteer activity through the gateway,
 * the party service publishes it once, and the real credit service awards each known participant once.
 */
describe('volunteer activity from party to credit points over Kafka', () => {
  let platform: TestPlatform;
  let committee: string;
  let secretary: string;
  let creditStaff: string;
  let organisationId: string;
  const yang = idNumber('19590315', 1);
  const chen = idNumber('19610722', 2);
  const stranger = idNumber('19900101', 7);
  const residents: Record<string, string> = {};
  // Every app in this process records its spans here, as an OTLP exporter would ship them.
  const spans = new InMemorySpanExporter();
  const tracing = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });

  beforeAll(async () => {
    tracing.register();
    platform = await startTestPlatform({
      events: 'kafka',
      services: ['party', 'credit'],
      messaging: { retryPolicy: { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 200 } },
    });
    committee = await platform.identity.token(['party-committee']);
    secretary = await platform.identity.token(['org-secretary'], ['zone'], 'secretary-shengtang');
    creditStaff = await platform.identity.token(['credit-staff'], ['zone'], 'staff-zone');
    const credit = (path: string, body: object) =>
      request(platform.gatewayUrl).post(`/api/v1/credit${path}`).set('authorization', `Bearer ${creditStaff}`).send(body).expect(201);
    await credit('/communities', { code: 'shengtang', name: '盛塘', subDistrictCode: 'lingbei', subDistrictName: '菱北办事处' });
    await credit('/households', { communityCode: 'shengtang', householdNumber: 'ST-0001' });
    await credit('/indicators', { code: 'VOL-01', category: 'volunteer-activities', name: '参加党建引领志愿服务活动', points: 4, limitPerPeriod: 12 });
    for (const [name, id] of [
      ['杨国华', yang],
      ['陈某某', chen],
    ] as const) {
      const created = await credit('/residents', { communityCode: 'shengtang', householdNumber: 'ST-0001', name, idNumber: id });
      residents[id] = created.body.id;
    }
    const organisation = await request(platform.gatewayUrl)
      .post('/api/v1/party/organisations')
      .set('authorization', `Bearer ${committee}`)
      .send({
        name: '示例社区党支部',
        type: 'branch',
        formationMode: 'platform',
        memberEntityCreditCodes: [],
        secretaryUserId: 'secretary-shengtang',
        establishedOn: '2026-01-10',
      })
      .expect(201);
    organisationId = organisation.body.id;
    await consumersJoined(platform.serviceUrls.credit!);
    // Party accepts activities only for communities credit announced.
    await eventually(
      async () =>
        (await queryDatabase(platform.databaseUrls.party!, `SELECT 1 FROM known_communities WHERE code = 'shengtang'`)).length === 1 ? true : undefined,
      60_000,
      'party to learn of shengtang from credit',
    );
  });

  afterAll(async () => {
    await platform?.close();
    await tracing.shutdown();
    await dropTestDatabases();
  });

  it('awards each known participant exactly once, even when the secretary retries the request', async () => {
    const body = {
      organisationId,
      title: '核酸检测志愿服务',
      category: 'volunteer-activities',
      heldOn: '2026-04-18',
      communityCode: 'shengtang',
      participants: [
        { name: '杨国华', idNumber: yang },
        { name: '陈某某', idNumber: chen.toLowerCase() },
        { name: '赵某某', idNumber: stranger },
      ],
    };
    const send = () =>
      request(platform.gatewayUrl)
        .post('/api/v1/party/volunteer-activities')
        .set('authorization', `Bearer ${secretary}`)
        .set('idempotency-key', 'nucleic-acid-0418')
        .send(body)
        .expect(201);
    const created = await send();
    await send();
    const activityId: string = created.body.id;

    const outcomes = await eventually(
      async () => {
        const rows = await queryDatabase<{ outcome: string }>(
          platform.databaseUrls.credit!,
          `SELECT outcome FROM volunteer_participations WHERE activity_id = $1`,
          [activityId],
        );
        return rows.length === 3 ? rows.map((row) => row.outcome).sort() : undefined;
      },
      60_000,
      'credit to record the participations',
    );
    expect(outcomes).toEqual(['awarded', 'awarded', 'unmatched']);

    const published = await queryDatabase<{ published_at: Date | null }>(
      platform.databaseUrls.party!,
      `SELECT published_at FROM outbox WHERE record_key = $1`,
      [activityId],
    );
    expect(published).toHaveLength(1);
    expect(published[0]!.published_at).not.toBeNull();
    // A stray second delivery would sit before a later activity on the same partition: count once credit has handled one.
    const later = randomUUID();
    const marker = buildEnvelope(VolunteerActivityRecorded, later, {
      ...VolunteerActivityRecorded.example,
      activityId: later,
      recordedAt: new Date().toISOString(),
    });
    await awaitPartitionHandled(VolunteerActivityRecorded.topic, activityId, marker, platform.databaseUrls.credit!);
    const entries = await queryDatabase<{ resident_id: string; score_delta: number }>(
      platform.databaseUrls.credit!,
      `SELECT resident_id, score_delta FROM ledger_entries WHERE evidence = $1`,
      [`volunteer-activity:${activityId}`],
    );
    expect(entries.map((entry) => entry.resident_id).sort()).toEqual(Object.values(residents).sort());
    expect(entries.every((entry) => entry.score_delta === 4)).toBe(true);
  });

  it("follows one trace from the party API call through the gateway, the outbox and Kafka to credit's award", async () => {
    spans.reset();
    const created = await request(platform.gatewayUrl)
      .post('/api/v1/party/volunteer-activities')
      .set('authorization', `Bearer ${secretary}`)
      .send({
        organisationId,
        title: '敬老院志愿服务',
        category: 'volunteer-activities',
        heldOn: '2026-05-09',
        communityCode: 'shengtang',
        participants: [{ name: '杨国华', idNumber: yang }],
      })
      .expect(201);
    const activityId: string = created.body.id;
    const awards = await eventually(
      async () => {
        const rows = await queryDatabase<{ envelope: EventEnvelope }>(
          platform.databaseUrls.credit!,
          `SELECT o.envelope FROM outbox o JOIN ledger_entries e ON o.envelope->'data'->>'entryId' = e.id::text WHERE o.type = 'zone.credit.points-awarded.v1' AND e.evidence = $1`,
          [`volunteer-activity:${activityId}`],
        );
        return rows.length === 1 ? rows : undefined;
      },
      60_000,
      'credit to award the participant',
    );

    // The trace this request started, as the outbox row carried it on: spans of other tests' deliveries that
    // finish meanwhile belong to other traces.
    const [recorded] = await queryDatabase<{ envelope: EventEnvelope }>(platform.databaseUrls.party!, `SELECT envelope FROM outbox WHERE record_key = $1`, [
      activityId,
    ]);
    const traceId = recorded!.envelope.traceparent!.split('-')[1]!;
    const inTrace = (scope: string, kind: number, name: string): ReadableSpan[] =>
      spans
        .getFinishedSpans()
        .filter((span) => span.spanContext().traceId === traceId && span.instrumentationScope.name === scope && span.kind === kind && span.name === name);
    // The consumer's span ends just after the award commits.
    await eventually(async () => (inTrace('credit', SpanKind.CONSUMER, 'process zone.party.volunteer-activity-recorded.v1').length > 0 ? true : undefined));
    const only = (scope: string, kind: number, name: string): ReadableSpan => {
      const matching = inTrace(scope, kind, name);
      expect(matching).toHaveLength(1);
      return matching[0]!;
    };
    const gateway = only('gateway', SpanKind.SERVER, 'POST /api/v1/:service/*');
    const party = only('party', SpanKind.SERVER, 'POST /api/v1/party/volunteer-activities');
    const consumer = only('credit', SpanKind.CONSUMER, 'process zone.party.volunteer-activity-recorded.v1');
    expect(gateway.parentSpanContext).toBeUndefined();
    expect(party.parentSpanContext?.spanId).toBe(gateway.spanContext().spanId);
    expect(consumer.parentSpanContext?.spanId).toBe(party.spanContext().spanId);
    expect(consumer.attributes['zone.delivery.outcome']).toBe('applied');

    // The context travelled in the outbox row's envelope, and goes on in the events the award caused.
    expect(recorded!.envelope.traceparent).toBe(`00-${traceId}-${party.spanContext().spanId}-01`);
    expect(awards[0]!.envelope.traceparent).toBe(`00-${traceId}-${consumer.spanContext().spanId}-01`);
  });

  /** Records an activity through party and waits until credit has recorded all its participants. */
  async function recordActivity(title: string, heldOn: string, participants: { name: string; idNumber: string }[]): Promise<string> {
    const created = await request(platform.gatewayUrl)
      .post('/api/v1/party/volunteer-activities')
      .set('authorization', `Bearer ${secretary}`)
      .send({ organisationId, title, category: 'volunteer-activities', heldOn, communityCode: 'shengtang', participants })
      .expect(201);
    const activityId: string = created.body.id;
    await eventually(
      async () =>
        (await queryDatabase(platform.databaseUrls.credit!, `SELECT 1 FROM volunteer_participations WHERE activity_id = $1`, [activityId])).length ===
        participants.length
          ? true
          : undefined,
      60_000,
      'credit to record the participations',
    );
    return activityId;
  }

  const awardsOf = (activityId: string) =>
    queryDatabase<{ resident_id: string; idempotency_key: string }>(
      platform.databaseUrls.credit!,
      `SELECT resident_id, idempotency_key FROM ledger_entries WHERE evidence = $1`,
      [`volunteer-activity:${activityId}`],
    );

  it('awards a volunteer credit did not know once they are registered, exactly once, and a redelivered activity adds nothing', async () => {
    const latecomer = idNumber('19750505', 11);
    const activityId = await recordActivity('河道清理志愿服务', '2026-05-16', [{ name: '孙某某', idNumber: latecomer }]);
    const listed = await request(platform.gatewayUrl)
      .get(`/api/v1/credit/volunteer-participations?activityId=${activityId}&outcome=unmatched`)
      .set('authorization', `Bearer ${creditStaff}`)
      .expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ activityId, maskedName: '孙**', residentId: null, outcome: 'unmatched' })]);
    expect(await awardsOf(activityId)).toEqual([]);

    const registered = await request(platform.gatewayUrl)
      .post('/api/v1/credit/residents')
      .set('authorization', `Bearer ${creditStaff}`)
      .send({ communityCode: 'shengtang', householdNumber: 'ST-0001', name: '孙某某', idNumber: latecomer })
      .expect(201);
    const residentId: string = registered.body.id;
    // Matched in the registration's own transaction: no waiting.
    const matched = await request(platform.gatewayUrl)
      .get(`/api/v1/credit/volunteer-participations?activityId=${activityId}`)
      .set('authorization', `Bearer ${creditStaff}`)
      .expect(200);
    expect(matched.body.items).toEqual([expect.objectContaining({ residentId, outcome: 'awarded', ledgerEntryId: expect.any(String) })]);
    expect(await awardsOf(activityId)).toEqual([{ resident_id: residentId, idempotency_key: `volunteer-activity:${activityId}:${residentId}` }]);

    // The same activity published again under a new event id awards nothing more.
    const [recorded] = await queryDatabase<{ envelope: EventEnvelope }>(platform.databaseUrls.party!, `SELECT envelope FROM outbox WHERE record_key = $1`, [
      activityId,
    ]);
    const again = buildEnvelope(VolunteerActivityRecorded, activityId, recorded!.envelope.data as never);
    await awaitPartitionHandled(VolunteerActivityRecorded.topic, activityId, again, platform.databaseUrls.credit!);
    expect(await awardsOf(activityId)).toHaveLength(1);
    const resident = await request(platform.gatewayUrl).get(`/api/v1/credit/residents/${residentId}`).set('authorization', `Bearer ${creditStaff}`).expect(200);
    expect(resident.body.creditScore).toBe(4);
  });

  it('lets staff apply an unmatched participation to a resident once, audited', async () => {
    // Registered for the activity with a mistyped ID number: no automatic match is possible.
    const typed = idNumber('19800808', 21);
    const actual = idNumber('19800808', 22);
    const activityId = await recordActivity('垃圾分类宣传志愿服务', '2026-05-23', [{ name: '周某某', idNumber: typed }]);
    const registered = await request(platform.gatewayUrl)
      .post('/api/v1/credit/residents')
      .set('authorization', `Bearer ${creditStaff}`)
      .send({ communityCode: 'shengtang', householdNumber: 'ST-0001', name: '周某某', idNumber: actual })
      .expect(201);
    const residentId: string = registered.body.id;
    const [row] = await queryDatabase<{ participant_id: string; outcome: string }>(
      platform.databaseUrls.credit!,
      `SELECT participant_id, outcome FROM volunteer_participations WHERE activity_id = $1`,
      [activityId],
    );
    expect(row!.outcome).toBe('unmatched');
    const path = `/api/v1/credit/volunteer-participations/${activityId}/${row!.participant_id}/application`;
    const body = { residentId, note: '报名时身份证号录入有误，经社区核实为本人' };
    await request(platform.gatewayUrl).post(path).set('authorization', `Bearer ${secretary}`).send(body).expect(403);
    const applied = await request(platform.gatewayUrl).post(path).set('authorization', `Bearer ${creditStaff}`).send(body).expect(200);
    expect(applied.body).toMatchObject({ activityId, residentId, outcome: 'awarded', ledgerEntryId: expect.any(String) });
    const again = await request(platform.gatewayUrl).post(path).set('authorization', `Bearer ${creditStaff}`).send(body).expect(409);
    expect(again.body).toMatchObject({ type: 'urn:zone-gov:problem:participation-already-applied', outcome: 'awarded' });
    expect(await awardsOf(activityId)).toEqual([{ resident_id: residentId, idempotency_key: `volunteer-activity:${activityId}:${residentId}` }]);
    const audit = await queryDatabase<{ actor_id: string; details: { how: string; note: string } }>(
      platform.databaseUrls.credit!,
      `SELECT actor_id, details FROM audit_log WHERE action = 'volunteer-participation.apply' AND target_id = $1`,
      [`${activityId}:${row!.participant_id}`],
    );
    expect(audit).toEqual([
      expect.objectContaining({ actor_id: 'staff-zone', details: expect.objectContaining({ how: 'applied-by-staff', note: body.note }) }),
    ]);
  });

  it('refuses a community credit has not announced, naming the code, and accepts one once credit announces it', async () => {
    const body = {
      organisationId,
      title: '乌岭社区环境整治',
      category: 'volunteer-activities',
      heldOn: '2026-05-30',
      communityCode: 'nowhere',
      participants: [{ name: '杨国华', idNumber: yang }],
    };
    const post = (communityCode: string) =>
      request(platform.gatewayUrl)
        .post('/api/v1/party/volunteer-activities')
        .set('authorization', `Bearer ${secretary}`)
        .send({ ...body, communityCode });
    const unknown = await post('nowhere').expect(422);
    expect(unknown.body).toMatchObject({
      type: 'urn:zone-gov:problem:community-unknown',
      communityCode: 'nowhere',
      errors: [expect.objectContaining({ field: 'communityCode' })],
    });
    expect(unknown.body.detail).toContain('"nowhere"');

    await request(platform.gatewayUrl)
      .post('/api/v1/credit/communities')
      .set('authorization', `Bearer ${creditStaff}`)
      .send({ code: 'wuling', name: '乌岭社区', subDistrictCode: 'lingbei', subDistrictName: '菱北办事处' })
      .expect(201);
    // The announcement travels over Kafka: until it arrives party answers 422 and the client retries.
    const accepted = await eventually(
      async () => {
        const response = await post('wuling');
        if (response.status === 422) return undefined;
        return response;
      },
      60_000,
      'party to learn of wuling from credit',
    );
    expect(accepted.status).toBe(201);
    expect(accepted.body.communityCode).toBe('wuling');
    const audit = await queryDatabase(platform.databaseUrls.party!, `SELECT 1 FROM audit_log WHERE action = 'known-community.record' AND target_id = 'wuling'`);
    expect(audit).toHaveLength(1);
  });
});
