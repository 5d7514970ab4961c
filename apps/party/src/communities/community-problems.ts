import { defineProblem } from '#platform/problems';

export const communityProblems = {
  unknown: defineProblem<[code: string, field: string]>({
    slug: 'community-unknown',
    status: 422,
    title: 'Community not (yet) known',
    when: 'communityCode is not a community the credit service has announced (yet; one registered moments ago may still be on its way: retry).',
    detail: (code) =>
      `No community "${code}" has been announced by the credit service. A community registered moments ago may not have arrived yet: retry shortly.`,
    extensions: (code, field) => ({
      communityCode: code,
      errors: [{ field, message: `${field} "${code}" is not a community known to the credit service (yet)` }],
    }),
  }),
};
