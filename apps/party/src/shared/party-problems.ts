import { defineProblem } from '#platform';

/** Problems about entities under survey, answered by several party features. */
export const partyProblems = {
  entityNotFound: defineProblem({
    slug: 'entity-not-found',
    status: 404,
    title: 'Entity not found',
    when: 'No such entity.',
    detail: (what: string) => `No entity under survey has ${what}.`,
  }),
  entityNotRegistered: defineProblem({
    slug: 'entity-not-registered',
    status: 422,
    title: 'Entity not registered',
    when: 'Entity not registered.',
    detail: (creditCode: string) => `Register the entity with credit code ${creditCode} first.`,
  }),
  entityNotAssigned: defineProblem({
    slug: 'entity-not-assigned',
    status: 403,
    title: 'Entity not assigned to you',
    when: 'The entity is not assigned to this instructor.',
    detail: (detail?: string) => detail ?? 'Only the Party committee and the instructors assigned to this entity may act for it.',
  }),
};
