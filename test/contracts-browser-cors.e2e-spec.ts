import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium.js';
import { dropTestDatabases } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

interface BrowserAnswer {
  status?: number;
  replayed?: string | null;
  requestId?: string | null;
  body?: unknown;
  error?: string;
}

/**
 * A frontend served from its own origin calls the gateway from Chromium: the preflights a browser
 * sends for PATCH with a bearer token and for Idempotency-Key must pass, and the headers a client reads
 * must be exposed. `http://127.0.0.1:<port>` is the allowed origin; `http://localhost:<port>` (the same
 * page under another origin) is not.
 */
describe('contracts: a browser frontend on another origin', () => {
  let frontend: http.Server;
  let frontendPort: number;
  let platform: TestPlatform;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    frontend = http.createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>district frontend</title>'),
    );
    await new Promise<void>((resolve) => frontend.listen(0, '127.0.0.1', resolve));
    frontendPort = (frontend.address() as AddressInfo).port;
    platform = await startTestPlatform({ events: 'in-process', services: ['land'], corsOrigins: [`http://127.0.0.1:${frontendPort}`] });
    browser = await launchChromium();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
    await new Promise((resolve) => frontend?.close(resolve));
    await dropTestDatabases();
  });

  /** `fetch` run inside the page (as a string: the project compiles without the DOM library). */
  async function browserFetch(path: string, init: { method: string; headers: Record<string, string>; body?: unknown }): Promise<BrowserAnswer> {
    const script = `(async () => {
      try {
        const init = ${JSON.stringify({ ...init, body: init.body === undefined ? undefined : JSON.stringify(init.body) })};
        const response = await fetch(${JSON.stringify(`${platform.gatewayUrl}${path}`)}, init);
        return { status: response.status, replayed: response.headers.get('idempotent-replayed'), requestId: response.headers.get('x-request-id'), body: await response.json() };
      } catch (error) {
        return { error: String(error) };
      }
    })()`;
    return page.evaluate<BrowserAnswer>(script);
  }

  it('creates with Idempotency-Key, reads the replay marker and request id, and PATCHes', async () => {
    await page.goto(`http://127.0.0.1:${frontendPort}/`);
    const token = await platform.identity.token(['land-staff']);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': `browser-${frontendPort}-project` };
    const project = { name: '浏览器对接项目', category: 'ordinary', requestedAreaMu: '12.5' };

    const created = await browserFetch('/api/v1/land/projects', { method: 'POST', headers, body: project });
    expect(created).toMatchObject({ status: 201, replayed: null });
    expect(created.requestId).toMatch(/.{8,}/);
    const replayed = await browserFetch('/api/v1/land/projects', { method: 'POST', headers, body: project });
    expect(replayed).toMatchObject({ status: 201, replayed: 'true' });

    const id = (created.body as { id: string }).id;
    const patched = await browserFetch(`/api/v1/land/projects/${id}/pre-work/survey`, {
      method: 'PATCH',
      headers: { authorization: headers.authorization, 'content-type': 'application/json' },
      body: { responsiblePerson: '李工' },
    });
    expect(patched).toMatchObject({ status: 200, body: { projectId: id } });
    expect(JSON.stringify(patched.body)).toContain('李工');
  });

  it('is refused by the browser from an origin not in CORS_ORIGINS', async () => {
    await page.goto(`http://localhost:${frontendPort}/`);
    const token = await platform.identity.token(['land-staff']);
    const answer = await browserFetch('/api/v1/land/projects?limit=1', { method: 'GET', headers: { authorization: `Bearer ${token}` } });
    expect(answer.error).toMatch(/Failed to fetch/);
  });
});
