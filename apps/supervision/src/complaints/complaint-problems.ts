import { defineProblem } from '#platform/problems';
import type { ComplaintTransitionError } from './complaint-rules.js';

export const complaintProblems = {
  notFound: defineProblem({
    slug: 'complaint-not-found',
    status: 404,
    title: 'Complaint not found',
    when: 'No such complaint, or not routed to your department.',
    detail: (reference: string) => `No complaint ${reference}.`,
  }),
  trackingCodeUnknown: defineProblem({
    slug: 'complaint-not-found',
    status: 404,
    title: 'Complaint not found',
    when: 'No complaint has this tracking code.',
    detail: (trackingCode: string) => `No complaint has tracking code ${trackingCode}.`,
  }),
  anonymousWithContact: defineProblem({
    slug: 'complaint-anonymous-with-contact',
    status: 422,
    title: 'Anonymous complaint with contact',
    when: 'Leave out the contact for an anonymous complaint, or set anonymous to false.',
  }),
  disclosureUnknown: defineProblem({
    slug: 'disclosure-unknown',
    status: 422,
    title: 'Unknown disclosure',
    when: 'No published disclosure has the given disclosureId.',
    detail: (id: string) => `No published disclosure has id ${id}.`,
  }),
  invalidDate: defineProblem({
    slug: 'invalid-date',
    status: 422,
    title: 'Invalid date',
    when: 'A date is in the future, or closedOn is before receivedOn.',
    detail: (message: string) => message,
  }),
  finished: defineProblem({
    slug: 'complaint-finished',
    status: 409,
    title: 'Complaint finished',
    when: 'The complaint is finished.',
    detail: (message: string) => message,
  }),
  invalidTransition: defineProblem({
    slug: 'complaint-invalid-transition',
    status: 409,
    title: 'Complaint cannot change this way',
    when: 'The complaint is not in a state that allows this.',
    detail: (error: ComplaintTransitionError) => error.message,
    extensions: (error: ComplaintTransitionError) => ({ currentStatus: error.status, action: error.action }),
  }),
};
