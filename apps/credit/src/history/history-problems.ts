import { defineProblem } from '#platform/problems';

/** Problems of recording history: facts dated on a past business day. */
export const historyProblems = {
  dateOutOfRange: defineProblem({
    slug: 'history-date-out-of-range',
    status: 422,
    title: 'Business date out of range',
    when: 'The business date is today, in the future or before 2019-01-01.',
    detail: (problem: string) => `${problem}.`,
    extensions: (problem: string) => ({ errors: [{ field: 'occurredOn', message: problem }] }),
  }),
};
