import { defineProblem } from '#platform/problems';
import type { DisclosureTransitionError } from './disclosure-rules.js';

export const disclosureProblems = {
  notFound: defineProblem({
    slug: 'disclosure-not-found',
    status: 404,
    title: 'Disclosure not found',
    when: 'No such disclosure, or it is not published and not yours.',
    detail: (id: string) => `No disclosure has id ${id}.`,
  }),
  exists: defineProblem({
    slug: 'disclosure-exists',
    status: 409,
    title: 'Disclosure exists',
    when: "The unit already has this item's disclosure for the period.",
    detail: (unitCode: string, itemCode: string, period: string) => `${unitCode} already has a ${itemCode} disclosure for ${period}; correct that one instead.`,
  }),
  invalidTransition: defineProblem({
    slug: 'disclosure-invalid-transition',
    status: 409,
    title: 'Disclosure cannot change this way',
    when: 'The disclosure is not in a state that allows this.',
    detail: (error: DisclosureTransitionError) => error.message,
    extensions: (error: DisclosureTransitionError) => ({ currentStatus: error.status, action: error.action }),
  }),
  reviewBySupervisor: defineProblem({
    slug: 'disclosure-review-by-supervisor',
    status: 403,
    title: 'Review by a supervisor',
    when: 'A disclosure waiting for review is approved or returned by a discipline supervisor.',
  }),
  unpublishedListForbidden: defineProblem({
    slug: 'forbidden',
    status: 403,
    title: 'Forbidden',
    when: 'Unpublished disclosures are listed only to supervisors, and to clerks for their own unit named in `unitCode`.',
    detail: () => 'Unpublished disclosures are listed only to supervisors, and to clerks for their own unit (name it in unitCode).',
  }),
  invalidQuantity: defineProblem({
    slug: 'invalid-quantity',
    status: 422,
    title: 'Invalid quantity',
    when: 'A quantity of the content lines is not a non-negative decimal with at most the places its unit allows.',
    detail: (message: string) => message,
  }),
  invalidInstant: defineProblem({
    slug: 'invalid-instant',
    status: 400,
    title: 'Invalid instant',
    when: '`since` is not a real instant.',
    detail: (since: string) => `since "${since}" is not a real instant.`,
  }),
};
