import { describe, expect, it } from '@jest/globals';
import { BatchTransitionError, nextStatus, parcelsEditable, stageSpans, type BatchAction, type BatchStatus } from './batch-lifecycle.js';

describe('batch lifecycle', () => {
  it('walks preparing → file assembled → submitted → supplement ↔ resubmitted → approved', () => {
    const actions: BatchAction[] = ['assemble-file', 'submit', 'request-supplement', 'resubmit', 'request-supplement', 'resubmit', 'approve'];
    let status: BatchStatus = 'preparing';
    const seen: BatchStatus[] = [];
    for (const action of actions) seen.push((status = nextStatus(status, action)));
    expect(seen).toEqual(['file-assembled', 'submitted', 'supplement-requested', 'resubmitted', 'supplement-requested', 'resubmitted', 'approved']);
  });

  it('refuses skipping steps and acting on a closed batch', () => {
    expect(() => nextStatus('preparing', 'submit')).toThrow(BatchTransitionError);
    expect(() => nextStatus('file-assembled', 'approve')).toThrow(BatchTransitionError);
    expect(() => nextStatus('supplement-requested', 'approve')).toThrow(BatchTransitionError);
    expect(() => nextStatus('approved', 'approve')).toThrow(BatchTransitionError);
    expect(() => nextStatus('rejected', 'resubmit')).toThrow(BatchTransitionError);
    expect(nextStatus('resubmitted', 'reject')).toBe('rejected');
  });

  it('freezes parcels once the file is assembled', () => {
    expect(parcelsEditable('preparing')).toBe(true);
    expect(parcelsEditable('file-assembled')).toBe(false);
    expect(parcelsEditable('supplement-requested')).toBe(false);
  });

  it('turns the history into spans per status, repeated rounds included', () => {
    expect(
      stageSpans([
        { status: 'preparing', on: '2026-02-02' },
        { status: 'submitted', on: '2026-02-10' },
        { status: 'supplement-requested', on: '2026-02-20' },
        { status: 'resubmitted', on: '2026-02-25' },
      ]),
    ).toEqual([
      { status: 'preparing', enteredOn: '2026-02-02', leftOn: '2026-02-10' },
      { status: 'submitted', enteredOn: '2026-02-10', leftOn: '2026-02-20' },
      { status: 'supplement-requested', enteredOn: '2026-02-20', leftOn: '2026-02-25' },
      { status: 'resubmitted', enteredOn: '2026-02-25', leftOn: null },
    ]);
  });
});
