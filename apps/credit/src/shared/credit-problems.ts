import { defineProblem } from '#platform/problems';

/** Problems several credit features answer with: the registry's records, looked up and guarded everywhere. */
export const creditProblems = {
  communityNotFound: defineProblem({
    slug: 'community-not-found',
    status: 404,
    title: 'Community not found',
    when: 'No such community.',
    detail: (code: string) => `No community ${code}.`,
  }),
  communityForbidden: defineProblem({
    slug: 'community-forbidden',
    status: 403,
    title: 'Not your community',
    when: 'You are not staff of the community concerned (or of its sub-district).',
    detail: (code?: string) => (code === undefined ? "You may not act for this resident's community." : `You may not act for community ${code}.`),
  }),
  householdNotFound: defineProblem({
    slug: 'household-not-found',
    status: 404,
    title: 'Household not found',
    when: 'No such household.',
    detail: (id?: string) => (id === undefined ? 'No such household in your communities.' : `No household ${id}.`),
  }),
  residentNotFound: defineProblem({
    slug: 'resident-not-found',
    status: 404,
    title: 'Resident not found',
    when: 'No such resident in your communities.',
    detail: (id?: string) => (id === undefined ? undefined : `No resident ${id}.`),
  }),
  ledgerEntryNotFound: defineProblem({
    slug: 'ledger-entry-not-found',
    status: 404,
    title: 'Entry not found',
    when: 'No such entry.',
    detail: (id: string) => `No ledger entry ${id}.`,
  }),
};
