import { describe, expect, it } from '@jest/globals';
import { ProblemException } from '../problem/problem.exception.js';
import { decodeCursor, encodeCursor, toPage } from './cursor.js';

describe('cursor pagination', () => {
  it('round-trips a key and rejects foreign cursors', () => {
    expect(decodeCursor(encodeCursor(['2026-01-27T01:00:00.000Z', 'abc']), 2)).toEqual(['2026-01-27T01:00:00.000Z', 'abc']);
    expect(() => decodeCursor('garbage', 2)).toThrow(ProblemException);
    expect(() => decodeCursor(encodeCursor(['only-one']), 2)).toThrow(ProblemException);
  });

  it('refuses a well-formed cursor it did not sign, and one whose key was edited', () => {
    const forged = Buffer.from(JSON.stringify({ k: ['x', 'y'] })).toString('base64url');
    expect(() => decodeCursor(forged, 2)).toThrow(ProblemException);
    const [, signature] = encodeCursor(['2026-01-27T01:00:00.000Z', 'abc']).split('.');
    expect(() => decodeCursor(`${forged}.${signature}`, 2)).toThrow(ProblemException);
  });

  it('offers a next cursor only when an extra row was fetched', () => {
    const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const full = toPage(
      rows,
      2,
      (row) => [row.id],
      (row) => row.id,
    );
    expect(full.items).toEqual([1, 2]);
    expect(decodeCursor(full.nextCursor!, 1)).toEqual([2]);
    expect(
      toPage(
        rows,
        3,
        (row) => [row.id],
        (row) => row.id,
      ).nextCursor,
    ).toBeUndefined();
  });
});
