import { defineProblem } from '#platform/problems';

export const businessEnvironmentProblems = {
  policyNotFound: defineProblem({
    slug: 'business-policy-not-found',
    status: 404,
    title: 'Policy not found',
    when: 'No business-environment policy has this id.',
    detail: (id: string) => `No business-environment policy has id ${id}.`,
  }),
  payoutReferenceTaken: defineProblem({
    slug: 'payout-reference-taken',
    status: 409,
    title: 'Payout already recorded',
    when: 'The payment reference is already recorded under this policy.',
    detail: (reference: string) => `A payout with reference ${reference} is already recorded under this policy.`,
  }),
};
