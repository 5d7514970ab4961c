import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { idNumberCheckCharacter } from '#platform/personal-data';
import { deriveCardKey, verifyCardToken } from '../apps/credit/src/ratings/card-token.js';
import { decodeQrPng, decodeQrSvg } from './support/qr-decode.js';
import { dropTestDatabases } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

/** A portal with a path of its own, as behind the district's reverse proxy. */
const PORTAL = 'https://zone.example.gov.cn/portal';

describe("QR codes: a unit's printable entry and the service card on a phone (through the gateway)", () => {
  let platform: TestPlatform;
  let yang: string;
  let neighbour: string;
  let communityStaff: string;
  let otherCommunityStaff: string;
  const households: Record<string, { id: string; cardNumber: string }> = {};

  const send = (path: string, options: { token?: string; method?: string; body?: object } = {}) =>
    fetch(`${platform.gatewayUrl}${path}`, {
      method: options.method ?? 'GET',
      headers: {
        ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  const created = async (path: string, token: string, body: object) => {
    const response = await send(path, { token, method: 'POST', body });
    expect(response.status).toBe(201);
    return (await response.json()) as Record<string, string>;
  };
  const image = async (response: Response) => Buffer.from(await response.arrayBuffer());

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['credit', 'supervision'], publicPortalUrl: `${PORTAL}/` });
    const supervisor = await platform.identity.token(['discipline-supervisor'], ['zone'], 'supervisor-zone');
    await created('/api/v1/supervision/units', supervisor, { code: 'shengtang', name: '盛塘社区', kind: 'community', township: '菱北办事处' });
    const zoneStaff = await platform.identity.token(['credit-staff'], ['zone'], 'staff-zone');
    communityStaff = await platform.identity.token(['credit-staff'], ['shengtang'], 'staff-shengtang');
    otherCommunityStaff = await platform.identity.token(['credit-staff'], ['wuling'], 'staff-wuling');
    for (const code of ['shengtang', 'wuling']) {
      await created('/api/v1/credit/communities', zoneStaff, { code, name: code, subDistrictCode: 'lingbei', subDistrictName: '菱北办事处' });
    }
    for (const [number, account, sequence] of [
      ['ST-0001', 'account-yang', 1],
      ['ST-0002', 'account-neighbour', 2],
    ] as const) {
      const household = await created('/api/v1/credit/households', communityStaff, { communityCode: 'shengtang', householdNumber: number });
      households[number] = { id: household.id!, cardNumber: household.cardNumber! };
      const first17 = `34080019700101${String(sequence).padStart(3, '0')}`;
      await created('/api/v1/credit/residents', communityStaff, {
        communityCode: 'shengtang',
        householdNumber: number,
        name: '某某',
        idNumber: first17 + idNumberCheckCharacter(first17),
        accountId: account,
      });
    }
    yang = await platform.identity.token(['resident'], [], 'account-yang');
    neighbour = await platform.identity.token(['resident'], [], 'account-neighbour');
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it("prints the unit's entry as PNG and SVG that decode to its public overview on the portal, for anyone, cacheable", async () => {
    const overviewUrl = `${PORTAL}/api/v1/supervision/units/shengtang/overview`;
    const png = await send('/api/v1/supervision/units/shengtang/entry-qr?format=png&size=600&errorCorrection=Q');
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(decodeQrPng(await image(png))).toBe(overviewUrl);

    const svg = await send('/api/v1/supervision/units/shengtang/entry-qr?format=svg');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const text = await svg.text();
    expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="512" height="512" [^>]*>.*<\/svg>\s*$/s);
    expect(decodeQrSvg(text)).toBe(overviewUrl);

    // PNG unless asked otherwise; the overview the code leads to answers.
    const byDefault = await send('/api/v1/supervision/units/shengtang/entry-qr');
    expect(byDefault.headers.get('content-type')).toBe('image/png');
    expect(decodeQrPng(await image(byDefault))).toBe(overviewUrl);
    expect((await send(new URL(overviewUrl).pathname.replace('/portal', ''))).status).toBe(200);
  });

  it('refuses an unknown format, size or error-correction level with 400, and an unknown unit with 404', async () => {
    for (const query of ['format=gif', 'size=64', 'size=2048', 'size=big', 'errorCorrection=X']) {
      const response = await send(`/api/v1/supervision/units/shengtang/entry-qr?${query}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    const unknown = await send('/api/v1/supervision/units/nowhere/entry-qr?format=svg');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ type: 'urn:zone-gov:problem:supervision-unit-not-found' });
  });

  it("draws the service card's signed payload for the household's resident and its community staff, never cached", async () => {
    const cardKey = deriveCardKey(platform.identity.pii.hashKey);
    const path = `/api/v1/credit/households/${households['ST-0001']!.id}/cards/qr`;
    for (const token of [yang, communityStaff]) {
      const png = await send(`${path}?format=png`, { token });
      expect(png.status).toBe(200);
      expect(png.headers.get('content-type')).toBe('image/png');
      expect(png.headers.get('cache-control')).toBe('no-store');
      const payload = decodeQrPng(await image(png))!;
      const check = verifyCardToken(cardKey, payload);
      expect(check).toMatchObject({ ok: true, cardNumber: households['ST-0001']!.cardNumber });
      expect(check.ok && check.expiresAt.toISOString()).toBe(png.headers.get('card-qr-expires-at'));
    }
    const svg = await send(`${path}?format=svg&errorCorrection=H`, { token: yang });
    expect(svg.status).toBe(200);
    expect(svg.headers.get('cache-control')).toBe('no-store');
    expect(verifyCardToken(cardKey, decodeQrSvg(await svg.text())!)).toMatchObject({ ok: true, cardNumber: households['ST-0001']!.cardNumber });

    // A merchant scanning it reaches the same card.
    const card = (await (await send(path.replace('/qr', ''), { token: yang })).json()) as { cardNumber: string };
    expect(card.cardNumber).toBe(households['ST-0001']!.cardNumber);
  });

  it("refuses the card QR to another household's resident, another community's staff and anonymous callers", async () => {
    const path = `/api/v1/credit/households/${households['ST-0001']!.id}/cards/qr`;
    expect([403, 404]).toContain((await send(path, { token: neighbour })).status);
    expect([403, 404]).toContain((await send(path, { token: otherCommunityStaff })).status);
    expect((await send(path)).status).toBe(401);
    expect((await send(`${path}?format=jpeg`, { token: yang })).status).toBe(400);
    // The neighbour gets their own.
    const own = await send(`/api/v1/credit/households/${households['ST-0002']!.id}/cards/qr`, { token: neighbour });
    expect(own.status).toBe(200);
    expect(verifyCardToken(deriveCardKey(platform.identity.pii.hashKey), decodeQrPng(await image(own))!)).toMatchObject({
      ok: true,
      cardNumber: households['ST-0002']!.cardNumber,
    });
  });
});
