import { describe, expect, it } from '@jest/globals';
import { partitionLags } from './partition-lags.js';

describe('partitionLags', () => {
  const log = [
    { partition: 0, low: '0', high: '10' },
    { partition: 1, low: '40', high: '45' },
    { partition: 2, low: '7', high: '7' },
  ];

  it('counts the records between what the group committed and the end of the log', () => {
    const committed = [
      { partition: 0, offset: '4' },
      { partition: 1, offset: '45' },
      { partition: 2, offset: '7' },
    ];
    expect(partitionLags('g', 't', committed, log).map(({ lag }) => lag)).toEqual([6, 0, 0]);
  });

  it('counts a group that never committed from the start of the log', () => {
    expect(partitionLags('g', 't', [{ partition: 0, offset: '-1' }], log).map(({ lag }) => lag)).toEqual([10, 5, 0]);
  });

  it('does not count records removed from the log before the group read them', () => {
    const committed = [
      { partition: 1, offset: '12' },
      { partition: 2, offset: '3' },
    ];
    expect(partitionLags('supervision.land-projects', 'zone.land.projects', committed, log)).toEqual([
      { group: 'supervision.land-projects', topic: 'zone.land.projects', partition: 0, lag: 10 },
      { group: 'supervision.land-projects', topic: 'zone.land.projects', partition: 1, lag: 5 },
      { group: 'supervision.land-projects', topic: 'zone.land.projects', partition: 2, lag: 0 },
    ]);
  });
});
