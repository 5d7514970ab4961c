import { afterEach, describe, expect, it } from '@jest/globals';
import { clock } from '../clock/clock.js';
import { ProblemException } from '../problem/problem.exception.js';
import { reportingPeriodOf } from './reporting-period.js';

function statusOf(run: () => unknown): number | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof ProblemException) return error.problem.status;
    throw error;
  }
}

describe('reportingPeriodOf', () => {
  afterEach(() => clock.reset());

  it('is as of today when nothing is given', () => {
    clock.freezeAt('2026-04-30T10:00:00+08:00');
    expect(reportingPeriodOf({})).toEqual({ from: null, to: '2026-04-30' });
  });

  it('counts everything up to asOf', () => {
    expect(reportingPeriodOf({ asOf: '2026-03-26' })).toEqual({ from: null, to: '2026-03-26' });
  });

  it('takes from/to inclusive, to defaulting to today', () => {
    clock.freezeAt('2026-05-02T10:00:00+08:00');
    expect(reportingPeriodOf({ from: '2026-01-01', to: '2026-03-31' })).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(reportingPeriodOf({ from: '2026-04-01' })).toEqual({ from: '2026-04-01', to: '2026-05-02' });
    expect(reportingPeriodOf({ from: '2026-04-01', to: '2026-04-01' })).toEqual({ from: '2026-04-01', to: '2026-04-01' });
  });

  it('refuses from after to with the shared date-order problem, and asOf with a period', () => {
    expect(statusOf(() => reportingPeriodOf({ from: '2026-04-02', to: '2026-04-01' }))).toBe(422);
    expect(statusOf(() => reportingPeriodOf({ asOf: '2026-04-02', to: '2026-04-03' }))).toBe(400);
  });
});
