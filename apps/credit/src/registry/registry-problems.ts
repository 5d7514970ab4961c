import { defineProblem } from '#platform/problems';

interface ImportSummary {
  accepted: number;
  rejected: number;
  householdsCreated: number;
  rows: unknown[];
}

/** Problems of the registry: communities, households and residents. */
export const registryProblems = {
  subDistrictForbidden: defineProblem({
    slug: 'community-forbidden',
    status: 403,
    title: 'Not your sub-district',
    when: 'You may not register communities under this sub-district.',
    detail: (subDistrictCode: string) => `You may not register communities under ${subDistrictCode}.`,
  }),
  communityCodeTaken: defineProblem({
    slug: 'community-code-taken',
    status: 409,
    title: 'Community code taken',
    when: 'The community code is taken.',
    detail: (code: string) => `Community ${code} is already registered.`,
  }),
  householdNumberTaken: defineProblem({
    slug: 'household-number-taken',
    status: 409,
    title: 'Household number taken',
    when: 'The household number is taken in this community.',
    detail: (householdNumber: string, communityCode: string) => `Household ${householdNumber} exists in ${communityCode}.`,
  }),
  cardNumberCollision: defineProblem({
    slug: 'card-number-collision',
    status: 409,
    title: 'Card number collision',
    when: 'The card number drawn for the household was taken meanwhile; retry the request.',
    detail: () => 'Retry the request.',
  }),
  householdForbidden: defineProblem({
    slug: 'household-forbidden',
    status: 403,
    title: 'Not your household',
    when: 'You may not read this household.',
  }),
  unknownHousehold: defineProblem({
    slug: 'household-not-found',
    status: 422,
    title: 'Household not found',
    when: 'The household does not exist in the community; register it first.',
    detail: (householdNumber: string, communityCode: string) => `No household ${householdNumber} in community ${communityCode}; register it first.`,
  }),
  residentAlreadyRegistered: defineProblem({
    slug: 'resident-already-registered',
    status: 409,
    title: 'Resident already registered',
    when: 'A resident with this ID number is already registered.',
  }),
  accountAlreadyLinked: defineProblem({
    slug: 'account-already-linked',
    status: 409,
    title: 'Account already linked',
    when: 'This account is linked to another resident.',
  }),
  ownResidentNotFound: defineProblem({
    slug: 'resident-not-found',
    status: 404,
    title: 'Resident not found',
    when: 'No resident record is linked to your account.',
  }),
  residentByIdNumberNotFound: defineProblem({
    slug: 'resident-not-found',
    status: 404,
    title: 'Resident not found',
    when: 'No resident with this ID number in your communities.',
  }),
  alreadyInHousehold: defineProblem({
    slug: 'already-in-household',
    status: 409,
    title: 'Already in that household',
    when: 'The resident already belongs to this household.',
  }),
  invalidCsv: defineProblem({
    slug: 'invalid-csv',
    status: 422,
    title: 'Invalid CSV',
    when: 'The file is not CSV, lacks the expected header, has no data rows or too many; nothing imported.',
    detail: (problem: string) => problem,
  }),
  importRejected: defineProblem({
    slug: 'import-rejected',
    status: 422,
    title: 'Import rejected',
    when: 'Rows were rejected (the per-row report is in `rows`); nothing imported.',
    detail: (summary: ImportSummary) => `${summary.rejected} of ${summary.rows.length} rows were rejected; nothing was imported.`,
    extensions: (summary: ImportSummary) => ({ imported: false, ...summary }),
  }),
};
