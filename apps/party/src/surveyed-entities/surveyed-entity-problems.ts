import { defineProblem } from '#platform/problems';

export const surveyedEntityProblems = {
  alreadyRegistered: defineProblem({
    slug: 'entity-already-registered',
    status: 409,
    title: 'Entity already registered',
    when: 'An entity with this credit code is already registered.',
    detail: (creditCode: string) => `An entity with credit code ${creditCode} is already registered.`,
  }),
  managementDateInvalid: defineProblem({
    slug: 'management-date-invalid',
    status: 422,
    title: 'Management date invalid',
    when: '`managedOn` is in the future, or given without `under-management`.',
    detail: (problem: string) => `${problem}.`,
    extensions: (problem: string) => ({ errors: [{ field: 'managedOn', message: problem }] }),
  }),
  importFileUnreadable: defineProblem({
    slug: 'import-file-unreadable',
    status: 422,
    title: 'Import file unreadable',
    when: 'The file cannot be read: bad quoting, unknown or missing columns, no rows or too many.',
    detail: (reason: string) => reason,
  }),
};
