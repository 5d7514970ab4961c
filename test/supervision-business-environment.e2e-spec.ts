import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const base = '/api/v1/supervision/business-policies';

/** The business-environment column (营商环境专栏) through the gateway: public reads, administrators write. */
describe('supervision: business-environment column', () => {
  let platform: TestPlatform;
  let admin: string;
  let clerk: string;
  const api = () => request(platform.gatewayUrl);
  const policyOf = (kind: string) => ({
    title: '测试人才补贴政策',
    kind,
    summary: '测试',
    eligibility: '测试',
    howToApply: '申报 → 审核 → 公示 → 拨付',
    department: '营商环境办',
    policyBasis: '以正式文件为准',
  });

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['supervision'] });
    admin = await platform.identity.token(['zone-admin']);
    clerk = await platform.identity.token(['village-clerk'], ['shengtang']);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it('publishes policies with how to apply; only administrators write', async () => {
    const policy = policyOf('talent-attraction');
    await api().post(base).send(policy).expect(401);
    await api().post(base).set('authorization', `Bearer ${clerk}`).send(policy).expect(403);
    const created = await api().post(base).set('authorization', `Bearer ${admin}`).send(policy).expect(201);
    const policyId = created.body.id;
    expect(created.body).toMatchObject({ payoutCount: 0, payoutTotal: '0.00', howToApply: policy.howToApply });
    const listed = await api().get(`${base}?kind=talent-attraction`).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([policyId]);
    expect((await api().get(`${base}?kind=investment-attraction`).expect(200)).body.items).toEqual([]);
  });

  it('records payouts exactly, refuses a reference twice, and masks individuals publicly', async () => {
    const policyId = (await api().post(base).set('authorization', `Bearer ${admin}`).send(policyOf('other')).expect(201)).body.id;
    const pay = (body: Record<string, unknown>) => api().post(`${base}/${policyId}/payouts`).set('authorization', `Bearer ${admin}`).send(body);
    await pay({ recipientKind: 'enterprise', enterpriseName: '测试企业有限公司', amount: '0.10', paidOn: '2026-04-15', reference: 'REF-1' }).expect(201);
    await pay({ recipientKind: 'individual', personName: '李明华', amount: '0.20', paidOn: '2026-04-16', reference: 'REF-2' }).expect(201);
    const twice = await pay({
      recipientKind: 'enterprise',
      enterpriseName: '测试企业有限公司',
      amount: '0.10',
      paidOn: '2026-04-15',
      reference: 'REF-1',
    }).expect(409);
    expect(twice.body.type).toBe('urn:zone-gov:problem:payout-reference-taken');
    await pay({ recipientKind: 'individual', amount: '1', paidOn: '2026-04-16', reference: 'REF-3' }).expect(400);
    await pay({ recipientKind: 'enterprise', enterpriseName: 'x', amount: 0.1, paidOn: '2026-04-16', reference: 'REF-4' }).expect(400);

    const policy = await api().get(`${base}/${policyId}`).expect(200);
    expect(policy.body).toMatchObject({ payoutCount: 2, payoutTotal: '0.30' });
    const publicPayouts = await api().get(`${base}/${policyId}/payouts`).expect(200);
    expect(publicPayouts.body.items.map((payout: { recipient: string; amount: string }) => [payout.recipient, payout.amount])).toEqual([
      ['李**', '0.20'],
      ['测试企业有限公司', '0.10'],
    ]);
    const adminView = await api().get(`${base}/${policyId}/payouts`).set('authorization', `Bearer ${admin}`).expect(200);
    expect(adminView.body.items[0].recipient).toBe('李明华');
    const stored = await queryDatabase(platform.databaseUrls.supervision!, `SELECT * FROM subsidy_payouts`);
    expect(JSON.stringify(stored)).not.toContain('李明华');
  });
});
