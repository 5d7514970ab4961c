import { defineProblem } from '#platform/problems';

/** Problems several supervision features answer with: a request naming a unit, item or period that does not fit. */
export const supervisionProblems = {
  unitUnknown: defineProblem({
    slug: 'supervision-unit-unknown',
    status: 422,
    title: 'Unknown unit',
    when: 'No village or community has the given unitCode.',
    detail: (code: string) => `No village or community has code ${code}.`,
  }),
  itemUnknown: defineProblem({
    slug: 'supervision-item-unknown',
    status: 422,
    title: 'Unknown supervision item',
    when: 'No supervision item has the given itemCode.',
    detail: (code: string) => `No supervision item has code ${code}.`,
  }),
  invalidPeriod: defineProblem({
    slug: 'invalid-period',
    status: 422,
    title: 'Invalid period',
    when: "The period does not fit the item's disclosure frequency.",
    detail: (message: string) => message,
  }),
};
