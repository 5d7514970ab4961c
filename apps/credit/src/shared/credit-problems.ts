import { defineProblem } from '#platform';

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
    when: "You may not act for this resident's community.",
    detail: (code?: string) => (code === undefined ? undefined : `You may not act for community ${code}.`),
  }),
  householdNotFound: defineProblem({
    slug: 'household-not-found',
    status: 404,
    title: 'Household not found',
    when: 'No such household in your communities.',
    detail: (id?: string) => (id === undefined ? undefined : `No household ${id}.`),
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
