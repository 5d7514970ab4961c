import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { randomUUID } from 'node:crypto';
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
  let otherSecretary: string;
  let entityCount = 0;
  let branchCount = 0;
  const api = () => request(platform.gatewayUrl);
  const db = () => platform.databaseUrls.party!;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  type Entity = { id: string; creditCode: string };

  /** A new express company, surveyed without a party organisation: red with three party members, yellow with one. */
  async function surveyedEntity(partyMemberCount: number): Promise<Entity> {
    entityCount += 1;
    const creditCode = code(entityCount);
    const created = await api()
      .post('/api/v1/party/entities')
      .set(as(committee))
      .send({ creditCode, name: `示例快递企业${String(entityCount).padStart(2, '0')}`, kind: 'enterprise', sector: 'express-logistics' })
      .expect(201);
    await api()
      .post('/api/v1/party/surveys')
      .set(as(committee))
      .send({
        creditCode,
        surveyedOn: '2026-03-10',
        ownerName: '王建国',
        ownerPoliticalStatus: 'non-member',
        operatingStatus: 'operating',
        employeeCount: 8,
        partyOrganisation: 'none',
        massOrganisations: [],
        partyMemberCount,
        surveyor: '摸排组一',
      })
      .expect(201);
    return { id: created.body.id, creditCode };
  }

  /** A joint branch under a new committee covering the two entities, with a secretary of its own whose token is returned. */
  async function establishJointBranch(entities: Entity[]) {
    branchCount += 1;
    const committeeOrg = await api()
      .post('/api/v1/party/organisations')
      .set(as(committee))
      .send({ name: `建筑安装行业党委${branchCount}`, type: 'committee', formationMode: 'platform', memberEntityCreditCodes: [], establishedOn: '2026-02-01' })
      .expect(201);
    const secretaryUserId = `secretary-${branchCount}`;
    const created = await api()
      .post('/api/v1/party/organisations')
      .set(as(committee))
      .send({
        name: `快递物流联合党支部${branchCount}`,
        type: 'joint-branch',
        formationMode: 'joint',
        parentId: committeeOrg.body.id,
        memberEntityCreditCodes: entities.map((entity) => entity.creditCode),
        secretaryUserId,
        secretaryName: '李明',
        memberCount: 4,
        establishedOn: '2026-03-15',
      })
      .expect(201);
    const secretary = await platform.identity.token(['org-secretary'], ['zone'], secretaryUserId);
    return { branch: created.body, parentId: committeeOrg.body.id as string, secretary, entities };
  }

  const jointBranchOverNewEntities = async () => establishJointBranch([await surveyedEntity(3), await surveyedEntity(1)]);

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
    // A secretary of no organisation.
    otherSecretary = await platform.identity.token(['org-secretary'], ['zone'], 'secretary-none');
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  const colourOf = async (entity: Entity) =>
    (await api().get(`/api/v1/party/ledger/entries/${entity.id}`).set(as(committee)).expect(200)).body.colour as string;

  it("establishes a joint branch, publishes organisation-established and recomputes its entities' colours", async () => {
    const red = await surveyedEntity(3);
    const yellow = await surveyedEntity(1);
    expect(await colourOf(red)).toBe('red');
    expect(await colourOf(yellow)).toBe('yellow');
    const { branch, parentId } = await establishJointBranch([red, yellow]);
    const jointBranchId = branch.id as string;
    expect(branch).toMatchObject({ type: 'joint-branch', parentId, secretaryName: '李明', memberCount: 4 });
    expect(branch.memberEntities.map((entity: { creditCode: string }) => entity.creditCode)).toEqual([red.creditCode, yellow.creditCode]);
    // Covered now, but without a trade union: yellow for both.
    expect(await colourOf(red)).toBe('yellow');
    expect(await colourOf(yellow)).toBe('yellow');
    const events = await queryDatabase<{ envelope: { data: { name: string; memberEntityCreditCodes: string[] } } }>(
      db(),
      `SELECT envelope FROM outbox WHERE envelope->>'type' = 'zone.party.organisation-established.v1' AND record_key = $1`,
      [jointBranchId],
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.envelope.data.memberEntityCreditCodes).toEqual([red.creditCode, yellow.creditCode]);
    const stored = await queryDatabase<{ secretary_name_encrypted: string }>(db(), `SELECT secretary_name_encrypted FROM organisations WHERE id = $1`, [
      jointBranchId,
    ]);
    expect(stored[0]!.secretary_name_encrypted).not.toContain('李');
  });

  it('refuses inconsistent shapes, taken names and entities already covered', async () => {
    const {
      branch,
      entities: [covered, other],
    } = await jointBranchOverNewEntities();
    const uncovered = [await surveyedEntity(1), await surveyedEntity(1)];
    const base = { type: 'branch', formationMode: 'standalone', establishedOn: '2026-03-15' };
    const shape = await api()
      .post('/api/v1/party/organisations')
      .set(as(committee))
      .send({ ...base, name: '示例党支部A', memberEntityCreditCodes: uncovered.map((entity) => entity.creditCode) })
      .expect(422);
    expect(shape.body.type).toBe('urn:zone-gov:problem:organisation-shape-invalid');
    const alreadyCovered = await api()
      .post('/api/v1/party/organisations')
      .set(as(committee))
      .send({ ...base, name: '示例党支部B', memberEntityCreditCodes: [covered!.creditCode] })
      .expect(409);
    expect(alreadyCovered.body.type).toBe('urn:zone-gov:problem:entity-already-covered');
    const taken = await api()
      .post('/api/v1/party/organisations')
      .set(as(committee))
      .send({ ...base, name: branch.name, memberEntityCreditCodes: [] })
      .expect(409);
    expect(taken.body.type).toBe('urn:zone-gov:problem:organisation-name-taken');
    await api()
      .post('/api/v1/party/organisations')
      .set(as(otherSecretary))
      .send({ ...base, name: '示例党支部C', memberEntityCreditCodes: [] })
      .expect(403);
    // A joint organisation keeps at least two entities.
    await api().delete(`/api/v1/party/organisations/${branch.id}/member-entities/${other!.id}`).set(as(committee)).expect(422);
  });

  it("lets a secretary manage only their own organisation, and masks the secretary's name for instructors", async () => {
    const { branch, secretary } = await jointBranchOverNewEntities();
    const jointBranchId = branch.id as string;
    const own = await api().patch(`/api/v1/party/organisations/${jointBranchId}`).set(as(secretary)).send({ memberCount: 6 }).expect(200);
    expect(own.body.memberCount).toBe(6);
    await api().patch(`/api/v1/party/organisations/${jointBranchId}`).set(as(otherSecretary)).send({ memberCount: 7 }).expect(403);
    await api().patch(`/api/v1/party/organisations/${jointBranchId}`).set(as(secretary)).send({ secretaryUserId: 'secretary-none' }).expect(403);
    await api().get(`/api/v1/party/organisations/${jointBranchId}`).set(as(otherSecretary)).expect(403);
    const listed = await api().get('/api/v1/party/organisations').set(as(secretary)).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([jointBranchId]);
    const seenByInstructor = await api().get(`/api/v1/party/organisations/${jointBranchId}`).set(as(instructor)).expect(200);
    expect(seenByInstructor.body.secretaryName).toBe('李*');
  });

  it('turns covered entities green when their trade union is registered; repeats are refused', async () => {
    const red = await surveyedEntity(3);
    await establishJointBranch([red, await surveyedEntity(1)]);
    await api()
      .post('/api/v1/party/mass-organisations')
      .set(as(committee))
      .send({ creditCode: red.creditCode, kind: 'trade-union', name: '示例快递企业工会', establishedOn: '2026-03-20' })
      .expect(201);
    expect(await colourOf(red)).toBe('green');
    const again = await api()
      .post('/api/v1/party/mass-organisations')
      .set(as(committee))
      .send({ creditCode: red.creditCode, kind: 'trade-union', name: '重复', establishedOn: '2026-03-20' })
      .expect(409);
    expect(again.body.type).toBe('urn:zone-gov:problem:mass-organisation-exists');
    const history = await api().get(`/api/v1/party/ledger/entries/${red.id}/changes`).set(as(committee)).expect(200);
    expect(history.body.items.map((item: { toColour: string }) => item.toColour)).toEqual(['green', 'yellow', 'red']);
  });

  it('gives instructors their assigned entities only, and lets them record surveys and visits there', async () => {
    const assigned = await surveyedEntity(1);
    const unassigned = await surveyedEntity(1);
    await api()
      .post('/api/v1/party/instructors')
      .set(as(committee))
      .send({ userId: 'instructor-a', name: '示例指导员甲', entityCreditCodes: [assigned.creditCode] })
      .expect(201);
    await api().post('/api/v1/party/instructors').set(as(committee)).send({ userId: 'instructor-a', name: '重复', entityCreditCodes: [] }).expect(409);
    const entities = await api().get('/api/v1/party/entities').set(as(instructor)).expect(200);
    expect(entities.body.items.map((item: { creditCode: string }) => item.creditCode)).toEqual([assigned.creditCode]);
    await api().get(`/api/v1/party/entities/${assigned.id}`).set(as(otherInstructor)).expect(403);
    const surveys = await api().get(`/api/v1/party/surveys?creditCode=${assigned.creditCode}`).set(as(instructor)).expect(200);
    expect(surveys.body.items[0].ownerName).toBe('王**');
    const counts = await api().get('/api/v1/party/ledger/counts').set(as(instructor)).expect(200);
    expect(counts.body.total.total).toBe(1);

    await api()
      .post('/api/v1/party/instructor-visits')
      .set(as(instructor))
      .send({ creditCode: assigned.creditCode, visitedOn: '2026-03-18', summary: '宣讲组建工会流程' })
      .expect(201);
    await api()
      .post('/api/v1/party/instructor-visits')
      .set(as(instructor))
      .send({ creditCode: unassigned.creditCode, visitedOn: '2026-03-18', summary: 'x' })
      .expect(403);
    await api()
      .post('/api/v1/party/instructor-visits')
      .set(as(otherInstructor))
      .send({ creditCode: assigned.creditCode, visitedOn: '2026-03-18', summary: 'x' })
      .expect(403);
    const visits = await api().get(`/api/v1/party/instructor-visits?creditCode=${assigned.creditCode}`).set(as(committee)).expect(200);
    expect(visits.body.items).toEqual([expect.objectContaining({ instructorUserId: 'instructor-a', visitedOn: '2026-03-18' })]);
    const mine = await api().get('/api/v1/party/instructor-visits').set(as(otherInstructor)).expect(200);
    expect(mine.body.items).toEqual([]);
    await api()
      .post('/api/v1/party/mass-organisations')
      .set(as(instructor))
      .send({ creditCode: unassigned.creditCode, kind: 'trade-union', name: 'x', establishedOn: '2026-03-20' })
      .expect(403);
  });

  it('records a volunteer activity with encrypted participants and publishes one event carrying hashes and masked names', async () => {
    const { branch, secretary } = await jointBranchOverNewEntities();
    const jointBranchId = branch.id as string;
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
    const unknownOrganisation = await api()
      .post('/api/v1/party/volunteer-activities')
      .set(as(committee))
      .send({ ...body, organisationId: randomUUID() })
      .expect(422);
    expect(unknownOrganisation.body.type).toBe('urn:zone-gov:problem:organisation-not-found');
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
      `SELECT envelope FROM outbox WHERE envelope->>'type' = 'zone.party.volunteer-activity-recorded.v1' AND envelope->'data'->>'organisationId' = $1`,
      [jointBranchId],
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
      `SELECT resident_id_encrypted, resident_id_hash FROM volunteer_participants WHERE activity_id = $1`,
      [created.body.id],
    );
    expect(stored).toHaveLength(2);
    expect(stored.every((row) => !row.resident_id_encrypted.includes('340800'))).toBe(true);
    expect(JSON.stringify(events[0]!.envelope)).not.toContain(yang);

    const listed = await api().get('/api/v1/party/volunteer-activities').set(as(otherSecretary)).expect(200);
    expect(listed.body.items).toEqual([]);
    const own = await api().get(`/api/v1/party/volunteer-activities?organisationId=${jointBranchId}`).set(as(secretary)).expect(200);
    expect(own.body.items).toHaveLength(1);
    expect(own.body.items[0]).toMatchObject({ id: created.body.id, organisationId: jointBranchId, organisationName: branch.name });
    const unknownFilter = await api().get(`/api/v1/party/volunteer-activities?organisationId=${randomUUID()}`).set(as(committee)).expect(404);
    expect(unknownFilter.body.type).toBe('urn:zone-gov:problem:organisation-not-found');
  });
});
