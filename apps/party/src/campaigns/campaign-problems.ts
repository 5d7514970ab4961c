import { defineProblem } from '#platform/problems';

export const campaignProblems = {
  notFound: defineProblem({
    slug: 'campaign-not-found',
    status: 404,
    title: 'Campaign not found',
    when: 'No survey campaign has this id.',
    detail: (id: string) => `No survey campaign has id ${id}.`,
  }),
  nameTaken: defineProblem({
    slug: 'campaign-name-taken',
    status: 409,
    title: 'Name taken',
    when: 'Another campaign has this name.',
  }),
};
