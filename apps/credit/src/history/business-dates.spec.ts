import { describe, expect, it } from '@jest/globals';
import { EARLIEST_HISTORY_DATE, historyDateProblem } from './business-dates.js';

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
