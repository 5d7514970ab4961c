import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { creditCodeCheckCharacter } from '../apps/party/src/surveyed-entities/credit-code.js';
import { LedgerService } from '../apps/party/src/ledger/ledger.service.js';
import { dropTestDatabases, queryDatabase } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

/** A valid unified social credit code for test entity n. */
const code = (n: number) => {
  const first17 = `91340800MA${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
};

const survey = (creditCode: string, overrides: Record<string, unknown> = {}) => ({
  creditCode,
  surveyedOn: '2026-03-10',
  ownerName: '王建国',
  ownerPoliticalStatus: 'non-member',
  operatingStatus: 'operating',
  employeeCount: 12,
  partyOrganisation: 'none',
  massOrganisations: [],
  partyMemberCount: 4,
  surveyor: '摸排组一',
  ...overrides,
});

describe('party registry: entities, five-clears surveys and the three-colour ledger (through the gateway)', () => {
  let platform: TestPlatform;
  let committee: string;
  let instructor: string;
  let secretary: string;
  const api = () => request(platform.gatewayUrl);
  const db = () => platform.databaseUrls.party!;
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

  async function register(n: number, overrides: Record<string, unknown> = {}) {
    const response = await api()
      .post('/api/v1/party/entities')
      .set(as(committee))
      .send({ creditCode: code(n), name: `示例快递企业${n}`, kind: 'enterprise', sector: 'express-logistics', park: '示例产业园一', ...overrides })
      .expect(201);
    return response.body as { id: string; creditCode: string };
  }

  /** Registers entity n and records its surveys, each given as overrides of the default survey. */
  async function surveyed(n: number, entity: Record<string, unknown>, surveys: Record<string, unknown>[]) {
    const registered = await register(n, entity);
    for (const overrides of surveys) await api().post('/api/v1/party/surveys').set(as(committee)).send(survey(registered.creditCode, overrides)).expect(201);
    return registered;
  }

  const ledgerEvents = (entityId: string) =>
    queryDatabase<{ envelope: { data: { fromColour: string | null; toColour: string; source: string; reason: string } } }>(
      db(),
      `SELECT envelope FROM outbox WHERE record_key = $1 AND envelope->>'type' = 'zone.party.ledger-colour-changed.v1' ORDER BY position`,
      [entityId],
    );

  it('registers an entity by credit code and refuses a duplicate, a wrong check character and other roles', async () => {
    const entity = await register(1, { creditCode: code(1).toLowerCase() });
    expect(entity.creditCode).toBe(code(1));
    const duplicate = await api()
      .post('/api/v1/party/entities')
      .set(as(committee))
      .send({ creditCode: code(1), name: '重复', kind: 'enterprise', sector: 'other' })
      .expect(409);
    expect(duplicate.body.type).toBe('urn:zone-gov:problem:entity-already-registered');
    const wrongCheck = code(2).slice(0, 17) + (code(2).endsWith('0') ? '1' : '0');
    const invalid = await api()
      .post('/api/v1/party/entities')
      .set(as(committee))
      .send({ creditCode: wrongCheck, name: 'x', kind: 'enterprise', sector: 'other' })
      .expect(400);
    expect(invalid.body.errors).toEqual([{ field: 'creditCode', message: expect.stringMatching(/check character should be/) }]);
    await api()
      .post('/api/v1/party/entities')
      .set(as(instructor))
      .send({ creditCode: code(3), name: 'x', kind: 'enterprise', sector: 'other' })
      .expect(403);
    await api()
      .post('/api/v1/party/entities')
      .set(as(secretary))
      .send({ creditCode: code(3), name: 'x', kind: 'enterprise', sector: 'other' })
      .expect(403);
    await api().get('/api/v1/party/entities').expect(401);
    const audit = await queryDatabase(db(), `SELECT 1 FROM audit_log WHERE action = 'entity.register' AND target_id = $1`, [entity.id]);
    expect(audit).toHaveLength(1);
  });

  it('imports a CSV row by row, reporting invalid rows, repeats and registered codes; a dry run creates nothing', async () => {
    const registered = await register(13);
    const csv = [
      'creditCode,name,kind,sector,park,managementStatus',
      `${code(10)},示例建筑安装企业01,enterprise,construction-installation,示例产业园二,under-management`,
      `${code(11)},"示例建筑安装企业02, 分公司",enterprise,construction-installation,,`,
      `${code(10)},重复行,enterprise,construction-installation,,`,
      `${registered.creditCode},已登记,enterprise,express-logistics,,`,
      `${code(12).slice(0, 17)}Z,坏代码,enterprise,farming,,`,
    ].join('\n');
    const dry = await api().post('/api/v1/party/entity-imports').set(as(committee)).send({ csv, dryRun: true }).expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, rows: 5, accepted: 2, rejected: 3 });
    expect(await queryDatabase(db(), `SELECT 1 FROM surveyed_entities WHERE credit_code = $1`, [code(10)])).toHaveLength(0);

    const real = await api().post('/api/v1/party/entity-imports').set(as(committee)).send({ csv }).expect(200);
    expect(real.body.report.map((row: { line: number; status: string }) => [row.line, row.status])).toEqual([
      [2, 'created'],
      [3, 'created'],
      [4, 'duplicate-in-file'],
      [5, 'already-registered'],
      [6, 'invalid'],
    ]);
    expect(real.body.report[4].errors).toHaveLength(2);
    const stored = await queryDatabase<{ name: string; management_status: string }>(
      db(),
      `SELECT name, management_status FROM surveyed_entities WHERE credit_code = ANY($1) ORDER BY credit_code`,
      [[code(10), code(11)]],
    );
    expect(stored).toEqual([
      { name: '示例建筑安装企业01', management_status: 'under-management' },
      { name: '示例建筑安装企业02, 分公司', management_status: 'not-under-management' },
    ]);
    // Sending the same file again creates nothing new.
    const again = await api().post('/api/v1/party/entity-imports').set(as(committee)).send({ csv }).expect(200);
    expect(again.body.accepted).toBe(0);
    const unreadable = await api().post('/api/v1/party/entity-imports').set(as(committee)).send({ csv: 'creditCode,name\n' }).expect(422);
    expect(unreadable.body.type).toBe('urn:zone-gov:problem:import-file-unreadable');

    const page = await api().get('/api/v1/party/entities?sector=construction-installation&limit=1').set(as(committee)).expect(200);
    expect(page.body.items).toHaveLength(1);
    const next = await api()
      .get(`/api/v1/party/entities?sector=construction-installation&limit=1&cursor=${page.body.nextCursor}`)
      .set(as(committee))
      .expect(200);
    expect(next.body.items[0].creditCode).not.toBe(page.body.items[0].creditCode);
  });

  it('keeps every survey, treats the latest by date as current, and recomputes the colour with history and events', async () => {
    const entity = await register(20);
    await api().get(`/api/v1/party/ledger/entries/${entity.id}`).set(as(committee)).expect(404);

    // 4 members, no organisation: red.
    await api().post('/api/v1/party/surveys').set(as(committee)).send(survey(entity.creditCode)).expect(201);
    let entry = await api().get(`/api/v1/party/ledger/entries/${entity.id}`).set(as(committee)).expect(200);
    expect(entry.body).toMatchObject({ colour: 'red', derivedColour: 'red', reason: 'qualifies-without-party-organisation', override: null });

    // A later survey finds a joint organisation but no trade union: yellow.
    await api()
      .post('/api/v1/party/surveys')
      .set(as(committee))
      .send(survey(entity.creditCode, { surveyedOn: '2026-04-01', partyOrganisation: 'joint', partyMemberCount: 5 }))
      .expect(201);
    entry = await api().get(`/api/v1/party/ledger/entries/${entity.id}`).set(as(committee)).expect(200);
    expect(entry.body).toMatchObject({ colour: 'yellow', reason: 'mass-organisations-missing' });

    // A survey dated earlier, recorded late, is kept but does not become current.
    const late = await api()
      .post('/api/v1/party/surveys')
      .set(as(committee))
      .send(survey(entity.creditCode, { surveyedOn: '2026-02-01', partyMemberCount: 1 }))
      .expect(201);
    expect(late.body.current).toBe(false);
    entry = await api().get(`/api/v1/party/ledger/entries/${entity.id}`).set(as(committee)).expect(200);
    expect(entry.body.colour).toBe('yellow');

    // The trade union arrives: green.
    await api()
      .post('/api/v1/party/surveys')
      .set(as(committee))
      .send(survey(entity.creditCode, { surveyedOn: '2026-04-20', partyOrganisation: 'joint', massOrganisations: ['trade-union'], partyMemberCount: 5 }))
      .expect(201);

    const history = await api().get(`/api/v1/party/surveys?creditCode=${entity.creditCode}`).set(as(committee)).expect(200);
    expect(history.body.items.map((item: { surveyedOn: string; current: boolean }) => [item.surveyedOn, item.current])).toEqual([
      ['2026-04-20', true],
      ['2026-04-01', false],
      ['2026-03-10', false],
      ['2026-02-01', false],
    ]);
    expect(history.body.items[0].ownerName).toBe('王建国');
    const stored = await queryDatabase<{ owner_name_encrypted: string }>(db(), `SELECT owner_name_encrypted FROM surveys WHERE entity_id = $1`, [entity.id]);
    expect(stored.every((row) => !row.owner_name_encrypted.includes('王'))).toBe(true);

    const changes = await api().get(`/api/v1/party/ledger/entries/${entity.id}/changes`).set(as(committee)).expect(200);
    expect(
      changes.body.items.map((change: { fromColour: string | null; toColour: string; reason: string }) => [change.fromColour, change.toColour, change.reason]),
    ).toEqual([
      ['yellow', 'green', 'covered'],
      ['red', 'yellow', 'mass-organisations-missing'],
      [null, 'red', 'qualifies-without-party-organisation'],
    ]);
    const events = await ledgerEvents(entity.id);
    expect(events.map((row) => [row.envelope.data.fromColour, row.envelope.data.toColour])).toEqual([
      [null, 'red'],
      ['red', 'yellow'],
      ['yellow', 'green'],
    ]);
  });

  it('applies a manual override with reason and expiry, lets it lapse, and clears it', async () => {
    const entity = await register(30);
    await api()
      .post('/api/v1/party/surveys')
      .set(as(committee))
      .send(survey(entity.creditCode, { partyMemberCount: 6 }))
      .expect(201);
    const set = await api()
      .put(`/api/v1/party/ledger/entries/${entity.id}/override`)
      .set(as(committee))
      .send({ colour: 'green', reason: '联合党支部已批复成立，待正式登记', expiresOn: '2099-12-31' })
      .expect(200);
    expect(set.body).toMatchObject({ colour: 'green', derivedColour: 'red', override: { colour: 'green', expiresOn: '2099-12-31', active: true } });
    await api()
      .put(`/api/v1/party/ledger/entries/${entity.id}/override`)
      .set(as(committee))
      .send({ colour: 'green', reason: 'x', expiresOn: '2020-01-01' })
      .expect(422);
    await api()
      .put(`/api/v1/party/ledger/entries/${entity.id}/override`)
      .set(as(instructor))
      .send({ colour: 'green', reason: 'x', expiresOn: '2099-01-01' })
      .expect(403);

    const greens = await api().get('/api/v1/party/ledger/entries?colour=green&sector=express-logistics').set(as(committee)).expect(200);
    expect(greens.body.items.map((item: { entityId: string }) => item.entityId)).toContain(entity.id);

    // Once the expiry date has passed, the rules' colour shows again.
    await queryDatabase(db(), `UPDATE ledger_entries SET override_expires_on = '2020-01-01' WHERE entity_id = $1`, [entity.id]);
    const lapsed = await api().get(`/api/v1/party/ledger/entries/${entity.id}`).set(as(committee)).expect(200);
    expect(lapsed.body).toMatchObject({ colour: 'red', override: { active: false } });

    // The sweep clears it, with history and an event; a second sweep finds nothing.
    const ledger = platform.services.party!.get(LedgerService);
    expect(await ledger.expireOverrides()).toBe(1);
    expect(await ledger.expireOverrides()).toBe(0);
    const swept = await api().get(`/api/v1/party/ledger/entries/${entity.id}`).set(as(committee)).expect(200);
    expect(swept.body).toMatchObject({ colour: 'red', override: null });
    await api().delete(`/api/v1/party/ledger/entries/${entity.id}/override`).set(as(committee)).expect(404);
    const events = await ledgerEvents(entity.id);
    expect(events.map((row) => [row.envelope.data.source, row.envelope.data.toColour, row.envelope.data.reason])).toEqual([
      ['rules', 'red', 'qualifies-without-party-organisation'],
      ['override', 'green', '联合党支部已批复成立，待正式登记'],
      ['override-cleared', 'red', 'override-expired'],
    ]);

    // Clearing by hand works the same way.
    await api()
      .put(`/api/v1/party/ledger/entries/${entity.id}/override`)
      .set(as(committee))
      .send({ colour: 'yellow', reason: '整改中', expiresOn: '2099-01-01' })
      .expect(200);
    const cleared = await api().delete(`/api/v1/party/ledger/entries/${entity.id}/override`).set(as(committee)).expect(200);
    expect(cleared.body).toMatchObject({ colour: 'red', override: null });
    const history = await api().get(`/api/v1/party/ledger/entries/${entity.id}/changes`).set(as(committee)).expect(200);
    expect(history.body.items.map((item: { source: string; toColour: string }) => [item.source, item.toColour])).toEqual([
      ['override-cleared', 'red'],
      ['override', 'yellow'],
      ['override-cleared', 'red'],
      ['override', 'green'],
      ['rules', 'red'],
    ]);
  });

  it('counts by sector and colour, and recomputes every entry when the rule settings change', async () => {
    // A sector no other test surveys in: a red entity of 6 members and a green one with a joint organisation and a trade union.
    const sector = { sector: 'technology' };
    await surveyed(70, sector, [{ partyMemberCount: 6 }]);
    await surveyed(71, sector, [{ partyOrganisation: 'joint', massOrganisations: ['trade-union'], partyMemberCount: 5 }]);
    const counts = async () => {
      const body = (await api().get('/api/v1/party/ledger/counts').set(as(committee)).expect(200)).body;
      // The overall total is the sum of the sectors, whatever other tests surveyed.
      expect(body.total.total).toBe(body.bySector.reduce((sum: number, row: { total: number }) => sum + row.total, 0));
      return body.bySector.find((row: { sector: string }) => row.sector === 'technology');
    };
    expect(await counts()).toEqual({ sector: 'technology', red: 1, yellow: 0, green: 1, total: 2 });

    // Requiring 7 members to form an organisation turns the 6-member entity yellow.
    await api()
      .put('/api/v1/party/ledger/rules')
      .set(as(committee))
      .send({ minMembersToForm: 7, requiredMassOrganisations: ['trade-union'] })
      .expect(200);
    expect(await counts()).toEqual({ sector: 'technology', red: 0, yellow: 1, green: 1, total: 2 });
    await api()
      .put('/api/v1/party/ledger/rules')
      .set(as(committee))
      .send({ minMembersToForm: 3, requiredMassOrganisations: ['trade-union'] })
      .expect(200);
    const rules = await api().get('/api/v1/party/ledger/rules').set(as(instructor)).expect(200);
    expect(rules.body).toMatchObject({ minMembersToForm: 3, requiredMassOrganisations: ['trade-union'] });
  });

  it('keeps instructors to their assigned entities and masks personal data for them', async () => {
    const entity = await register(40);
    await api().get(`/api/v1/party/entities/${entity.id}`).set(as(instructor)).expect(403);
    await api().post('/api/v1/party/surveys').set(as(instructor)).send(survey(entity.creditCode)).expect(403);
    const listed = await api().get('/api/v1/party/entities').set(as(instructor)).expect(200);
    expect(listed.body.items).toEqual([]);
    await api().get('/api/v1/party/surveys').set(as(secretary)).expect(403);
  });

  it('lets district systems (integrator) look entities and their colours up, read-only', async () => {
    const entity = await register(41);
    const integrator = await platform.identity.token(['integrator'], ['zone'], 'district-it');
    await api().get(`/api/v1/party/entities/${entity.id}`).set(as(integrator)).expect(200);
    const listed = await api().get(`/api/v1/party/entities?creditCode=${entity.creditCode}`).set(as(integrator)).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([entity.id]);
    await api().get(`/api/v1/party/ledger/entries/${entity.id}/changes`).set(as(integrator)).expect(200);
    await api().get('/api/v1/party/ledger/counts').set(as(integrator)).expect(200);
    await api().post('/api/v1/party/surveys').set(as(integrator)).send(survey(entity.creditCode)).expect(403);
    await api().patch(`/api/v1/party/entities/${entity.id}`).set(as(integrator)).send({ park: '示例产业园二' }).expect(403);
  });

  it("reports a campaign's coverage from the surveys dated within it, for its sectors and parks", async () => {
    // A park no other test registers in: two entities surveyed in March (one also in February and April), one in April only.
    const park = { park: '示例产业园三' };
    await surveyed(80, park, [{ surveyedOn: '2026-02-01' }, {}, { surveyedOn: '2026-04-01' }]);
    await surveyed(81, park, [{}]);
    await surveyed(82, park, [{ surveyedOn: '2026-04-01' }]);
    const created = await api()
      .post('/api/v1/party/survey-campaigns')
      .set(as(committee))
      .send({
        name: '示例：快递物流企业摸排',
        sectors: ['express-logistics'],
        parks: ['示例产业园三'],
        targetCount: 4,
        surveyors: ['摸排组一'],
        startsOn: '2026-03-01',
        endsOn: '2026-03-31',
      })
      .expect(201);
    // Entities 80 and 81 were surveyed on 2026-03-10; the other surveys fall outside.
    expect(created.body).toMatchObject({ surveyedCount: 2, coveragePercent: '50.0' });
    await api()
      .post('/api/v1/party/survey-campaigns')
      .set(as(committee))
      .send({ name: '示例：日期颠倒', sectors: [], targetCount: 1, surveyors: ['摸排组一'], startsOn: '2026-03-31', endsOn: '2026-03-01' })
      .expect(422);
    await api().post('/api/v1/party/survey-campaigns').set(as(instructor)).send({}).expect(403);
  });

  it('refuses concurrent registrations of one credit code by the unique constraint: exactly one wins', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        api()
          .post('/api/v1/party/entities')
          .set(as(committee))
          .send({ creditCode: code(50), name: `并发${i}`, kind: 'enterprise', sector: 'other' }),
      ),
    );
    expect(attempts.map((attempt) => attempt.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
  });

  it('records a rules change hidden by an active override in the history, without announcing a colour change', async () => {
    const entity = await register(60);
    await api()
      .post('/api/v1/party/surveys')
      .set(as(committee))
      .send(survey(entity.creditCode, { partyMemberCount: 5 }))
      .expect(201);
    await api()
      .put(`/api/v1/party/ledger/entries/${entity.id}/override`)
      .set(as(committee))
      .send({ colour: 'green', reason: '已报批', expiresOn: '2099-12-31' })
      .expect(200);
    await api()
      .post('/api/v1/party/surveys')
      .set(as(committee))
      .send(survey(entity.creditCode, { surveyedOn: '2026-04-01', partyMemberCount: 1 }))
      .expect(201);
    const entry = await api().get(`/api/v1/party/ledger/entries/${entity.id}`).set(as(committee)).expect(200);
    expect(entry.body).toMatchObject({ colour: 'green', derivedColour: 'yellow' });
    const changes = await api().get(`/api/v1/party/ledger/entries/${entity.id}/changes`).set(as(committee)).expect(200);
    expect(changes.body.items.map((change: { source: string; toColour: string }) => [change.source, change.toColour])).toEqual([
      ['rules', 'yellow'],
      ['override', 'green'],
      ['rules', 'red'],
    ]);
    expect((await ledgerEvents(entity.id)).map((row) => row.envelope.data.toColour)).toEqual(['red', 'green']);
  });
});
