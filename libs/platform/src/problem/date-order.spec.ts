import { describe, expect, it } from '@jest/globals';
import { assertDateOrder } from './date-order.js';
import { ProblemException } from './problem.exception.js';

function problemOf(run: () => void): Record<string, unknown> | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof ProblemException) return error.problem as unknown as Record<string, unknown>;
    throw error;
  }
}

describe('assertDateOrder', () => {
  it('accepts dates in order, equal dates, and facts that have not happened yet', () => {
    expect(
      problemOf(() =>
        assertDateOrder([
          { name: 'heldOn', date: '2026-05-03' },
          { name: 'dueOn', date: '2026-05-03' },
          { name: 'doneOn', date: '2026-05-04' },
        ]),
      ),
    ).toBeUndefined();
    expect(
      problemOf(() =>
        assertDateOrder([
          { name: 'requestedOn', date: '2026-05-03' },
          { name: 'decidedOn', date: null },
          { name: 'completedOn', date: '2026-05-09' },
        ]),
      ),
    ).toBeUndefined();
    expect(problemOf(() => assertDateOrder([]))).toBeUndefined();
  });

  it('refuses a later fact dated before an earlier one with a 422 naming both fields and dates', () => {
    const problem = problemOf(() =>
      assertDateOrder([
        { name: 'meeting.heldOn', date: '2026-05-03', label: 'the meeting held on' },
        { name: 'dueOn', date: '2026-05-01' },
      ]),
    );
    expect(problem).toMatchObject({
      type: 'urn:zone-gov:problem:date-order',
      status: 422,
      detail: 'dueOn 2026-05-01 is before the meeting held on 2026-05-03.',
      errors: [{ field: 'dueOn', message: 'dueOn 2026-05-01 is before the meeting held on 2026-05-03' }],
      earlier: { field: 'meeting.heldOn', date: '2026-05-03' },
      later: { field: 'dueOn', date: '2026-05-01' },
    });
  });

  it('compares every pair, so a missing middle date does not hide a skipped order', () => {
    const problem = problemOf(() =>
      assertDateOrder([
        { name: 'requestedOn', date: '2026-05-10' },
        { name: 'decidedOn', date: undefined },
        { name: 'completedOn', date: '2026-05-09' },
      ]),
    );
    expect(problem).toMatchObject({ earlier: { field: 'requestedOn', date: '2026-05-10' }, later: { field: 'completedOn', date: '2026-05-09' } });
  });

  it('counts an instant on its Asia/Shanghai day', () => {
    // 2026-05-02T17:00Z is 01:00 on 3 May in Shanghai: the same day as the meeting, so in order.
    expect(
      problemOf(() =>
        assertDateOrder([
          { name: 'heldOn', date: '2026-05-03' },
          { name: 'closedAt', date: new Date('2026-05-02T17:00:00Z') },
        ]),
      ),
    ).toBeUndefined();
    expect(
      problemOf(() =>
        assertDateOrder([
          { name: 'heldOn', date: '2026-05-03' },
          { name: 'closedAt', date: new Date('2026-05-02T15:00:00Z') },
        ]),
      ),
    ).toMatchObject({ later: { field: 'closedAt', date: '2026-05-02' } });
  });
});
