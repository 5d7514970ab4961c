import { describe, expect, it } from '@jest/globals';
import { unitEntryUrl, unitOverviewPath } from './unit-entry-url.js';

describe('unitEntryUrl', () => {
  it("appends the unit's overview path to the portal", () => {
    expect(unitEntryUrl('https://zone.example.gov.cn', 'shengtang')).toBe('https://zone.example.gov.cn/api/v1/supervision/units/shengtang/overview');
  });

  it('keeps a portal path and drops its trailing slashes', () => {
    expect(unitEntryUrl('https://gov.example.cn/anqing-zone/', 'wuling')).toBe('https://gov.example.cn/anqing-zone/api/v1/supervision/units/wuling/overview');
    expect(unitEntryUrl('http://localhost:3000//', 'luochong-2')).toBe('http://localhost:3000/api/v1/supervision/units/luochong-2/overview');
  });

  it('escapes a code so it stays one path segment', () => {
    expect(unitOverviewPath('a/b?c')).toBe('/api/v1/supervision/units/a%2Fb%3Fc/overview');
  });
});
