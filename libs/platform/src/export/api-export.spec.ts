import { describe, expect, it } from '@jest/globals';
import { ProblemException } from '../problem/problem.exception.js';
import { asOfDate, exportFormatOf, filterText } from './api-export.js';

describe('export parameters', () => {
  it('accepts json, csv and xlsx; anything else is a validation problem on `format`', () => {
    expect(exportFormatOf(undefined)).toBe('json');
    expect(exportFormatOf('xlsx')).toBe('xlsx');
    expect(() => exportFormatOf('pdf')).toThrow(ProblemException);
    expect(() => exportFormatOf(['csv', 'xlsx'])).toThrow(ProblemException);
    expect(() => exportFormatOf('CSV')).toThrow(ProblemException);
  });

  it('states the filters without the paging parameters, and the as-of date from asOf or to', () => {
    expect(filterText({ limit: '20', cursor: 'x', format: 'csv' })).toBe('全部');
    expect(filterText({ to: '2026-04-30', communityCode: 'shengtang', status: ['open', 'closed'] })).toBe(
      'communityCode=shengtang；status=open,closed；to=2026-04-30',
    );
    expect(asOfDate({ asOf: '2026-04-30', to: '2026-05-31' })).toBe('2026-04-30');
    expect(asOfDate({ from: '2026-01-01', to: '2026-05-31' })).toBe('2026-05-31');
    expect(asOfDate({ asOf: 'yesterday' })).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
