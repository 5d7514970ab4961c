import { defineProblem } from '#platform/problems';

/** Problems of the entities under survey, answered by every feature that names an entity. */
export const partyProblems = {
  entityNotFound: defineProblem({
    slug: 'entity-not-found',
    status: 404,
    title: 'Entity not found',
    when: 'No entity under survey has this id or credit code.',
    detail: (what: string) => `No entity under survey has ${what}.`,
  }),
  entityNotRegistered: defineProblem({
    slug: 'entity-not-registered',
    status: 422,
    title: 'Entity not registered',
    when: 'No entity under survey has the credit code given; register the entity first.',
    detail: (creditCode: string) => `Register the entity with credit code ${creditCode} first.`,
  }),
  entityNotAssigned: defineProblem({
    slug: 'entity-not-assigned',
    status: 403,
    title: 'Entity not assigned to you',
    when: 'The caller is an instructor and the entity is not assigned to them.',
    detail: (detail?: string) => detail ?? 'Only the Party committee and the instructors assigned to this entity may act for it.',
  }),
};
