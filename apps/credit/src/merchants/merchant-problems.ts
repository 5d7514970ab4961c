import { defineProblem } from '#platform/problems';

/** Problems of merchants, their benefits and card holders' uses of them. */
export const merchantProblems = {
  unitNotFound: defineProblem({
    slug: 'unit-not-found',
    status: 422,
    title: 'Unit not found',
    when: 'Unknown community or sub-district.',
    detail: (unitCode: string) => `${unitCode} is neither a credit community nor a sub-district with credit communities.`,
  }),
  merchantCodeTaken: defineProblem({
    slug: 'merchant-code-taken',
    status: 409,
    title: 'Merchant code taken',
    when: 'The merchant code is taken.',
    detail: (code: string) => `Merchant ${code} already exists.`,
  }),
  accountAlreadyLinked: defineProblem({
    slug: 'account-already-linked',
    status: 409,
    title: 'Account already linked',
    when: 'This account belongs to another merchant.',
  }),
  merchantNotFound: defineProblem({
    slug: 'merchant-not-found',
    status: 422,
    title: 'Merchant not found',
    when: 'No merchant with this code.',
    detail: (code: string) => `No merchant ${code}.`,
  }),
  benefitCodeTaken: defineProblem({
    slug: 'benefit-code-taken',
    status: 409,
    title: 'Benefit code taken',
    when: 'The benefit code is taken.',
    detail: (code: string) => `Benefit ${code} already exists.`,
  }),
  benefitNotFound: defineProblem({
    slug: 'benefit-not-found',
    status: 404,
    title: 'Benefit not found',
    when: 'Not one of your active benefits.',
    detail: () => 'No such active benefit of yours.',
  }),
  unknownBenefit: defineProblem({
    slug: 'benefit-not-found',
    status: 422,
    title: 'Benefit not found',
    when: 'No benefit with this code.',
    detail: (code: string) => `No benefit ${code}.`,
  }),
  notQualified: defineProblem({
    slug: 'benefit-not-qualified',
    status: 422,
    title: 'Does not qualify',
    when: 'The card holder does not qualify for this benefit, or the card is unknown.',
    detail: () => 'The card holder does not qualify for this benefit.',
  }),
};
