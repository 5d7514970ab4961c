import { ProblemException } from '../problem/problem.exception.js';

/** Keyset position: the sort key values of the last item returned, so pages stay stable under inserts. */
export type CursorKey = (string | number)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify({ k: key })).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): CursorKey {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { k?: unknown };
    if (Array.isArray(parsed.k) && parsed.k.length === arity && parsed.k.every((part) => typeof part === 'string' || typeof part === 'number')) {
      return parsed.k as CursorKey;
    }
  } catch {
    // fall through to the problem below
  }
  throw ProblemException.of(400, 'invalid-cursor', 'Invalid cursor', 'The cursor is not one this list returned; start again without it.');
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
