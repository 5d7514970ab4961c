import { describe, expect, it } from '@jest/globals';
import { isOverdue, transferTransition } from './transfer-rules.js';

describe('transferTransition', () => {
  it('walks requested → approved (sending side) → completed (receiving side)', () => {
    expect(transferTransition('requested', 'approve')).toEqual({ ok: true, status: 'approved', side: 'sending' });
    expect(transferTransition('approved', 'accept')).toEqual({ ok: true, status: 'completed', side: 'receiving' });
  });

  it('lets the side whose turn it is reject', () => {
    expect(transferTransition('requested', 'reject')).toEqual({ ok: true, status: 'rejected', side: 'sending' });
    expect(transferTransition('approved', 'reject')).toEqual({ ok: true, status: 'rejected', side: 'receiving' });
  });

  it('refuses skipping a stage and acting on a closed transfer', () => {
    expect(transferTransition('requested', 'accept')).toEqual({ ok: false, problem: 'a requested transfer cannot be accepted' });
    expect(transferTransition('approved', 'approve')).toMatchObject({ ok: false });
    for (const action of ['approve', 'accept', 'reject'] as const) {
      expect(transferTransition('completed', action).ok).toBe(false);
      expect(transferTransition('rejected', action).ok).toBe(false);
    }
  });
});

describe('isOverdue', () => {
  it('is overdue only after the due date and only while open', () => {
    expect(isOverdue('requested', '2026-04-08', '2026-04-08')).toBe(false);
    expect(isOverdue('requested', '2026-04-08', '2026-04-09')).toBe(true);
    expect(isOverdue('approved', '2026-04-08', '2026-05-01')).toBe(true);
    expect(isOverdue('completed', '2026-04-08', '2026-05-01')).toBe(false);
    expect(isOverdue('rejected', '2026-04-08', '2026-05-01')).toBe(false);
    expect(isOverdue('requested', null, '2026-05-01')).toBe(false);
  });
});
