import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { idNumberCheckCharacter } from '#platform/personal-data';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const idNumber = (birth: string, sequence: number) => {
  const first17 = `340800${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
};

describe('party members and transfers of floating members (through the gateway)', () => {
  let platform: TestPlatform;
  let committee: string;
  let sending: string;
  let receiving: string;
  let outsider: string;
  let sendingOrg: string;
  let receivingOrg: string;
  const api = () => request(platform.gatewayUrl);
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['party'] });
    committee = await platform.identity.token(['party-committee']);
    sending = await platform.identity.token(['org-secretary'], ['zone'], 'secretary-sending');
    receiving = await platform.identity.token(['org-secretary'], ['zone'], 'secretary-receiving');
    outsider = await platform.identity.token(['org-secretary'], ['zone'], 'secretary-other');
    const org = async (name: string, secretaryUserId: string) =>
      (
        await api()
          .post('/api/v1/party/organisations')
          .set(as(committee))
          .send({ name, type: 'branch', formationMode: 'platform', memberEntityCreditCodes: [], secretaryUserId })
          .expect(201)
      ).body.id as string;
    sendingOrg = await org('示例党支部（转出）', 'secretary-sending');
    receivingOrg = await org('示例党支部（转入）', 'secretary-receiving');
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('registers members with encrypted personal data, masked in every response, and refuses a second registration', async () => {
    const id = idNumber('19850612', 3);
    const created = await api()
      .post('/api/v1/party/members')
      .set(as(sending))
      .send({ organisationId: sendingOrg, name: '张某某', idNumber: id, phone: '13955612345', status: 'normal' })
      .expect(201);
    expect(created.body).toMatchObject({
      name: '张某某',
      maskedIdNumber: `${id.slice(0, 6)}********${id.slice(-4)}`,
      maskedPhone: '139****2345',
      status: 'normal',
    });
    expect(JSON.stringify(created.body)).not.toContain(id);
    const stored = await queryDatabase<Record<string, string>>(
      platform.databaseUrls.party!,
      `SELECT name_encrypted, id_number_encrypted, phone_encrypted FROM members`,
    );
    expect(JSON.stringify(stored)).not.toMatch(/张|340800|13955612345/);
    const duplicate = await api()
      .post('/api/v1/party/members')
      .set(as(committee))
      .send({ organisationId: receivingOrg, name: '张某某', idNumber: id, status: 'normal' })
      .expect(409);
    expect(duplicate.body.type).toBe('urn:zone-gov:problem:member-already-registered');
    await api()
      .post('/api/v1/party/members')
      .set(as(outsider))
      .send({ organisationId: sendingOrg, name: '李某', idNumber: idNumber('19900101', 5), status: 'normal' })
      .expect(403);
    await api()
      .post('/api/v1/party/members')
      .set(as(sending))
      .send({ externalOrganisation: '外地某支部', name: '李某', idNumber: idNumber('19900101', 5), status: 'floating' })
      .expect(403);
    await api().get(`/api/v1/party/members/${created.body.id}`).set(as(outsider)).expect(403);
    expect((await api().get('/api/v1/party/members').set(as(outsider)).expect(200)).body.items).toEqual([]);
  });

  it('walks a transfer through request, sending approval and receiving acceptance with working-day deadlines', async () => {
    const member = await api()
      .post('/api/v1/party/members')
      .set(as(sending))
      .send({ organisationId: sendingOrg, name: '王某某', idNumber: idNumber('19920304', 8), status: 'normal' })
      .expect(201);
    const body = { toOrganisationId: receivingOrg, reason: '在经开区快递企业稳定就业', on: '2026-09-30' };
    const notFloating = await api().post(`/api/v1/party/members/${member.body.id}/transfers`).set(as(sending)).send(body).expect(422);
    expect(notFloating.body.type).toBe('urn:zone-gov:problem:member-not-floating');
    await api().patch(`/api/v1/party/members/${member.body.id}`).set(as(sending)).send({ status: 'floating' }).expect(200);

    // 2026-09-30 + 5 working days skips the National Day holiday (1-7 October) and counts Saturday 10 October, a make-up working day.
    const requested = await api().post(`/api/v1/party/members/${member.body.id}/transfers`).set(as(receiving)).send(body).expect(201);
    expect(requested.body).toMatchObject({ status: 'requested', stageStartedOn: '2026-09-30', overdue: true });
    expect(requested.body.dueOn).toBe('2026-10-13');
    await api().post(`/api/v1/party/members/${member.body.id}/transfers`).set(as(committee)).send(body).expect(409);

    const transferId = requested.body.id;
    await api().post(`/api/v1/party/member-transfers/${transferId}/acceptance`).set(as(receiving)).send({}).expect(409);
    await api().post(`/api/v1/party/member-transfers/${transferId}/approval`).set(as(receiving)).send({}).expect(403);
    // Request → decision → completion: the decision cannot predate the request, nor the completion the decision.
    const decidedEarly = await api().post(`/api/v1/party/member-transfers/${transferId}/approval`).set(as(sending)).send({ on: '2026-09-29' }).expect(422);
    expect(decidedEarly.body).toMatchObject({
      type: 'urn:zone-gov:problem:date-order',
      detail: 'on 2026-09-29 is before the stage started on 2026-09-30.',
      earlier: { field: 'transfer.stageStartedOn', date: '2026-09-30' },
      later: { field: 'on', date: '2026-09-29' },
    });
    const approved = await api()
      .post(`/api/v1/party/member-transfers/${transferId}/approval`)
      .set(as(sending))
      .send({ on: '2026-10-09', note: '同意转出' })
      .expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', stageStartedOn: '2026-10-09', dueOn: '2026-10-15' });

    await api().post(`/api/v1/party/member-transfers/${transferId}/acceptance`).set(as(sending)).send({}).expect(403);
    const completedEarly = await api()
      .post(`/api/v1/party/member-transfers/${transferId}/acceptance`)
      .set(as(receiving))
      .send({ on: '2026-10-08' })
      .expect(422);
    expect(completedEarly.body).toMatchObject({
      type: 'urn:zone-gov:problem:date-order',
      earlier: { date: '2026-10-09' },
      later: { field: 'on', date: '2026-10-08' },
    });
    const completed = await api().post(`/api/v1/party/member-transfers/${transferId}/acceptance`).set(as(receiving)).send({ on: '2026-10-12' }).expect(200);
    expect(completed.body).toMatchObject({ status: 'completed', dueOn: null, overdue: false });
    expect(completed.body.history.map((step: { action: string; toStatus: string; actedOn: string }) => [step.action, step.toStatus, step.actedOn])).toEqual([
      ['request', 'requested', '2026-09-30'],
      ['approve', 'approved', '2026-10-09'],
      ['accept', 'completed', '2026-10-12'],
    ]);
    const moved = await api().get(`/api/v1/party/members/${member.body.id}`).set(as(receiving)).expect(200);
    expect(moved.body).toMatchObject({ organisationId: receivingOrg, status: 'normal', name: '王某某' });
    await api().get(`/api/v1/party/members/${member.body.id}`).set(as(sending)).expect(403);

    const events = await queryDatabase<{ envelope: { data: Record<string, unknown> } }>(
      platform.databaseUrls.party!,
      `SELECT envelope FROM outbox WHERE envelope->>'type' = 'zone.party.member-transferred.v1'`,
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.envelope.data).toMatchObject({
      memberId: member.body.id,
      transferId,
      fromOrganisationId: sendingOrg,
      toOrganisationId: receivingOrg,
      completedOn: '2026-10-12',
    });
    await api().post(`/api/v1/party/member-transfers/${transferId}/rejection`).set(as(receiving)).send({}).expect(409);
  });

  it('lets the committee register a "pocket" member held outside and record the external approval; the receiving side may reject', async () => {
    const member = await api()
      .post('/api/v1/party/members')
      .set(as(committee))
      .send({ externalOrganisation: '外地某社区党支部', name: '赵某某', idNumber: idNumber('19950101', 9), status: 'floating' })
      .expect(201);
    const requested = await api()
      .post(`/api/v1/party/members/${member.body.id}/transfers`)
      .set(as(receiving))
      .send({ toOrganisationId: receivingOrg, reason: '转入组织关系', on: '2026-06-01' })
      .expect(201);
    expect(requested.body).toMatchObject({ fromOrganisationId: null, fromExternalOrganisation: '外地某社区党支部' });
    await api().post(`/api/v1/party/member-transfers/${requested.body.id}/approval`).set(as(receiving)).send({}).expect(403);
    await api().post(`/api/v1/party/member-transfers/${requested.body.id}/approval`).set(as(committee)).send({ on: '2026-06-02' }).expect(200);
    const rejected = await api()
      .post(`/api/v1/party/member-transfers/${requested.body.id}/rejection`)
      .set(as(receiving))
      .send({ on: '2026-06-03', note: '材料不全' })
      .expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', dueOn: null });
    const listed = await api().get('/api/v1/party/member-transfers?status=rejected').set(as(receiving)).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([requested.body.id]);
    expect((await api().get('/api/v1/party/member-transfers').set(as(outsider)).expect(200)).body.items).toEqual([]);
  });
});
