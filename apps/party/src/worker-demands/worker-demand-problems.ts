import { defineProblem } from '#platform/problems';

export const workerDemandProblems = {
  notFound: defineProblem({
    slug: 'worker-demand-not-found',
    status: 404,
    title: 'Demand not found',
    when: 'No demand has this id.',
    detail: (id: string) => `No demand has id ${id}.`,
  }),
  stateConflict: defineProblem({
    slug: 'demand-state-conflict',
    status: 409,
    title: 'Not possible in this state',
    when: "Not possible in the demand's state, e.g. closing before a plan.",
    detail: (problem: string) => problem,
  }),
  collectedInFuture: defineProblem({
    slug: 'collected-in-future',
    status: 422,
    title: 'Date in the future',
    when: 'The collection date has not happened yet.',
    detail: (collectedOn: string) => `collectedOn ${collectedOn} has not happened yet.`,
  }),
  redStationNotFound: defineProblem({
    slug: 'red-station-not-found',
    status: 422,
    title: 'Red station not found',
    when: 'No red station has the id given.',
    detail: (id: string) => `No red station has id ${id}.`,
  }),
};
