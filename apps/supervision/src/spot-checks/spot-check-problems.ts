import { defineProblem } from '#platform/problems';
import type { RectificationTransitionError } from './spot-check-rules.js';

export const spotCheckProblems = {
  spotCheckNotFound: defineProblem({
    slug: 'spot-check-not-found',
    status: 404,
    title: 'Spot check not found',
    when: 'No spot check has this id.',
    detail: (id: string) => `No spot-check has id ${id}.`,
  }),
  findingNotFound: defineProblem({
    slug: 'finding-not-found',
    status: 404,
    title: 'Finding not found',
    when: 'No finding has this id.',
    detail: (id: string) => `No finding has id ${id}.`,
  }),
  disclosureNotSampled: defineProblem({
    slug: 'disclosure-not-sampled',
    status: 422,
    title: 'Disclosure not in the sample',
    when: 'The disclosure was not in the sample.',
    detail: (disclosureId: string, spotCheckId: string) => `Disclosure ${disclosureId} was not drawn in spot check ${spotCheckId}.`,
  }),
  findingsUnitRequired: defineProblem({
    slug: 'forbidden',
    status: 403,
    title: 'Forbidden',
    when: 'Village clerks list the findings of their own unit: name it in unitCode.',
  }),
  rectificationNotOpen: defineProblem({
    slug: 'rectification-not-open',
    status: 409,
    title: 'Rectification not open',
    when: 'The rectification is not open.',
    detail: (status: string) => `A ${status} rectification has no deadline to extend.`,
  }),
  rectificationInvalidTransition: defineProblem({
    slug: 'rectification-invalid-transition',
    status: 409,
    title: 'Rectification cannot change this way',
    when: 'The rectification is not in a state that allows this.',
    detail: (error: RectificationTransitionError) => error.message,
    extensions: (error: RectificationTransitionError) => ({ currentStatus: error.status, action: error.action }),
  }),
};
