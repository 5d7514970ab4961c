/**
 * Transfer of a floating member's organisational relations (组织关系转接):
 *   requested --approve (sending side)--> approved --accept (receiving side)--> completed
 *   requested --reject (sending side)--> rejected;  approved --reject (receiving side)--> rejected
 * Each open stage is due a fixed number of working days (shared calendar) after it started.
 */
export const TRANSFER_STATUSES = ['requested', 'approved', 'completed', 'rejected'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
export const TRANSFER_ACTIONS = ['approve', 'accept', 'reject'] as const;
export type TransferAction = (typeof TRANSFER_ACTIONS)[number];
export type TransferSide = 'sending' | 'receiving';

/** Working days each side has to act. */
export const STAGE_WORKING_DAYS = 5;

export type TransitionResult = { ok: true; status: TransferStatus; side: TransferSide } | { ok: false; problem: string };

export function transferTransition(status: TransferStatus, action: TransferAction): TransitionResult {
  if (status === 'requested' && action === 'approve') return { ok: true, status: 'approved', side: 'sending' };
  if (status === 'requested' && action === 'reject') return { ok: true, status: 'rejected', side: 'sending' };
  if (status === 'approved' && action === 'accept') return { ok: true, status: 'completed', side: 'receiving' };
  if (status === 'approved' && action === 'reject') return { ok: true, status: 'rejected', side: 'receiving' };
  return { ok: false, problem: `a ${status} transfer cannot be ${action === 'approve' ? 'approved' : action === 'accept' ? 'accepted' : 'rejected'}` };
}

export function isOpen(status: TransferStatus): boolean {
  return status === 'requested' || status === 'approved';
}

/** Overdue once the due date (inclusive) has passed while the stage is still open. Dates are 'YYYY-MM-DD'. */
export function isOverdue(status: TransferStatus, dueOn: string | null, today: string): boolean {
  return isOpen(status) && dueOn !== null && today > dueOn;
}
