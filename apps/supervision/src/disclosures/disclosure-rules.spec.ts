import { describe, expect, it } from '@jest/globals';
import { DisclosureTransitionError, mayDecideOn, nextDisclosureStatus, publicationAction, sumDecimals, totalsOf } from './disclosure-rules.js';

describe('disclosure lifecycle', () => {
  it('runs draft → submitted → published, with return to draft for rework', () => {
    expect(nextDisclosureStatus('draft', 'submit')).toBe('submitted');
    expect(nextDisclosureStatus('submitted', 'return')).toBe('draft');
    expect(nextDisclosureStatus('submitted', 'publish')).toBe('published');
    expect(nextDisclosureStatus('published', 'correct')).toBe('published');
  });

  it('never changes a published record silently: editing it is refused and points to corrections', () => {
    expect(() => nextDisclosureStatus('published', 'edit')).toThrow(/correction/);
    expect(() => nextDisclosureStatus('draft', 'publish')).toThrow(DisclosureTransitionError);
    expect(() => nextDisclosureStatus('draft', 'correct')).toThrow(DisclosureTransitionError);
    expect(() => nextDisclosureStatus('submitted', 'edit')).toThrow(/return it to draft/);
  });
});

describe('publication review', () => {
  it('lets a clerk publish alone under `direct`, and makes them wait for a supervisor under `review-required`', () => {
    expect(publicationAction('direct', false)).toBe('publish');
    expect(publicationAction('review-required', false)).toBe('request-review');
    expect(publicationAction('review-required', true)).toBe('publish');
    expect(publicationAction('direct', true)).toBe('publish');
  });

  it('runs submitted → pending-review → published, or back to draft, and nothing else from pending-review', () => {
    expect(nextDisclosureStatus('submitted', 'request-review')).toBe('pending-review');
    expect(nextDisclosureStatus('pending-review', 'approve')).toBe('published');
    expect(nextDisclosureStatus('pending-review', 'return')).toBe('draft');
    expect(() => nextDisclosureStatus('pending-review', 'publish')).toThrow(DisclosureTransitionError);
    expect(() => nextDisclosureStatus('pending-review', 'edit')).toThrow(/return it to draft/);
    expect(() => nextDisclosureStatus('submitted', 'approve')).toThrow(DisclosureTransitionError);
  });

  it('leaves the decision on a pending disclosure to supervisors', () => {
    expect(mayDecideOn('pending-review', false)).toBe(false);
    expect(mayDecideOn('pending-review', true)).toBe(true);
    expect(mayDecideOn('submitted', false)).toBe(true);
  });
});

describe('exact totals', () => {
  it('adds decimals without floating-point error', () => {
    expect(sumDecimals(['0.1', '0.2'], 2)).toBe('0.30');
    expect(sumDecimals(['382.54', '894.6635'], 4)).toBe('1277.2035');
    expect(sumDecimals([], 2)).toBe('0.00');
    expect(() => sumDecimals(['1.234'], 2)).toThrow(/decimal places/);
  });

  it('totals lines per unit of measure', () => {
    expect(
      totalsOf([
        { quantity: '600', unit: 'yuan' },
        { quantity: '600.5', unit: 'yuan' },
        { quantity: '382.54', unit: 'mu' },
      ]),
    ).toEqual({ yuan: '1200.50', mu: '382.5400' });
  });
});
