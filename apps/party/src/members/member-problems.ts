import { defineProblem } from '#platform/problems';

export const memberProblems = {
  notFound: defineProblem({
    slug: 'member-not-found',
    status: 404,
    title: 'Member not found',
    when: 'No such member.',
    detail: (id: string) => `No Party member has id ${id}.`,
  }),
  externalCommitteeOnly: defineProblem({
    slug: 'committee-only',
    status: 403,
    title: 'Committee only',
    when: 'Members whose relations are held outside the registry are registered by the Party committee.',
  }),
  alreadyRegistered: defineProblem({
    slug: 'member-already-registered',
    status: 409,
    title: 'Member already registered',
    when: 'A member with this ID number is already registered.',
  }),
  transferNotFound: defineProblem({
    slug: 'transfer-not-found',
    status: 404,
    title: 'Transfer not found',
    when: 'No such transfer.',
    detail: (id: string) => `No member transfer has id ${id}.`,
  }),
  transferAlreadyOpen: defineProblem({
    slug: 'transfer-already-open',
    status: 409,
    title: 'Transfer already open',
    when: 'The member already has an open transfer.',
    detail: () => 'This member already has an open transfer.',
  }),
  transferStateConflict: defineProblem({
    slug: 'transfer-state-conflict',
    status: 409,
    title: 'Not possible in this state',
    when: "Not possible in the transfer's state.",
    detail: (problem: string) => problem,
  }),
  notFloating: defineProblem({
    slug: 'member-not-floating',
    status: 422,
    title: 'Member not floating',
    when: 'Member not floating.',
    detail: () => 'Transfers are for floating members; set the status first.',
  }),
  sameOrganisation: defineProblem({
    slug: 'same-organisation',
    status: 422,
    title: 'Same organisation',
    when: 'The member already belongs to the receiving organisation.',
    detail: () => 'The member already belongs to this organisation.',
  }),
};
