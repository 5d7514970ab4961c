import { describe, expect, it } from '@jest/globals';
import { demandTransition } from './demand-rules.js';

describe('demandTransition', () => {
  it('collects, plans, follows up and closes', () => {
    expect(demandTransition('collected', 'plan')).toEqual({ ok: true, status: 'planned' });
    expect(demandTransition('planned', 'plan')).toEqual({ ok: true, status: 'planned' });
    expect(demandTransition('planned', 'follow-up')).toEqual({ ok: true, status: 'planned' });
    expect(demandTransition('planned', 'close')).toEqual({ ok: true, status: 'closed' });
  });

  it('needs a plan before following up or closing', () => {
    expect(demandTransition('collected', 'follow-up')).toEqual({ ok: false, problem: 'plan a response before following up' });
    expect(demandTransition('collected', 'close')).toEqual({ ok: false, problem: 'plan a response before closing' });
  });

  it('takes nothing more once closed', () => {
    for (const action of ['plan', 'follow-up', 'close'] as const)
      expect(demandTransition('closed', action)).toEqual({ ok: false, problem: 'the demand is closed' });
  });
});
