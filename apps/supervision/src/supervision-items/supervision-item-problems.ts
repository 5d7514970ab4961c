import { defineProblem } from '#platform/problems';

export const supervisionItemProblems = {
  notFound: defineProblem({
    slug: 'supervision-item-not-found',
    status: 404,
    title: 'Supervision item not found',
    when: 'No supervision item has this id.',
    detail: (reference: string) => `No supervision item ${reference}.`,
  }),
  codeTaken: defineProblem({
    slug: 'supervision-item-code-taken',
    status: 409,
    title: 'Supervision item code taken',
    when: 'An item with this code exists.',
    detail: (code: string) => `A supervision item with code ${code} already exists.`,
  }),
  sourceEventTaken: defineProblem({
    slug: 'supervision-item-source-event-taken',
    status: 409,
    title: 'Source event already assigned',
    when: 'Another active item discloses the same event.',
    detail: (sourceEvent: string | undefined) => `An active item already discloses ${sourceEvent}.`,
  }),
  sourceEventNeedsPerEvent: defineProblem({
    slug: 'supervision-item-source-event-needs-per-event',
    status: 422,
    title: 'Event-fed items are per-event',
    when: 'An item fed by an event must have disclosureFrequency "per-event".',
    detail: (sourceEvent: string) => `An item fed by ${sourceEvent} must have disclosureFrequency "per-event".`,
  }),
  /** Changing or retiring an item that is already retired. */
  retired: defineProblem({
    slug: 'supervision-item-retired',
    status: 409,
    title: 'Supervision item retired',
    when: 'The item is retired: it can no longer be changed or retired again.',
    detail: (code: string, retiredAt: Date) => `Item ${code} was retired on ${retiredAt.toISOString()}; add a new item instead.`,
  }),
  /** The same slug as `retired`, answered at 422 when a new disclosure names a retired item. */
  retiredTakesNoDisclosures: defineProblem({
    slug: 'supervision-item-retired',
    status: 422,
    title: 'Supervision item retired',
    when: 'The item is retired and takes no new disclosures.',
    detail: (code: string) => `Item ${code} is retired and takes no new disclosures.`,
  }),
};
