import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { PiiCipher } from '#platform/personal-data';
import { creditCodeCheckCharacter } from '../apps/party/src/surveyed-entities/credit-code.js';
import { idNumberCheckCharacter } from '#platform/personal-data';
import { dropTestDatabases, eventually, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const code = (n: number) => {
  const first17 = `91340800MA${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
};
const idNumber = (birth: string, sequence: number) => {
  const first17 = `340800${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
};

describe('party organisations, mass organisations, instructors and volunteer activities (through the gateway)', () => {
  let platform: TestPlatform;
  let committee: string;
  let instructor: string;
  let otherInstructor: string;
  let secretary: string;
  let otherSecretary: string;
  let jointBranchId: string;
  const api = () => request(platform.gatewayUrl);
  const db = () => platform.databaseUrls.party!;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const ids: Record<number, string> = {};

  beforeAll(async () => {
    // Credit runs too: it announces the communities party accepts volunteer activities for.
    platform = await startTestPlatform({ events: 'in-process', services: ['party', 'credit'] });
    committee = await platform.identity.token(['party-committee']);
    const creditStaff = await platform.identity.token(['credit-staff']);
    await api()
      .post('/api/v1/credit/communities')
      .set(as(creditStaff))
      .send({ code: 'shengtang', name: '盛塘社区', subDistrictCode: 'lingbei', subDistrictName: '菱北办事处' })
      .expect(201);
    await eventually(
      async () => ((await queryDatabase(db(), `SELECT 1 FROM known_communities WHERE code = 'shengtang'`)).length === 1 ? true : undefined),
      30_000,
      'party to learn of shengtang',
    );
    instructor = await platform.identity.token(['party-instructor'], ['zone'], 'instructor-a');
    otherInstructor = await platform.identity.token(['party-instructor'], ['zone'], 'instructor-b');
    secretary = await platform.identity.token(['org-secretary'], ['zone'], 'secretary-a');
    otherSecretary = await platform.identity.token(['org-secretary'], ['zone'], 'secretary-b');
    for (const n of [1, 2, 3, 4]) {
      const created = await api()
        .post('/api/v1/party/entities')
        .set(as(committee))
        .send({ creditCode: code(n), name: `示例快递企业0${n}`, kind: 'enterprise', sector: 'express-logistics' })
        .expect(201);
      ids[n] = created.body.id;
      await api()
        .post('/api/v1/party/surveys')
        .set(as(committee))
        .send({
          creditCode: code(n),
          surveyedOn: '2026-03-10',
          ownerName: '王建国',
          ownerPoliticalStatus: 'non-member',
          operatingStatus: 'operating',
          employeeCount: 8,
          partyOrganisation: 'none',
          massOrganisations: [],
          partyMemberCount: n === 1 ? 3 : 1,
          surveyor: '摸排组一',
        })
        .expect(201);
    }
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  const colourOf = async (n: number) => (await api().get(`/api/v1/party/ledger/entries/${ids[n]}`).set(as(committee)).expect(200)).body.colour as string;

  it("establishes a joint branch, publishes organisation-established and recomputes its entities' colours", async () => {
    expect(await colourOf(1)).toBe('red');
    expect(await colourOf(2)).toBe('yellow');
    const committeeOrg = await api()
      .post('/api/v1/party/organisations')
      .set(as(committee))
      .send({ name: '建筑安装行业党委', type: 'committee', formationMode: 'platform', memberEntityCreditCodes: [], establishedOn: '2026-02-01' })
      .expect(201);
    const created = await api()
      .post('/api/v1/party/organisations')
      .set(as(committee))
      .send({
        name: '快递物流联合党支部',
        type: 'joint-branch',
        formationMode: 'joint',
        parentId: committeeOrg.body.id,
        memberEntityCreditCodes: [code(1), code(2)],
        secretaryUserId: 'secretary-a',
        secretaryName: '李明',
        memberCount: 4,
        establishedOn: '2026-03-15',
      })
      .expect(201);
    jointBranchId = created.body.id;
    expect(created.body).toMatchObject({ type: 'joint-branch', parentId: committeeOrg.body.id, secretaryName: '李明', memberCount: 4 });
    expect(created.body.memberEntities.map((entity: { creditCode: string }) => entity.creditCode)).toEqual([code(1), code(2)]);
    // Covered now, but without a trade union: yellow for both.
    expect(await colourOf(1)).toBe('yellow');
    expect(await colourOf(2)).toBe('yellow');
    const events = await queryDatabase<{ envelope: { data: { name: string; memberEntityCreditCodes: string[] } } }>(
      db(),
      `SELECT envelope FROM outbox WHERE envelope->>'type' = 'zone.party.organisation-established.v1' AND record_key = $1`,
      [jointBranchId],
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.envelope.data.memberEntityCreditCodes).toEqual([code(1), code(2)]);
    const stored = await queryDatabase<{ secretary_name_encrypted: string }>(db(), `SELECT secretary_name_encrypted FROM organisations WHERE id = $1`, [
      jointBranchId,
    ]);
    expect(stored[0]!.secretary_name_encrypted).not.toContain('李');
  });

  it('refuses inconsistent shapes, taken names and entities already covered', async () => {
    const base = { type: 'branch', formationMode: 'standalone', establishedOn: '2026-03-15' };
    const shape = await api()
      .post('/api/v1/party/organisations')
      .set(as(committee))
      .send({ ...base, name: '示例党支部A', memberEntityCreditCodes: [code(3), code(4)] })
      .expect(422);
    expect(shape.body.type).toBe('urn:zone-gov:problem:organisation-shape-invalid');
    const covered = await api()
      .post('/api/v1/party/organisations')
      .set(as(committee))
      .send({ ...base, name: '示例党支部B', memberEntityCreditCodes: [code(1)] })
      .expect(409);
    expect(covered.body.type).toBe('urn:zone-gov:problem:entity-already-covered');
    const taken = await api()
      .post('/api/v1/party/organisations')
      .set(as(committee))
      .send({ ...base, name: '快递物流联合党支部', memberEntityCreditCodes: [] })
      .expect(409);
    expect(taken.body.type).toBe('urn:zone-gov:problem:organisation-name-taken');
    await api()
      .post('/api/v1/party/organisations')
      .set(as(secretary))
      .send({ ...base, name: '示例党支部C', memberEntityCreditCodes: [] })
      .expect(403);
    // A joint organisation keeps at least two entities.
    await api().delete(`/api/v1/party/organisations/${jointBranchId}/member-entities/${ids[2]}`).set(as(committee)).expect(422);
  });

  it("lets a secretary manage only their own organisation, and masks the secretary's name for instructors", async () => {
    const own = await api().patch(`/api/v1/party/organisations/${jointBranchId}`).set(as(secretary)).send({ memberCount: 6 }).expect(200);
    expect(own.body.memberCount).toBe(6);
    await api().patch(`/api/v1/party/organisations/${jointBranchId}`).set(as(otherSecretary)).send({ memberCount: 7 }).expect(403);
    await api().patch(`/api/v1/party/organisations/${jointBranchId}`).set(as(secretary)).send({ secretaryUserId: 'secretary-b' }).expect(403);
    await api().get(`/api/v1/party/organisations/${jointBranchId}`).set(as(otherSecretary)).expect(403);
    const listed = await api().get('/api/v1/party/organisations').set(as(secretary)).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([jointBranchId]);
    const seenByInstructor = await api().get(`/api/v1/party/organisations/${jointBranchId}`).set(as(instructor)).expect(200);
    expect(seenByInstructor.body.secretaryName).toBe('李*');
  });

  it('turns covered entities green when their trade union is registered; repeats are refused', async () => {
    await api()
      .post('/api/v1/party/mass-organisations')
      .set(as(committee))
      .send({ creditCode: code(1), kind: 'trade-union', name: '示例快递企业01工会', establishedOn: '2026-03-20' })
      .expect(201);
    expect(await colourOf(1)).toBe('green');
    const again = await api()
      .post('/api/v1/party/mass-organisations')
      .set(as(committee))
      .send({ creditCode: code(1), kind: 'trade-union', name: '重复', establishedOn: '2026-03-20' })
      .expect(409);
    expect(again.body.type).toBe('urn:zone-gov:problem:mass-organisation-exists');
    const history = await api().get(`/api/v1/party/ledger/entries/${ids[1]}/changes`).set(as(committee)).expect(200);
    expect(history.body.items.map((item: { toColour: string }) => item.toColour)).toEqual(['green', 'yellow', 'red']);
  });

  it('gives instructors their assigned entities only, and lets them record surveys and visits there', async () => {
    await api()
      .post('/api/v1/party/instructors')
      .set(as(committee))
      .send({ userId: 'instructor-a', name: '示例指导员甲', entityCreditCodes: [code(3)] })
      .expect(201);
    await api().post('/api/v1/party/instructors').set(as(committee)).send({ userId: 'instructor-a', name: '重复', entityCreditCodes: [] }).expect(409);
    const entities = await api().get('/api/v1/party/entities').set(as(instructor)).expect(200);
    expect(entities.body.items.map((item: { creditCode: string }) => item.creditCode)).toEqual([code(3)]);
    await api().get(`/api/v1/party/entities/${ids[3]}`).set(as(otherInstructor)).expect(403);
    const surveys = await api()
      .get(`/api/v1/party/surveys?creditCode=${code(3)}`)
      .set(as(instructor))
      .expect(200);
    expect(surveys.body.items[0].ownerName).toBe('王**');
    const counts = await api().get('/api/v1/party/ledger/counts').set(as(instructor)).expect(200);
    expect(counts.body.total.total).toBe(1);

    await api()
      .post('/api/v1/party/instructor-visits')
      .set(as(instructor))
      .send({ creditCode: code(3), visitedOn: '2026-03-18', summary: '宣讲组建工会流程' })
      .expect(201);
    await api()
      .post('/api/v1/party/instructor-visits')
      .set(as(instructor))
      .send({ creditCode: code(4), visitedOn: '2026-03-18', summary: 'x' })
      .expect(403);
    await api()
      .post('/api/v1/party/instructor-visits')
      .set(as(otherInstructor))
      .send({ creditCode: code(3), visitedOn: '2026-03-18', summary: 'x' })
      .expect(403);
    const visits = await api()
      .get(`/api/v1/party/instructor-visits?creditCode=${code(3)}`)
      .set(as(committee))
      .expect(200);
    expect(visits.body.items).toEqual([expect.objectContaining({ instructorUserId: 'instructor-a', visitedOn: '2026-03-18' })]);
    const mine = await api().get('/api/v1/party/instructor-visits').set(as(otherInstructor)).expect(200);
    expect(mine.body.items).toEqual([]);
    await api()
      .post('/api/v1/party/mass-organisations')
      .set(as(instructor))
      .send({ creditCode: code(4), kind: 'trade-union', name: 'x', establishedOn: '2026-03-20' })
      .expect(403);
  });

  it('records a volunteer activity with encrypted participants and publishes one event carrying hashes and masked names', async () => {
    const yang = idNumber('19590315', 1);
    const chen = idNumber('19610722', 2);
    const body = {
      organisationId: jointBranchId,
      title: '核酸检测志愿服务',
      category: 'volunteer-activities',
      heldOn: '2026-04-18',
      communityCode: 'shengtang',
      participants: [
        { name: '杨国华', idNumber: yang },
        { name: '陈某某', idNumber: chen.toLowerCase() },
      ],
    };
    await api().post('/api/v1/party/volunteer-activities').set(as(otherSecretary)).send(body).expect(403);
    const bad = await api()
      .post('/api/v1/party/volunteer-activities')
      .set(as(secretary))
      .send({ ...body, participants: [{ name: '杨国华', idNumber: yang.slice(0, 17) + (yang.endsWith('1') ? '2' : '1') }] })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('participants.0.idNumber');
    await api()
      .post('/api/v1/party/volunteer-activities')
      .set(as(secretary))
      .send({ ...body, participants: [body.participants[0], body.participants[0]] })
      .expect(422);

    const send = () => api().post('/api/v1/party/volunteer-activities').set(as(secretary)).set('idempotency-key', 'activity-0001-retry').send(body).expect(201);
    const created = await send();
    const retried = await send();
    expect(retried.body.id).toBe(created.body.id);
    // Recorded again without the key (another device, another person): refused, so it is announced once.
    const again = await api().post('/api/v1/party/volunteer-activities').set(as(committee)).send(body).expect(409);
    expect(again.body.type).toBe('urn:zone-gov:problem:activity-already-recorded');
    expect(created.body.participants.map((participant: { maskedName: string; maskedIdNumber: string }) => participant.maskedIdNumber).sort()).toEqual(
      [`${chen.slice(0, 6)}********${chen.slice(-4)}`, `${yang.slice(0, 6)}********${yang.slice(-4)}`].sort(),
    );

    const cipher = new PiiCipher(platform.identity.pii.encryptionKey, platform.identity.pii.hashKey);
    const events = await queryDatabase<{ envelope: { data: { activityId: string; participants: { residentIdHash: string; maskedName: string }[] } } }>(
      db(),
      `SELECT envelope FROM outbox WHERE envelope->>'type' = 'zone.party.volunteer-activity-recorded.v1'`,
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.envelope.data.activityId).toBe(created.body.id);
    expect(events[0]!.envelope.data.participants.map((participant) => [participant.residentIdHash, participant.maskedName]).sort()).toEqual(
      [
        [cipher.lookupHash(yang), '杨**'],
        [cipher.lookupHash(chen), '陈**'],
      ].sort(),
    );
    const stored = await queryDatabase<{ resident_id_encrypted: string; resident_id_hash: string }>(
      db(),
      `SELECT resident_id_encrypted, resident_id_hash FROM volunteer_participants`,
    );
    expect(stored.every((row) => !row.resident_id_encrypted.includes('340800'))).toBe(true);
    expect(JSON.stringify(events[0]!.envelope)).not.toContain(yang);

    const listed = await api().get('/api/v1/party/volunteer-activities').set(as(otherSecretary)).expect(200);
    expect(listed.body.items).toEqual([]);
    const own = await api().get(`/api/v1/party/volunteer-activities?organisationId=${jointBranchId}`).set(as(secretary)).expect(200);
    expect(own.body.items).toHaveLength(1);
  });
});
