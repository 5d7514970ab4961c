import { describe, expect, it } from '@jest/globals';
import { groupRows } from './group-rows.js';

describe('groupRows', () => {
  it('groups rows by key and keeps their order within each group', () => {
    const groups = groupRows(
      [
        { k: 'a', n: 1 },
        { k: 'b', n: 2 },
        { k: 'a', n: 3 },
      ],
      (row) => row.k,
    );
    expect([...groups.keys()]).toEqual(['a', 'b']);
    expect(groups.get('a')!.map((row) => row.n)).toEqual([1, 3]);
    expect(groups.get('c')).toBeUndefined();
  });
});
