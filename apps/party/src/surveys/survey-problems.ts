import { defineProblem } from '#platform/problems';

export const surveyProblems = {
  notFound: defineProblem({
    slug: 'survey-not-found',
    status: 404,
    title: 'Survey not found',
    when: 'No survey has this id.',
    detail: (id: string) => `No survey has id ${id}.`,
  }),
  dateInFuture: defineProblem({
    slug: 'survey-date-in-future',
    status: 422,
    title: 'Survey date in the future',
    when: 'The survey date has not happened yet.',
    detail: (surveyedOn: string) => `surveyedOn ${surveyedOn} has not happened yet.`,
  }),
};
