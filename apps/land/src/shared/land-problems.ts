import { defineProblem } from '#platform/problems';

/** Problems several land features answer with. */
export const landProblems = {
  projectNotFound: defineProblem({
    slug: 'project-not-found',
    status: 404,
    title: 'Project not found',
    when: 'No project has the given id.',
    detail: (id: string) => `No project has id ${id}.`,
  }),
  batchNotFound: defineProblem({
    slug: 'batch-not-found',
    status: 404,
    title: 'Batch not found',
    when: 'No approval batch has this id.',
    detail: (id: string) => `No approval batch has id ${id}.`,
  }),
  /** Parcels adding up beyond what a batch total (and its events) can carry, named by the field that brought them. */
  batchAreaTooLarge: defineProblem({
    slug: 'batch-area-too-large',
    status: 422,
    title: 'Batch area too large',
    when: 'The parcels of a batch may add up to at most 9999999999.9999 mu.',
    extensions: (field: string) => ({ errors: [{ field, message: `${field} would make the batch total exceed 9999999999.9999 mu` }] }),
  }),
  targetBeforeStart: defineProblem({
    slug: 'target-before-start',
    status: 422,
    title: 'Target before start',
    when: 'The target date is before the start.',
    detail: (message: string) => message,
  }),
  unauthenticated: defineProblem({
    slug: 'unauthenticated',
    status: 401,
    title: 'Unauthenticated',
    when: 'A bearer token is required.',
  }),
  notProjectTaskForce: defineProblem({
    slug: 'not-project-task-force',
    status: 403,
    title: "Not on this project's task force",
    when: "Only land-bureau staff and members of the project's task force may change the project.",
    detail: (projectId: string) => `Only land-bureau staff and members of the project's task force may change project ${projectId}.`,
  }),
};
