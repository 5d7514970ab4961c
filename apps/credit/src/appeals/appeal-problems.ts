import { defineProblem } from '#platform/problems';

/** Problems of appeals against deductions. */
export const appealProblems = {
  notFound: defineProblem({
    slug: 'appeal-not-found',
    status: 404,
    title: 'Appeal not found',
    when: 'No such appeal.',
    detail: (id: string) => `No appeal ${id}.`,
  }),
  entryForbidden: defineProblem({
    slug: 'appeal-forbidden',
    status: 403,
    title: 'Not your entry',
    when: "Only the resident or their community's staff may appeal this entry.",
  }),
  appealForbidden: defineProblem({
    slug: 'appeal-forbidden',
    status: 403,
    title: 'Not your appeal',
    when: 'You may not read this appeal.',
  }),
  notADeduction: defineProblem({
    slug: 'not-a-deduction',
    status: 422,
    title: 'Not a deduction',
    when: 'Only deductions can be appealed.',
  }),
  windowClosed: defineProblem({
    slug: 'appeal-window-closed',
    status: 422,
    title: 'Appeal window closed',
    when: 'The window for appealing this deduction has closed.',
    detail: (lastDay: string) => `This deduction could be appealed until ${lastDay}.`,
  }),
  alreadyAppealed: defineProblem({
    slug: 'appeal-exists',
    status: 409,
    title: 'Already appealed',
    when: 'This deduction has already been appealed.',
  }),
  deductionAlreadyReversed: defineProblem({
    slug: 'entry-already-reversed',
    status: 409,
    title: 'Already reversed',
    when: 'This deduction has already been reversed.',
  }),
  alreadyDecided: defineProblem({
    slug: 'appeal-decided',
    status: 409,
    title: 'Already decided',
    when: 'The appeal has been decided already.',
    detail: (id: string) => `Appeal ${id} has been decided.`,
  }),
  deductionReversedMeanwhile: defineProblem({
    slug: 'entry-already-reversed',
    status: 409,
    title: 'Already reversed',
    when: 'The deduction was reversed meanwhile; reject the appeal as moot instead.',
  }),
};
