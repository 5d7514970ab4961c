import { defineProblem } from '#platform/problems';

export const oversightProblems = {
  /** The slug of the shared `supervision-item-unknown`: here only active periodic items count. */
  periodicItemUnknown: defineProblem({
    slug: 'supervision-item-unknown',
    status: 422,
    title: 'Unknown supervision item',
    when: 'No active periodic item has that code.',
    detail: (code: string) => `No active periodic supervision item has code ${code}.`,
  }),
};
