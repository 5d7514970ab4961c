import { defineProblem } from '#platform/problems';

export const organisationProblems = {
  notFound: defineProblem({
    slug: 'organisation-not-found',
    status: 404,
    title: 'Organisation not found',
    when: 'No such organisation.',
    detail: (id: string) => `No Party organisation has id ${id}.`,
  }),
  /** An organisation named in a body, rather than in the path. */
  unknown: defineProblem({
    slug: 'organisation-not-found',
    status: 422,
    title: 'Organisation not found',
    when: 'No Party organisation has the organisation id given in the body.',
    detail: (id: string) => `No Party organisation has id ${id}.`,
  }),
  parentNotFound: defineProblem({
    slug: 'parent-organisation-not-found',
    status: 422,
    title: 'Parent organisation not found',
    when: 'Unknown parent organisation.',
    detail: (id: string) => `No Party organisation has id ${id}.`,
  }),
  notYours: defineProblem({
    slug: 'not-your-organisation',
    status: 403,
    title: 'Not your organisation',
    when: 'Not the committee or the secretary of the organisation concerned.',
    detail: (detail?: string) => detail ?? "Only the Party committee and this organisation's secretary may manage it.",
  }),
  secretaryChangeCommitteeOnly: defineProblem({
    slug: 'secretary-change-committee-only',
    status: 403,
    title: 'Committee only',
    when: 'A secretary tried to appoint one.',
    detail: () => 'Only the Party committee appoints the secretary.',
  }),
  shapeInvalid: defineProblem({
    slug: 'organisation-shape-invalid',
    status: 422,
    title: 'Organisation shape invalid',
    when: 'Inconsistent type/parent/formation, or too many or too few entities for the formation mode.',
    detail: (problems: readonly string[]) => problems.join('; '),
  }),
  establishedInFuture: defineProblem({
    slug: 'established-in-future',
    status: 422,
    title: 'Date in the future',
    when: 'establishedOn has not happened yet.',
    detail: (establishedOn: string) => `establishedOn ${establishedOn} has not happened yet.`,
  }),
  nameTaken: defineProblem({
    slug: 'organisation-name-taken',
    status: 409,
    title: 'Name taken',
    when: 'Another Party organisation has this name.',
  }),
  entityAlreadyCovered: defineProblem({
    slug: 'entity-already-covered',
    status: 409,
    title: 'Entity already covered',
    when: 'The entity is covered by another organisation.',
    detail: () => 'An entity belongs to one Party organisation; remove it from the other first.',
  }),
  memberEntityNotFound: defineProblem({
    slug: 'member-entity-not-found',
    status: 404,
    title: 'Not a member entity',
    when: 'The entity is not covered by this organisation.',
    detail: (entityId: string) => `Entity ${entityId} is not covered by this organisation.`,
  }),
  massOrganisationExists: defineProblem({
    slug: 'mass-organisation-exists',
    status: 409,
    title: 'Mass organisation exists',
    when: 'The entity already has one of this kind.',
    detail: (kind: string) => `The entity already has a ${kind}.`,
  }),
};
