import { defineProblem } from '#platform/problems';

export const unitProblems = {
  unitNotFound: defineProblem({
    slug: 'supervision-unit-not-found',
    status: 404,
    title: 'Unit not found',
    when: 'No village or community has this code.',
    detail: (code: string) => `No village or community has code ${code}.`,
  }),
  unitCodeTaken: defineProblem({
    slug: 'supervision-unit-code-taken',
    status: 409,
    title: 'Unit code taken',
    when: 'The code is taken.',
    detail: (code: string) => `A unit with code ${code} already exists.`,
  }),
};
