import { platformProblems } from '../problem/platform-problems.js';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Keyset position: the sort key values of the last item returned, so pages stay stable under inserts. */
export type CursorKey = (string | number)[];

const SIGNATURE_BYTES = 16;

/** Replaced at service start-up by a key derived from the service's secrets, so that replicas agree. */
let signingKey = randomBytes(32);

/**
 * Cursors are signed: a list only decodes positions it handed out itself, so a forged or edited cursor
 * is a 400 before its values reach a query.
 */
export function useCursorSigningKey(secret: Buffer): void {
  signingKey = createHmac('sha256', secret).update('zone-gov page cursor').digest();
}

function signatureOf(payload: string): Buffer {
  return createHmac('sha256', signingKey).update(payload).digest().subarray(0, SIGNATURE_BYTES);
}

export function encodeCursor(key: CursorKey): string {
  const payload = Buffer.from(JSON.stringify({ k: key })).toString('base64url');
  return `${payload}.${signatureOf(payload).toString('base64url')}`;
}

export function decodeCursor(cursor: string, arity: number): CursorKey {
  const [payload, signature, ...rest] = cursor.split('.');
  if (payload !== undefined && signature !== undefined && rest.length === 0) {
    const given = Buffer.from(signature, 'base64url');
    if (given.length === SIGNATURE_BYTES && timingSafeEqual(given, signatureOf(payload))) {
      try {
        const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { k?: unknown };
        if (Array.isArray(parsed.k) && parsed.k.length === arity && parsed.k.every((part) => typeof part === 'string' || typeof part === 'number')) {
          return parsed.k as CursorKey;
        }
      } catch {
        // fall through to the problem below
      }
    }
  }
  throw platformProblems.invalidCursor();
}

export interface Page<T> {
  items: T[];
  /** Absent on the last page. */
  nextCursor?: string;
}

/** Builds a page from `limit + 1` fetched rows: the extra row only tells whether another page exists. */
export function toPage<Row, Item>(rows: Row[], limit: number, keyOf: (row: Row) => CursorKey, toItem: (row: Row) => Item): Page<Item> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(toItem),
    ...(rows.length > limit && last !== undefined ? { nextCursor: encodeCursor(keyOf(last)) } : {}),
  };
}
