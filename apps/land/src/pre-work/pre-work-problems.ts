import { defineProblem } from '#platform/problems';
import { describeStatutoryNotices } from './notice-periods.js';

interface NoticeTooShort {
  message: string;
  step: string;
  minimum: number;
  unit: string;
  legalBasis: string;
}

/** A broken procedure rule of one step, all titled alike; the detail says what the step needs. */
function preWorkRule(slug: string, status: 409 | 422, when: string) {
  return defineProblem({ slug, status, title: 'Pre-work rule', when, detail: (message: string) => message });
}

export const preWorkProblems = {
  stepNotFound: defineProblem({
    slug: 'step-not-found',
    status: 404,
    title: 'No such step',
    when: 'The step is not one of the six pre-work steps.',
    detail: (steps: readonly string[]) => `Steps are ${steps.join(', ')}.`,
  }),
  /** Evidence of a completed step is closed (attaching a document). */
  evidenceClosed: defineProblem({
    slug: 'step-already-completed',
    status: 409,
    title: 'Step already completed',
    when: 'The step is completed; its evidence is closed.',
    detail: (step: string) => `The ${step} step is completed; its evidence is closed.`,
  }),
  stepAlreadyStarted: preWorkRule('step-already-started', 409, 'The step has already started.'),
  stepAlreadyCompleted: preWorkRule('step-already-completed', 409, 'The step is already completed.'),
  stepNotStarted: preWorkRule('step-not-started', 409, 'The step has not started.'),
  dateInFuture: preWorkRule('date-in-future', 422, 'The start or completion date is after today.'),
  predecessorNotStarted: preWorkRule('predecessor-not-started', 422, 'The step cannot start before the step before it has started.'),
  predecessorNotCompleted: preWorkRule('predecessor-not-completed', 422, 'The step cannot complete before the step before it is completed.'),
  beforePredecessor: preWorkRule('before-predecessor', 422, 'The step cannot start (or complete) before the step before it started (or completed).'),
  completedBeforeStart: preWorkRule('completed-before-start', 422, 'completedOn is before the step started.'),
  evidenceMissing: preWorkRule('evidence-missing', 422, 'The step cannot complete without evidence; attach a document first.'),
  noticePeriodRequired: preWorkRule('notice-period-required', 422, 'An announcement needs its public notice period (noticePeriodDays).'),
  noticePeriodNotApplicable: preWorkRule(
    'notice-period-not-applicable',
    422,
    'The step publishes no notice; only the survey (预公告) and the announcement have a notice period.',
  ),
  noticePeriodRunning: preWorkRule(
    'notice-period-running',
    422,
    "The announcement's notice period has not ended: the hearing cannot start and the announcement cannot complete yet.",
  ),
  noticePeriodTooShort: defineProblem({
    slug: 'notice-period-too-short',
    status: 422,
    title: 'Pre-work rule',
    when: `The notice period is shorter than the statutory minimum (members \`step\`, \`minimum\`, \`unit\`, \`legalBasis\`). Statutory minimums: ${describeStatutoryNotices()}.`,
    detail: (tooShort: NoticeTooShort) => tooShort.message,
    extensions: ({ step, minimum, unit, legalBasis }: NoticeTooShort) => ({
      step,
      minimum,
      unit,
      legalBasis,
      errors: [{ field: 'noticePeriodDays', message: `noticePeriodDays must be at least ${minimum} (${unit.replace('-', ' ')}) for the ${step} step` }],
    }),
  }),
};
