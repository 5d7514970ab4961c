import { defineProblem } from '#platform/problems';

export const scheduleProblems = {
  deadlineBeforeStart: defineProblem({
    slug: 'deadline-before-start',
    status: 422,
    title: 'Deadline before start',
    when: 'legalDueOn cannot be before startedOn.',
  }),
  scheduleNotSet: defineProblem({
    slug: 'schedule-not-set',
    status: 404,
    title: 'No schedule',
    when: 'The project has no target date yet.',
    detail: (projectId: string) => `Project ${projectId} has no target date yet.`,
  }),
};
