import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { idNumberCheckCharacter } from '#platform/personal-data';
import { dropTestDatabases } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const ZONE_SCOPE_REQUIRED = 'urn:zone-gov:problem:zone-scope-required';

/**
 * Zone-level rights through the gateway: settings that bind the whole zone are changed only by callers
 * acting for the zone, and an outsider is refused before the state of someone else's record is looked at.
 */
describe('zone-level rights and ownership before state', () => {
  let platform: TestPlatform;
  const api = () => request(platform.gatewayUrl);
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const token = (roles: Parameters<TestPlatform['identity']['token']>[0], units: string[], sub?: string) => platform.identity.token(roles, units, sub);

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['credit', 'supervision', 'land', 'party'] });
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  describe('credit: rating thresholds and the indicator catalogue', () => {
    let zoneStaff: string;
    let subDistrictStaff: string;
    let communityStaff: string;

    beforeAll(async () => {
      zoneStaff = await token(['credit-staff'], ['zone'], 'staff-zone');
      subDistrictStaff = await token(['credit-staff'], ['lingbei'], 'staff-lingbei');
      communityStaff = await token(['credit-staff'], ['shengtang'], 'staff-shengtang');
      for (const [code, name] of [
        ['shengtang', '盛塘社区'],
        ['wuling', '乌岭社区'],
      ]) {
        await api()
          .post('/api/v1/credit/communities')
          .set(as(zoneStaff))
          .send({ code, name, subDistrictCode: 'lingbei', subDistrictName: '菱北办事处' })
          .expect(201);
      }
    });

    it('lets only zone staff set the thresholds every household is rated by', async () => {
      const thresholds = { A: 60, AA: 120, AAA: 240 };
      for (const caller of [subDistrictStaff, communityStaff]) {
        const refused = await api().put('/api/v1/credit/rating-thresholds').set(as(caller)).send(thresholds).expect(403);
        expect(refused.body.type).toBe(ZONE_SCOPE_REQUIRED);
      }
      const before = (await api().get('/api/v1/credit/rating-thresholds').expect(200)).body;
      expect(before).not.toEqual(thresholds);
      try {
        await api().put('/api/v1/credit/rating-thresholds').set(as(zoneStaff)).send(thresholds).expect(200);
        expect((await api().get('/api/v1/credit/rating-thresholds').expect(200)).body).toEqual(thresholds);
      } finally {
        // The thresholds rate every household: put back what the other tests started from.
        await api().put('/api/v1/credit/rating-thresholds').set(as(zoneStaff)).send(before).expect(200);
      }
    });

    it("lets only zone staff add and retire indicators, and tells an outsider nothing of an indicator's state", async () => {
      const indicator = { code: 'ENV-09', category: 'environment', name: '庭院整洁', points: 3 };
      expect((await api().post('/api/v1/credit/indicators').set(as(subDistrictStaff)).send(indicator).expect(403)).body.type).toBe(ZONE_SCOPE_REQUIRED);
      const created = await api().post('/api/v1/credit/indicators').set(as(zoneStaff)).send(indicator).expect(201);
      const retire = `/api/v1/credit/indicators/${created.body.id}/retirements`;
      await api().post(retire).set(as(subDistrictStaff)).send({}).expect(403);
      await api().post(retire).set(as(communityStaff)).send({}).expect(403);
      await api().post(retire).set(as(zoneStaff)).send({}).expect(200);
      // Retired now: the zone's own staff hear so, a sub-district still only hears no.
      await api().post(retire).set(as(zoneStaff)).send({}).expect(409);
      expect((await api().post(retire).set(as(subDistrictStaff)).send({}).expect(403)).body.type).toBe(ZONE_SCOPE_REQUIRED);
    });

    it('refuses staff of another community with 403 on a decided appeal and a reversed entry, never a 409', async () => {
      const wulingStaff = await token(['credit-staff'], ['wuling'], 'staff-wuling');
      const credit = (caller: string, path: string, body: object) => api().post(`/api/v1/credit${path}`).set(as(caller)).send(body);
      await credit(zoneStaff, '/indicators', { code: 'MIS-09', category: 'misconduct', name: '乱扔垃圾', points: -5 }).expect(201);
      await credit(communityStaff, '/households', { communityCode: 'shengtang', householdNumber: 'ST-0901' }).expect(201);
      const first17 = '34081119780104009';
      const resident = await credit(communityStaff, '/residents', {
        communityCode: 'shengtang',
        householdNumber: 'ST-0901',
        name: '李某某',
        idNumber: first17 + idNumberCheckCharacter(first17),
      }).expect(201);
      const deduction = await credit(communityStaff, '/ledger-entries', { residentId: resident.body.id, indicatorCode: 'MIS-09', reason: '乱扔垃圾' }).expect(
        201,
      );
      const appeal = await credit(communityStaff, '/appeals', { entryId: deduction.body.id, reason: '居民口头申诉，工作人员代录' }).expect(201);
      await credit(communityStaff, `/appeals/${appeal.body.id}/decisions`, { outcome: 'upheld', reason: '经核实，记录有误' }).expect(200);

      await credit(communityStaff, `/appeals/${appeal.body.id}/decisions`, { outcome: 'rejected', reason: '改判' }).expect(409);
      expect((await credit(wulingStaff, `/appeals/${appeal.body.id}/decisions`, { outcome: 'rejected', reason: '改判' }).expect(403)).body.type).toBe(
        'urn:zone-gov:problem:community-forbidden',
      );
      await credit(communityStaff, `/ledger-entries/${deduction.body.id}/reversals`, { reason: '再次更正' }).expect(409);
      await credit(wulingStaff, `/ledger-entries/${deduction.body.id}/reversals`, { reason: '再次更正' }).expect(403);
    });
  });

  describe('supervision: the unit registry and the supervision-item catalogue', () => {
    const item = {
      code: 'L-09',
      name: '临时救助',
      responsibleBody: '所在村(社区)',
      supervisingBody: '经开区纪监工委',
      process: '申请 → 审核 → 公示',
      policyBasis: '待按本地事项清单填写',
      origin: 'local',
      category: 'subsidies',
      disclosureFrequency: 'monthly',
      dueWorkingDays: 3,
    };
    const base = '/api/v1/supervision';

    beforeAll(async () => {
      const zoneSupervisor = await token(['discipline-supervisor'], ['zone'], 'supervisor-zone');
      await api().post(`${base}/units`).set(as(zoneSupervisor)).send({ code: 'shengtang', name: '盛塘社区', kind: 'community' }).expect(201);
    });

    it('lets only zone-wide supervisors change what the whole zone must disclose', async () => {
      const zoneSupervisor = await token(['discipline-supervisor'], ['zone'], 'supervisor-zone');
      const subDistrictSupervisor = await token(['discipline-supervisor'], ['lingbei'], 'supervisor-lingbei');
      const unit = { code: 'luochong', name: '罗冲村', kind: 'village' };
      expect((await api().post(`${base}/units`).set(as(subDistrictSupervisor)).send(unit).expect(403)).body.type).toBe(ZONE_SCOPE_REQUIRED);
      await api().post(`${base}/units`).set(as(zoneSupervisor)).send(unit).expect(201);

      expect((await api().post(`${base}/supervision-items`).set(as(subDistrictSupervisor)).send(item).expect(403)).body.type).toBe(ZONE_SCOPE_REQUIRED);
      const created = await api().post(`${base}/supervision-items`).set(as(zoneSupervisor)).send(item).expect(201);
      await api()
        .patch(`${base}/supervision-items/${created.body.id}`)
        .set(as(subDistrictSupervisor))
        .send({ name: '临时救助（修订）', reason: '清单修订' })
        .expect(403);
      await api().post(`${base}/supervision-items/${created.body.id}/retirement`).set(as(zoneSupervisor)).send({ reason: '并入其他事项' }).expect(200);
      // A retired item answers 409 to a change; a caller without zone scope is refused first.
      await api().post(`${base}/supervision-items/${created.body.id}/retirement`).set(as(subDistrictSupervisor)).send({ reason: '再次' }).expect(403);
    });

    it('refuses the clerk of another unit on a published disclosure with 403, and hides a draft with 404', async () => {
      const supervisor = await token(['discipline-supervisor'], ['zone'], 'supervisor-zone');
      const ownClerk = await token(['village-clerk'], ['shengtang'], 'clerk-shengtang');
      const otherClerk = await token(['village-clerk'], ['wuling'], 'clerk-wuling');
      await api()
        .post(`${base}/supervision-items`)
        .set(as(supervisor))
        .send({ ...item, code: 'L-08', name: '困难群众救助' })
        .expect(201);
      const disclosure = await api()
        .post(`${base}/disclosures`)
        .set(as(ownClerk))
        .send({
          unitCode: 'shengtang',
          itemCode: 'L-08',
          period: '2026-04',
          title: '盛塘社区2026年4月救助公示',
          summary: '测试公示',
          lines: [{ label: '第1笔', quantity: '500', unit: 'yuan' }],
          recipients: [],
          attachments: [],
        })
        .expect(201);
      const act = (caller: string, action: string) => api().post(`${base}/disclosures/${disclosure.body.id}/${action}`).set(as(caller));
      await act(otherClerk, 'submission').expect(404);
      await act(ownClerk, 'submission').expect(200);
      await act(supervisor, 'publication').expect(200);
      await act(ownClerk, 'submission').expect(409);
      for (const action of ['submission', 'publication']) {
        await act(otherClerk, action).expect(403);
      }
    });
  });

  describe('party: ledger rules and member transfers', () => {
    it('lets only the zone-wide committee change the colour rules of the ledger', async () => {
      const rules = { minMembersToForm: 5, requiredMassOrganisations: ['trade-union'] };
      const subDistrictCommittee = await token(['party-committee'], ['lingbei'], 'committee-lingbei');
      const zoneCommittee = await token(['party-committee'], ['zone']);
      const current = async () => {
        const { minMembersToForm, requiredMassOrganisations } = (await api().get('/api/v1/party/ledger/rules').set(as(zoneCommittee)).expect(200)).body;
        return { minMembersToForm, requiredMassOrganisations };
      };
      const before = await current();
      expect(before).not.toEqual(rules);
      expect((await api().put('/api/v1/party/ledger/rules').set(as(subDistrictCommittee)).send(rules).expect(403)).body.type).toBe(ZONE_SCOPE_REQUIRED);
      expect(await current()).toEqual(before);
      try {
        await api().put('/api/v1/party/ledger/rules').set(as(zoneCommittee)).send(rules).expect(200);
        expect(await current()).toEqual(rules);
      } finally {
        // Every ledger entry is coloured by these rules: put back what the other tests started from.
        await api().put('/api/v1/party/ledger/rules').set(as(zoneCommittee)).send(before).expect(200);
      }
    });

    it('refuses the secretary of another organisation with 403 on a finished transfer, never a 409 naming its state', async () => {
      const committee = await token(['party-committee'], ['zone']);
      const sending = await token(['org-secretary'], ['zone'], 'secretary-a');
      const receiving = await token(['org-secretary'], ['zone'], 'secretary-b');
      const outsider = await token(['org-secretary'], ['zone'], 'secretary-c');
      const organisation = async (name: string, secretaryUserId: string) =>
        (
          await api()
            .post('/api/v1/party/organisations')
            .set(as(committee))
            .send({ name, type: 'branch', formationMode: 'platform', memberEntityCreditCodes: [], secretaryUserId })
            .expect(201)
        ).body.id as string;
      const from = await organisation('权限测试党支部（转出）', 'secretary-a');
      const to = await organisation('权限测试党支部（转入）', 'secretary-b');
      await organisation('权限测试党支部（无关）', 'secretary-c');
      const member = await api()
        .post('/api/v1/party/members')
        .set(as(sending))
        .send({ organisationId: from, name: '赵某某', idNumber: `34080019900307001${idNumberCheckCharacter('34080019900307001')}`, status: 'floating' })
        .expect(201);
      const transfer = await api()
        .post(`/api/v1/party/members/${member.body.id}/transfers`)
        .set(as(sending))
        .send({ toOrganisationId: to, reason: '工作调动' })
        .expect(201);
      const act = (action: string, caller: string) => api().post(`/api/v1/party/member-transfers/${transfer.body.id}/${action}`).set(as(caller)).send({});

      // While it is open, and once it is finished, the outsider hears the same: not your organisation.
      expect((await act('approval', outsider).expect(403)).body.type).toBe('urn:zone-gov:problem:not-your-organisation');
      await act('approval', sending).expect(200);
      await act('acceptance', receiving).expect(200);
      for (const action of ['approval', 'acceptance', 'rejection']) {
        expect((await act(action, outsider).expect(403)).body.type).toBe('urn:zone-gov:problem:not-your-organisation');
      }
      await api().get(`/api/v1/party/member-transfers/${transfer.body.id}`).set(as(outsider)).expect(403);
      // The parties to it still learn why they cannot act again.
      expect((await act('rejection', receiving).expect(409)).body.type).toBe('urn:zone-gov:problem:transfer-state-conflict');
    });
  });

  describe('land: action items of a project', () => {
    it('refuses a task-force member of another project with 403 on a finished item, never a 409', async () => {
      const staff = await token(['land-staff'], ['zone']);
      const member = await token(['task-force'], ['zone'], 'tf-rights-member');
      const outsider = await token(['task-force'], ['zone'], 'tf-rights-outsider');
      const projectId = (
        await api().post('/api/v1/land/projects').set(as(staff)).send({ name: '权限测试项目', category: 'zone-key', requestedAreaMu: '12' }).expect(201)
      ).body.id;
      await api()
        .put(`/api/v1/land/projects/${projectId}/assignment`)
        .set(as(staff))
        .send({
          responsibleLeader: { userId: 'leader-rights', name: '冯主任', position: '副主任' },
          taskForce: { name: '权限测试专班', members: [{ userId: 'tf-rights-member', name: '周工', department: '征迁办', role: 'lead' }] },
        })
        .expect(200);
      const meeting = await api()
        .post('/api/v1/land/meetings')
        .set(as(staff))
        .send({
          title: '权限测试调度会',
          heldOn: '2026-02-06',
          departments: ['国土规划建设局'],
          issues: [],
          decisions: [],
          projectIds: [projectId],
          actionItems: [{ projectId, description: '落实报批资金', owner: '财政分局', dueOn: '2026-02-13' }],
        })
        .expect(201);
      const complete = (caller: string) =>
        api().post(`/api/v1/land/action-items/${meeting.body.actionItems[0].id}/completion`).set(as(caller)).send({ doneOn: '2026-02-12' });
      await complete(member).expect(200);
      expect((await complete(outsider).expect(403)).body.type).toBe('urn:zone-gov:problem:not-project-task-force');
      await complete(member).expect(409);
    });
  });
});
