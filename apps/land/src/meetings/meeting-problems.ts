import { defineProblem } from '#platform/problems';

export const meetingProblems = {
  meetingNotFound: defineProblem({
    slug: 'meeting-not-found',
    status: 404,
    title: 'Meeting not found',
    when: 'No dispatch meeting has this id.',
    detail: (id: string) => `No dispatch meeting has id ${id}.`,
  }),
  actionItemNotFound: defineProblem({
    slug: 'action-item-not-found',
    status: 404,
    title: 'Action item not found',
    when: 'No action item has this id.',
    detail: (id: string) => `No action item has id ${id}.`,
  }),
  actionItemDone: defineProblem({
    slug: 'action-item-done',
    status: 409,
    title: 'Already done',
    when: 'The action item is already done.',
    detail: (id: string, doneOn: string | null) => `Action item ${id} was done on ${doneOn}.`,
  }),
  /** An item of no project has no task force: only land-bureau staff close it. */
  closeWithoutProjectForbidden: defineProblem({
    slug: 'forbidden',
    status: 403,
    title: 'Forbidden',
    when: 'Only land-bureau staff close action items without a project.',
  }),
};
