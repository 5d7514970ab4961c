import type { ServiceName } from '#contracts';
import { platformProblems } from '#platform/problems';

/** Where the zone-wide list stands in one service's trail: a cursor to continue after, its start, or its end. */
export type TrailPosition = { after: string } | 'start' | 'end';

/** The zone-wide list's position: one per service. */
export type ZonePosition = Record<ServiceName, TrailPosition>;

interface MergeableEntry {
  occurredAt: string;
  cursor: string;
}

/** What one service answered for its part of a zone-wide page. */
export interface TrailPage<E extends MergeableEntry> {
  service: ServiceName;
  items: E[];
  nextCursor?: string;
}

const invalidCursor = platformProblems.invalidCursor;

/**
 * The zone-wide cursor: each service's own cursor (which that service signed and will verify), or the
 * marks "not started" ('') and "finished" (null), as opaque base64url JSON.
 */
export function encodeZoneCursor(position: ZonePosition): string {
  const parts = Object.fromEntries(Object.entries(position).map(([service, at]) => [service, at === 'start' ? '' : at === 'end' ? null : at.after]));
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeZoneCursor(cursor: string, services: readonly ServiceName[]): ZonePosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalidCursor();
  const parts = parsed as Record<string, unknown>;
  if (Object.keys(parts).length !== services.length) throw invalidCursor();
  return Object.fromEntries(
    services.map((service) => {
      const part = parts[service];
      if (part === null) return [service, 'end'];
      if (part === '') return [service, 'start'];
      if (typeof part === 'string' && part.length <= 512) return [service, { after: part }];
      throw invalidCursor();
    }),
  ) as ZonePosition;
}

/**
 * Merges the services' pages newest first into one page of at most `limit` entries. Each service was
 * asked for `limit` entries after its position, so whatever is taken from one is exactly a prefix of
 * what it holds next: the new position of a service is the cursor of the last entry taken from it, and
 * a service from which nothing was taken stays where it was. Ties in time go by service name, and a
 * service's own entries keep their order. No entry is shown twice or skipped across pages.
 */
export function mergeTrailPages<E extends MergeableEntry>(
  position: ZonePosition,
  pages: TrailPage<E>[],
  limit: number,
): { items: (E & { service: ServiceName })[]; next: ZonePosition | undefined } {
  const heads = pages.map((page) => ({ page, taken: 0 }));
  const items: (E & { service: ServiceName })[] = [];
  while (items.length < limit) {
    let newest: (typeof heads)[number] | undefined;
    for (const head of heads) {
      const entry = head.page.items[head.taken];
      if (entry === undefined) continue;
      const best = newest?.page.items[newest.taken];
      if (best === undefined || entry.occurredAt > best.occurredAt || (entry.occurredAt === best.occurredAt && head.page.service < newest!.page.service))
        newest = head;
    }
    if (newest === undefined) break;
    items.push({ ...newest.page.items[newest.taken]!, service: newest.page.service });
    newest.taken += 1;
  }
  const next: ZonePosition = { ...position };
  for (const { page, taken } of heads) {
    const exhausted = taken === page.items.length && page.nextCursor === undefined;
    if (exhausted) next[page.service] = 'end';
    else if (taken > 0) next[page.service] = { after: page.items[taken - 1]!.cursor };
  }
  return { items, next: Object.values(next).every((at) => at === 'end') ? undefined : next };
}
