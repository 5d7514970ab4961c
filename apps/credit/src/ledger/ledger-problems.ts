import { defineProblem } from '#platform/problems';

interface LimitReached {
  indicatorCode: string;
  limitPerPeriod: number | null;
  period: string;
  standing: number;
}

interface AlreadyApplied {
  conflict: string;
  outcome: string;
}

/** Problems of the credit ledger: recording, reversing and awarding entries. */
export const ledgerProblems = {
  unknownIndicator: defineProblem({
    slug: 'indicator-not-found',
    status: 422,
    title: 'Indicator not found',
    when: 'No indicator with this code in the catalogue.',
    detail: (code: string) => `No indicator ${code} in the catalogue.`,
  }),
  indicatorRetired: defineProblem({
    slug: 'indicator-retired',
    status: 422,
    title: 'Indicator retired',
    when: 'The indicator is retired and can no longer be applied.',
    detail: (code: string) => `Indicator ${code} is retired and can no longer be applied.`,
  }),
  indicatorLimitReached: defineProblem({
    slug: 'indicator-limit-reached',
    status: 422,
    title: 'Limit reached',
    when: 'The indicator has been applied to the resident as often as its per-period limit allows.',
    detail: (limit: LimitReached) =>
      `Indicator ${limit.indicatorCode} may be applied ${limit.limitPerPeriod} time(s) per resident in ${limit.period}; already ${limit.standing}.`,
    extensions: ({ limitPerPeriod, period }: LimitReached) => ({ limitPerPeriod, period }),
  }),
  idempotencyKeyReused: defineProblem({
    slug: 'idempotency-key-reused',
    status: 422,
    title: 'Idempotency key reused',
    when: 'The Idempotency-Key was already used for an entry of another resident.',
    detail: () => 'This key was already used for another resident.',
  }),
  insufficientBalance: defineProblem({
    slug: 'insufficient-balance',
    status: 409,
    title: 'Insufficient balance',
    when: 'Not enough spendable points.',
    detail: (problem: string) => `Cannot redeem: ${problem}.`,
  }),
  entryForbidden: defineProblem({
    slug: 'ledger-forbidden',
    status: 403,
    title: 'Not your entry',
    when: 'You may not read this entry.',
  }),
  entryAlreadyReversed: defineProblem({
    slug: 'entry-already-reversed',
    status: 409,
    title: 'Already reversed',
    when: 'The entry has already been reversed.',
    detail: (id: string) => `Entry ${id} has already been reversed.`,
  }),
  entryIsReversal: defineProblem({
    slug: 'entry-is-reversal',
    status: 409,
    title: 'Cannot reverse a reversal',
    when: 'The entry is itself a reversal; record a new entry instead.',
    detail: () => 'Record a new entry instead.',
  }),
  redemptionReversedByOrder: defineProblem({
    slug: 'redemption-reversed-by-order',
    status: 409,
    title: 'Reverse through the order',
    when: 'The entry is a redemption, returned by cancelling its order.',
    detail: () => 'A redemption is returned by cancelling its order.',
  }),
  participationNotFound: defineProblem({
    slug: 'participation-not-found',
    status: 404,
    title: 'Participation not found',
    when: 'The activity has no such participant.',
    detail: (activityId: string, participantId: string) => `Activity ${activityId} has no participant ${participantId}.`,
  }),
  participationAlreadyApplied: defineProblem({
    slug: 'participation-already-applied',
    status: 409,
    title: 'Participation already applied',
    when: 'It was awarded (or refused by a ledger rule) already.',
    detail: (applied: AlreadyApplied) => applied.conflict,
    extensions: ({ outcome }: AlreadyApplied) => ({ outcome }),
  }),
};
