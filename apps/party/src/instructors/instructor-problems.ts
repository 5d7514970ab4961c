import { defineProblem } from '#platform/problems';

export const instructorProblems = {
  notFound: defineProblem({
    slug: 'instructor-not-found',
    status: 404,
    title: 'Instructor not found',
    when: 'No instructor signs in with this user id.',
    detail: (userId: string) => `No instructor signs in as ${userId}.`,
  }),
  exists: defineProblem({
    slug: 'instructor-exists',
    status: 409,
    title: 'Instructor exists',
    when: 'An instructor with this user id is already registered.',
    detail: (userId: string) => `Instructor ${userId} is already registered.`,
  }),
  alreadyAssigned: defineProblem({
    slug: 'already-assigned',
    status: 409,
    title: 'Already assigned',
    when: 'The entity is already assigned to this instructor.',
    detail: (creditCode: string, userId: string) => `${creditCode} is already assigned to ${userId}.`,
  }),
  notYourRecord: defineProblem({
    slug: 'not-your-record',
    status: 403,
    title: 'Not your record',
    when: "The caller is an instructor asking for another instructor's record.",
    detail: () => 'Instructors see their own record only.',
  }),
  visitDateInFuture: defineProblem({
    slug: 'visit-date-in-future',
    status: 422,
    title: 'Visit date in the future',
    when: 'The visit date has not happened yet.',
    detail: (visitedOn: string) => `visitedOn ${visitedOn} has not happened yet.`,
  }),
};
