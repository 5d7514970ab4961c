import { defineProblem } from '#platform/problems';

export const redStationProblems = {
  notFound: defineProblem({
    slug: 'red-station-not-found',
    status: 404,
    title: 'Red station not found',
    when: 'No red station has this id.',
    detail: (id: string) => `No red station has id ${id}.`,
  }),
};
