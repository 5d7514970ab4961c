import { TransitionTable } from '#platform/state';
import type { PublicationReview } from '../supervision-items/supervision-item-origin.js';

/**
 * Lifecycle of a disclosure (公示信息): draft → submitted → published; under an item that requires review a clerk's
 * publication goes to `pending-review` until a discipline supervisor approves (published) or returns it (draft). A
 * published record changes only by correction.
 */
export const DISCLOSURE_STATUSES = ['draft', 'submitted', 'pending-review', 'published'] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];

export type DisclosureAction = 'edit' | 'submit' | 'return' | 'publish' | 'request-review' | 'approve' | 'correct';

const LIFECYCLE = new TransitionTable<DisclosureStatus, DisclosureAction>(
  {
    edit: { from: ['draft'], to: 'draft' },
    submit: { from: ['draft'], to: 'submitted' },
    return: { from: ['submitted', 'pending-review'], to: 'draft' },
    publish: { from: ['submitted'], to: 'published' },
    'request-review': { from: ['submitted'], to: 'pending-review' },
    approve: { from: ['pending-review'], to: 'published' },
    correct: { from: ['published'], to: 'published' },
  },
  (status, action) => new DisclosureTransitionError(status, action),
);

/**
 * What a publication request does: publish, or (an item requiring review, asked by anyone but a discipline
 * supervisor) wait for a supervisor's approval. A supervisor's own publication is the review.
 */
export function publicationAction(review: PublicationReview, bySupervisor: boolean): 'publish' | 'request-review' {
  return review === 'review-required' && !bySupervisor ? 'request-review' : 'publish';
}

/** Only a discipline supervisor decides on a disclosure waiting for review, returning it included. */
export function mayDecideOn(status: DisclosureStatus, bySupervisor: boolean): boolean {
  return status !== 'pending-review' || bySupervisor;
}

export class DisclosureTransitionError extends Error {
  override readonly name = 'DisclosureTransitionError';
  constructor(
    readonly status: DisclosureStatus,
    readonly action: DisclosureAction,
  ) {
    super(
      action === 'edit' && status !== 'draft'
        ? `A ${status} disclosure cannot be edited${status === 'published' ? '; publish a correction instead, which keeps the published version in the public history' : '; return it to draft first'}`
        : `Cannot ${action} a disclosure that is ${status}`,
    );
  }
}

export function nextDisclosureStatus(status: DisclosureStatus, action: DisclosureAction): DisclosureStatus {
  return LIFECYCLE.next(status, action);
}

/** Units quantities are stated in: money in yuan (元) to 2 places, land in mu (亩) to 4. */
export const QUANTITY_UNITS = { yuan: 2, mu: 4 } as const;
export type QuantityUnit = keyof typeof QUANTITY_UNITS;

/** Exact sum of non-negative decimal strings at a fixed scale; never passes through a float. */
export function sumDecimals(values: readonly string[], scale: number): string {
  const factor = 10n ** BigInt(scale);
  let total = 0n;
  for (const value of values) {
    const match = /^(\d+)(?:\.(\d+))?$/.exec(value);
    if (match === null) throw new RangeError(`"${value}" is not a non-negative decimal`);
    const fraction = match[2] ?? '';
    if (fraction.length > scale) throw new RangeError(`"${value}" has more than ${scale} decimal places`);
    total += BigInt(match[1]!) * factor + BigInt(fraction.padEnd(scale, '0') || '0');
  }
  const whole = total / factor;
  const rest = (total % factor).toString().padStart(scale, '0');
  return scale === 0 ? whole.toString() : `${whole}.${rest}`;
}

/** Per-unit totals of a disclosure's lines, e.g. `{ yuan: '12800.00' }`; units without lines are left out. */
export function totalsOf(lines: readonly { quantity: string; unit: QuantityUnit }[]): Partial<Record<QuantityUnit, string>> {
  const totals: Partial<Record<QuantityUnit, string>> = {};
  for (const unit of Object.keys(QUANTITY_UNITS) as QuantityUnit[]) {
    const quantities = lines.filter((line) => line.unit === unit).map((line) => line.quantity);
    if (quantities.length > 0) totals[unit] = sumDecimals(quantities, QUANTITY_UNITS[unit]);
  }
  return totals;
}
