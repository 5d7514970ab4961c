import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { dropTestDatabases } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

describe('demands of new-employment groups: collected, planned, followed up to closure (through the gateway)', () => {
  let platform: TestPlatform;
  let committee: string;
  let instructor: string;
  let secretary: string;
  const api = () => request(platform.gatewayUrl);
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['party'] });
    committee = await platform.identity.token(['party-committee']);
    instructor = await platform.identity.token(['party-instructor'], ['zone'], 'instructor-a');
    secretary = await platform.identity.token(['org-secretary'], ['zone'], 'secretary-a');
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('follows a demand from collection to closure, keeping every step, and refuses steps out of order', async () => {
    const station = await api()
      .post('/api/v1/party/red-stations')
      .set(as(committee))
      .send({ name: '示例驿站', address: '安庆经开区示例地址', latitude: '30.5', longitude: '117', openingHours: '08:00-20:00', amenities: ['water'] })
      .expect(201);
    const demand = await api()
      .post('/api/v1/party/worker-demands')
      .set(as(instructor))
      .send({
        workerGroup: 'delivery-rider',
        title: '夜间缺少热水和充电点',
        details: '骑手反映晚上十点后无处补充热水。',
        collectedOn: '2026-04-02',
        redStationId: station.body.id,
      })
      .expect(201);
    expect(demand.body).toMatchObject({ status: 'collected', plan: null, redStationId: station.body.id });
    const id = demand.body.id;
    await api()
      .post('/api/v1/party/worker-demands')
      .set(as(secretary))
      .send({ workerGroup: 'courier', title: 'x', details: 'x', collectedOn: '2026-04-02' })
      .expect(403);

    const early = await api().post(`/api/v1/party/worker-demands/${id}/closure`).set(as(committee)).send({ note: '已解决' }).expect(409);
    expect(early.body.type).toBe('urn:zone-gov:problem:demand-state-conflict');
    await api().post(`/api/v1/party/worker-demands/${id}/plan`).set(as(instructor)).send({ note: 'x' }).expect(403);
    await api().post(`/api/v1/party/worker-demands/${id}/plan`).set(as(committee)).send({ note: '协调驿站延长开放至23:00，增设充电柜。' }).expect(200);
    await api().post(`/api/v1/party/worker-demands/${id}/follow-ups`).set(as(instructor)).send({ note: '充电柜已到货，待安装。' }).expect(200);
    const closed = await api().post(`/api/v1/party/worker-demands/${id}/closure`).set(as(committee)).send({ note: '已延长开放并安装充电柜。' }).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', plan: '协调驿站延长开放至23:00，增设充电柜。', outcome: '已延长开放并安装充电柜。' });
    expect(closed.body.history.map((step: { action: string }) => step.action)).toEqual(['collect', 'plan', 'follow-up', 'close']);
    await api().post(`/api/v1/party/worker-demands/${id}/follow-ups`).set(as(instructor)).send({ note: 'x' }).expect(409);

    const listed = await api().get('/api/v1/party/worker-demands?status=closed').set(as(instructor)).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
    expect((await api().get('/api/v1/party/worker-demands?status=collected').set(as(committee)).expect(200)).body.items).toEqual([]);
  });
});
