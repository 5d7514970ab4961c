import { describe, expect, it } from '@jest/globals';
import type { ServiceName } from '#contracts';
import { ProblemException } from '#platform/problems';
import { decodeZoneCursor, encodeZoneCursor, mergeTrailPages, type TrailPage, type ZonePosition } from './zone-audit-merge.js';

const SERVICES: ServiceName[] = ['credit', 'supervision', 'land', 'party'];
const at = (second: number) => `2026-04-20T02:00:${String(second).padStart(2, '0')}.000000Z`;

/** A service's trail, newest first; its cursors are the entry's id, as a service's would name its position. */
function trail(service: ServiceName, seconds: number[]) {
  return seconds.map((second, index) => ({ id: `${service}-${index}`, occurredAt: at(second), cursor: `${service}-${index}` }));
}

/** What a service answers for `limit` entries after a position (the service side of the fan-out). */
function pageOf(
  service: ServiceName,
  entries: ReturnType<typeof trail>,
  position: ZonePosition[ServiceName],
  limit: number,
): TrailPage<ReturnType<typeof trail>[number]> {
  const start = position === 'start' ? 0 : position === 'end' ? entries.length : entries.findIndex((entry) => entry.cursor === position.after) + 1;
  const items = entries.slice(start, start + limit);
  return { service, items, ...(start + limit < entries.length ? { nextCursor: items.at(-1)!.cursor } : {}) };
}

describe('zone-wide audit trail merge', () => {
  const trails = {
    credit: trail('credit', [59, 50, 41, 30, 30, 12]),
    supervision: trail('supervision', [58, 50, 45, 44, 43, 42, 1]),
    land: trail('land', []),
    party: trail('party', [30]),
  };

  it('pages through every service newest first, without duplicates or gaps, whatever the page size', () => {
    const everything = SERVICES.flatMap((service) => trails[service].map((entry) => ({ ...entry, service })));
    const expected = [...everything].sort((a, b) =>
      a.occurredAt === b.occurredAt ? a.service.localeCompare(b.service) : b.occurredAt.localeCompare(a.occurredAt),
    );
    for (const limit of [1, 2, 3, 5, 20]) {
      let position: ZonePosition | undefined = { credit: 'start', supervision: 'start', land: 'start', party: 'start' };
      const seen: string[] = [];
      while (position !== undefined) {
        const current: ZonePosition = decodeZoneCursor(encodeZoneCursor(position), SERVICES);
        const pages = SERVICES.filter((service) => current[service] !== 'end').map((service) => pageOf(service, trails[service], current[service], limit));
        const { items, next } = mergeTrailPages(current, pages, limit);
        expect(items.length).toBeLessThanOrEqual(limit);
        seen.push(...items.map((item) => item.id));
        position = next;
      }
      expect(seen).toEqual(expected.map((entry) => entry.id));
    }
  });

  it("keeps a service's own order when its entries share an instant", () => {
    const { items } = mergeTrailPages({ credit: 'start', supervision: 'end', land: 'end', party: 'end' }, [pageOf('credit', trails.credit, 'start', 6)], 6);
    expect(items.map((item) => item.id)).toEqual(['credit-0', 'credit-1', 'credit-2', 'credit-3', 'credit-4', 'credit-5']);
  });

  it('leaves a service where it was when nothing was taken from it, and ends when every service has', () => {
    const position: ZonePosition = { credit: 'start', supervision: 'start', land: 'end', party: 'end' };
    const first = mergeTrailPages(position, [pageOf('credit', trails.credit, 'start', 1), pageOf('supervision', trails.supervision, 'start', 1)], 1);
    expect(first.items.map((item) => item.id)).toEqual(['credit-0']);
    expect(first.next).toEqual({ credit: { after: 'credit-0' }, supervision: 'start', land: 'end', party: 'end' });
    const last = mergeTrailPages({ credit: 'end', supervision: 'end', land: 'end', party: { after: 'x' } }, [{ service: 'party', items: [] }], 5);
    expect(last).toEqual({ items: [], next: undefined });
  });

  it('refuses a cursor it did not hand out', () => {
    expect(() => decodeZoneCursor('not-json', SERVICES)).toThrow(ProblemException);
    expect(() => decodeZoneCursor(Buffer.from(JSON.stringify({ credit: '' })).toString('base64url'), SERVICES)).toThrow(ProblemException);
    expect(() => decodeZoneCursor(Buffer.from(JSON.stringify({ credit: 1, supervision: '', land: '', party: '' })).toString('base64url'), SERVICES)).toThrow(
      ProblemException,
    );
  });
});
