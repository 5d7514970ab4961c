import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium.js';
import { dropTestDatabases } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

describe('contracts: Swagger UI at the gateway in a real browser', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process' });
    browser = await launchChromium();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
    await dropTestDatabases();
  });

  /** Swagger UI renders its operations list virtually: only what is near the viewport exists in the DOM. */
  async function scrollDownUntil(selector: string, seen?: (page: Page) => Promise<void>): Promise<boolean> {
    // Strings, not functions: they run in the page, and the project compiles without the DOM library.
    await page.evaluate('window.scrollTo(0, 0)');
    for (let step = 0; step < 400; step += 1) {
      await seen?.(page);
      if ((await page.locator(selector).count()) > 0) return true;
      const atBottom = await page.evaluate<boolean>(
        '(() => { const before = window.scrollY; window.scrollBy(0, window.innerHeight * 0.8); return window.scrollY === before; })()',
      );
      if (atBottom) return false;
      await page.waitForTimeout(50);
    }
    return false;
  }

  it('loads /docs with every service tag, and "Try it out" on a public operation gets a 200 through the gateway', async () => {
    await page.goto(`${platform.gatewayUrl}/docs`, { waitUntil: 'load' });
    await page.locator('.opblock-tag').first().waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.locator('.info .title').first().textContent()).resolves.toContain('Zone Gov Platform API');

    const tags = new Set<string>();
    await scrollDownUntil('#no-such-element', async (current) => {
      for (const tag of await current.locator('.opblock-tag[data-tag]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-tag') ?? '')))
        tags.add(tag);
    });
    expect([...tags]).toEqual(expect.arrayContaining(['credit', 'supervision', 'land', 'party']));

    const selector = '#operations-party-partyListRedStations';
    expect(await scrollDownUntil(selector)).toBe(true);
    const operation = page.locator(selector);
    await operation.scrollIntoViewIfNeeded();
    await expect(operation.locator('.opblock-summary-path').first().textContent()).resolves.toContain('/api/v1/party/red-stations');
    // A public read shows no lock (it needs no token); a protected operation does.
    expect(await operation.locator('.authorization__btn').count()).toBe(0);
    await operation.locator('.opblock-summary').first().click();
    await operation.locator('button.try-out__btn').click();
    // Try-it-out pre-fills parameters from their examples; the example cursor belongs to no real page.
    const inputs = operation.locator('.parameters input[type=text]');
    for (let i = 0; i < (await inputs.count()); i += 1) await inputs.nth(i).fill('');
    await operation.locator('button.execute').click();

    const status = operation.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor({ state: 'visible', timeout: 30_000 });
    expect((await status.textContent())?.trim()).toBe('200');
    const requestUrl = (await operation.locator('.request-url pre').first().textContent()) ?? '';
    expect(requestUrl).toContain(`${platform.gatewayUrl}/api/v1/party/red-stations`);
    expect(await operation.locator('.live-responses-table .response .response-col_description').first().textContent()).toContain('"items"');
    expect(await scrollDownUntil('#operations-party-partyRegisterEntity .authorization__btn')).toBe(true);
  });
});
