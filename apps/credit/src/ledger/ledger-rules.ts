/** Kinds of ledger entry. Corrections are reversals of an earlier entry, never edits. */
export const ENTRY_KINDS = ['award', 'deduction', 'redemption', 'reversal'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** A resident's running totals; all non-negative amounts of points. */
export interface PointTotals {
  earned: number;
  deducted: number;
  redeemed: number;
}

export const ZERO_TOTALS: PointTotals = { earned: 0, deducted: 0, redeemed: 0 };

/** Credit score (decides the rating): earned minus deducted. */
export function creditScore(totals: PointTotals): number {
  return totals.earned - totals.deducted;
}

/** Spendable balance: score minus redeemed. */
export function spendableBalance(totals: PointTotals): number {
  return creditScore(totals) - totals.redeemed;
}

/** What one entry moves: `amount` is always positive; the kind says which total it feeds. */
export interface EntryMovement {
  kind: Exclude<EntryKind, 'reversal'>;
  amount: number;
}

/** What an indicator's points move: an award for positive points, a deduction for negative ones. */
export function indicatorMovement(points: number): EntryMovement {
  return { kind: points > 0 ? 'award' : 'deduction', amount: Math.abs(points) };
}

/** Totals after `movement`, or after undoing it when `reverse` (a reversal entry). */
export function applyMovement(totals: PointTotals, movement: EntryMovement, reverse = false): PointTotals {
  if (!Number.isInteger(movement.amount) || movement.amount <= 0) throw new Error('amount must be a positive integer');
  const sign = reverse ? -1 : 1;
  const field = movement.kind === 'award' ? 'earned' : movement.kind === 'deduction' ? 'deducted' : 'redeemed';
  return { ...totals, [field]: totals[field] + sign * movement.amount };
}

/** Signed changes of score and balance caused by a movement (or its reversal), as recorded on the entry. */
export function deltasOf(movement: EntryMovement, reverse = false): { scoreDelta: number; balanceDelta: number } {
  const before = ZERO_TOTALS;
  const after = applyMovement(before, movement, reverse);
  return { scoreDelta: creditScore(after), balanceDelta: spendableBalance(after) };
}

/** Why a redemption of `cost` points cannot be taken from `totals`, or undefined. */
export function redemptionProblem(totals: PointTotals, cost: number): string | undefined {
  if (!Number.isInteger(cost) || cost <= 0) return 'cost must be a positive integer';
  const balance = spendableBalance(totals);
  return balance >= cost ? undefined : `spendable balance ${balance} is less than ${cost}`;
}

/** Scoring periods are calendar years in Asia/Shanghai: '2026-04-18' → '2026'. */
export function scoringPeriodOf(businessDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(businessDate)) throw new Error(`not a business date: ${businessDate}`);
  return businessDate.slice(0, 4);
}

/** Whether one more award fits an indicator's per-resident limit, given the awards already standing in the period. */
export function withinLimit(limitPerPeriod: number | null, standingInPeriod: number): boolean {
  return limitPerPeriod === null || standingInPeriod < limitPerPeriod;
}
