import { TransitionTable } from '#platform/state';

/**
 * An approval batch's life: preparing → file assembled (组卷) → submitted → supplement requested (补件) ↔
 * resubmitted → approved or rejected.
 */
export const BATCH_STATUSES = ['preparing', 'file-assembled', 'submitted', 'supplement-requested', 'resubmitted', 'approved', 'rejected'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

export const BATCH_ACTIONS = ['assemble-file', 'submit', 'request-supplement', 'resubmit', 'approve', 'reject'] as const;
export type BatchAction = (typeof BATCH_ACTIONS)[number];

const LIFECYCLE = new TransitionTable<BatchStatus, BatchAction>(
  {
    'assemble-file': { from: ['preparing'], to: 'file-assembled' },
    submit: { from: ['file-assembled'], to: 'submitted' },
    'request-supplement': { from: ['submitted', 'resubmitted'], to: 'supplement-requested' },
    resubmit: { from: ['supplement-requested'], to: 'resubmitted' },
    approve: { from: ['submitted', 'resubmitted'], to: 'approved' },
    reject: { from: ['submitted', 'resubmitted'], to: 'rejected' },
  },
  (status, action) => new BatchTransitionError(status, action),
);

export class BatchTransitionError extends Error {
  override readonly name = 'BatchTransitionError';
  constructor(
    readonly status: BatchStatus,
    readonly action: BatchAction,
  ) {
    super(`A batch that is ${status} cannot ${action.replace('-', ' ')}; allowed from: ${LIFECYCLE.allowedFrom(action).join(', ')}.`);
  }
}

/** The status after `action`, or BatchTransitionError when the batch is not in a state that allows it. */
export function nextStatus(status: BatchStatus, action: BatchAction): BatchStatus {
  return LIFECYCLE.next(status, action);
}

/** Parcels can change only while the batch is being prepared: the file freezes them. */
export function parcelsEditable(status: BatchStatus): boolean {
  return status === 'preparing';
}

export function isClosed(status: BatchStatus): boolean {
  return status === 'approved' || status === 'rejected';
}

export interface StageEntry {
  status: BatchStatus;
  /** Day the batch entered the status (Asia/Shanghai). */
  on: string;
}

export interface StageSpan {
  status: BatchStatus;
  enteredOn: string;
  /** Day the batch left the status; null while it is still there. */
  leftOn: string | null;
}

/**
 * The spans a batch spent in each status, in order, from its transition history (oldest first). A status
 * entered twice (supplement rounds) appears twice, so waiting on each round stays visible.
 */
export function stageSpans(history: readonly StageEntry[]): StageSpan[] {
  return history.map((entry, index) => ({ status: entry.status, enteredOn: entry.on, leftOn: history[index + 1]?.on ?? null }));
}
