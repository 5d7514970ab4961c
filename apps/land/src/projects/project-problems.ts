import { defineProblem } from '#platform/problems';

export const projectProblems = {
  scheduleIncomplete: defineProblem({
    slug: 'schedule-incomplete',
    status: 422,
    title: 'Schedule incomplete',
    when: 'startedOn and targetDate go together; legalDueOn needs them.',
  }),
  projectIdTaken: defineProblem({
    slug: 'project-id-taken',
    status: 409,
    title: 'Project id already in use',
    when: 'The caller-chosen id is in use.',
    detail: (id: string) => `A project with id ${id} already exists.`,
  }),
  duplicateTaskForceMember: defineProblem({
    slug: 'duplicate-task-force-member',
    status: 422,
    title: 'Duplicate task-force member',
    when: 'Each user may appear once in a task force.',
  }),
  taskForceLeadRequired: defineProblem({
    slug: 'task-force-lead-required',
    status: 422,
    title: 'One task-force lead required',
    when: 'A task force has exactly one member with role "lead".',
  }),
};
