import { describe, expect, it } from '@jest/globals';
import { approvalPeriodOf } from './approval-period.js';

describe('approvalPeriodOf', () => {
  it('keeps the period without sinceYear', () => {
    expect(approvalPeriodOf({ from: null, to: '2026-04-30' }, undefined)).toEqual({ from: null, to: '2026-04-30' });
  });

  it('starts on 1 January of sinceYear at the latest', () => {
    expect(approvalPeriodOf({ from: null, to: '2026-04-30' }, 2022)).toEqual({ from: '2022-01-01', to: '2026-04-30' });
    expect(approvalPeriodOf({ from: '2021-06-01', to: '2026-04-30' }, 2022)).toEqual({ from: '2022-01-01', to: '2026-04-30' });
    expect(approvalPeriodOf({ from: '2023-03-01', to: '2026-04-30' }, 2022)).toEqual({ from: '2023-03-01', to: '2026-04-30' });
  });
});
