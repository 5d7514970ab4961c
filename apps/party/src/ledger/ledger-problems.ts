import { defineProblem } from '#platform/problems';

export const ledgerProblems = {
  entryNotFound: defineProblem({
    slug: 'ledger-entry-not-found',
    status: 404,
    title: 'Not on the ledger',
    when: 'No such entity, or not surveyed yet.',
    detail: (entityId: string) => `Entity ${entityId} does not exist or has not been surveyed yet.`,
  }),
  entityNotSurveyed: defineProblem({
    slug: 'entity-not-surveyed',
    status: 422,
    title: 'Entity not surveyed',
    when: 'Not surveyed yet: an entity joins the ledger with its first five-clears survey.',
    detail: () => 'An entity joins the ledger with its first five-clears survey.',
  }),
  overrideExpiryPast: defineProblem({
    slug: 'override-expiry-past',
    status: 422,
    title: 'Override expiry in the past',
    when: 'expiresOn is before today (Asia/Shanghai).',
    detail: (expiresOn: string, today: string) => `expiresOn ${expiresOn} is before today (${today}, Asia/Shanghai).`,
  }),
  overrideNotFound: defineProblem({
    slug: 'override-not-found',
    status: 404,
    title: 'No override',
    when: 'The entity has no manual override.',
    detail: () => 'This entity has no manual override.',
  }),
};
