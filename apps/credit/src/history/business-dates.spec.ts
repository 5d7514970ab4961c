import { describe, expect, it } from '@jest/globals';
import { ProblemException } from '#platform';
import { EARLIEST_HISTORY_DATE, historyDateProblem, statisticsWindow } from './business-dates.js';

describe('history dates', () => {
  it('accepts a day before today and not before the earliest history date', () => {
    expect(historyDateProblem('2026-04-29', '2026-04-30')).toBeUndefined();
    expect(historyDateProblem(EARLIEST_HISTORY_DATE, '2026-04-30')).toBeUndefined();
  });

  it('refuses today, the future and dates before the earliest', () => {
    expect(historyDateProblem('2026-04-30', '2026-04-30')).toMatch(/not before today/);
    expect(historyDateProblem('2026-05-01', '2026-04-30')).toMatch(/not before today/);
    expect(historyDateProblem('2018-12-31', '2026-04-30')).toMatch(/earliest/);
  });
});

describe('statistics window', () => {
  const problemOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return (error as ProblemException).problem;
    }
    throw new Error('expected a problem');
  };

  it('is as of today by default, as of asOf, or the period from..to', () => {
    expect(statisticsWindow({}, '2026-11-30')).toEqual({ from: null, asOf: '2026-11-30' });
    expect(statisticsWindow({ asOf: '2026-04-30' }, '2026-11-30')).toEqual({ from: null, asOf: '2026-04-30' });
    expect(statisticsWindow({ from: '2026-03-01', to: '2026-03-31' }, '2026-11-30')).toEqual({ from: '2026-03-01', asOf: '2026-03-31' });
    expect(statisticsWindow({ from: '2026-03-01' }, '2026-11-30')).toEqual({ from: '2026-03-01', asOf: '2026-11-30' });
    expect(statisticsWindow({ from: '2026-03-01', to: '2026-03-01' }, '2026-11-30')).toEqual({ from: '2026-03-01', asOf: '2026-03-01' });
  });

  it('refuses from after to (422 date-order) and asOf with a period (400)', () => {
    expect(problemOf(() => statisticsWindow({ from: '2026-04-01', to: '2026-03-31' }, '2026-11-30'))).toMatchObject({ status: 422, type: expect.stringMatching(/date-order$/) });
    expect(problemOf(() => statisticsWindow({ asOf: '2026-04-01', to: '2026-04-30' }, '2026-11-30'))).toMatchObject({ status: 400 });
  });
});
