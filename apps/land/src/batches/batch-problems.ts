import { defineProblem } from '#platform/problems';

export const batchProblems = {
  batchNameTaken: defineProblem({
    slug: 'batch-name-taken',
    status: 409,
    title: 'Batch name in use',
    when: 'Another batch has this name.',
    detail: (name: string) => `A batch named ${name} already exists.`,
  }),
  parcelCodeTaken: defineProblem({
    slug: 'parcel-code-taken',
    status: 409,
    title: 'Parcel code in use',
    when: 'Parcel codes must be unique within a batch.',
    detail: (parcelCode?: string) => (parcelCode === undefined ? undefined : `The batch already has a parcel ${parcelCode}.`),
  }),
  documentNumberTaken: defineProblem({
    slug: 'document-number-taken',
    status: 409,
    title: 'Document number in use',
    when: 'That approval document already approved another batch.',
    detail: (document?: { approvingAuthority: string; documentNumber: string }) =>
      document === undefined ? undefined : `${document.approvingAuthority} ${document.documentNumber} already approved another batch.`,
  }),
  parcelsFrozen: defineProblem({
    slug: 'batch-parcels-frozen',
    status: 409,
    title: 'Parcels frozen',
    when: 'Parcels change only while the batch is preparing (before its file is assembled).',
    detail: (status: string) => `Parcels change only while the batch is preparing; it is ${status}.`,
  }),
  tooManyParcels: defineProblem({
    slug: 'too-many-parcels',
    status: 422,
    title: 'Too many parcels',
    when: 'The batch already holds as many parcels as a batch may.',
    detail: (maxParcels: number) => `A batch holds at most ${maxParcels} parcels.`,
  }),
  parcelNotFound: defineProblem({
    slug: 'parcel-not-found',
    status: 404,
    title: 'Parcel not found',
    when: 'The batch has no parcel with this id.',
    detail: (batchId: string, parcelId: string) => `Batch ${batchId} has no parcel ${parcelId}.`,
  }),
  batchEmpty: defineProblem({
    slug: 'batch-empty',
    status: 422,
    title: 'Batch has no parcels',
    when: 'Add parcels before assembling the file (组卷).',
  }),
  preWorkIncomplete: defineProblem({
    slug: 'pre-work-incomplete',
    status: 422,
    title: 'Pre-work incomplete',
    when: 'A project of the batch has not completed its six pre-work steps (member `projectId` names it).',
    detail: (projectId: string) => `Project ${projectId} has not completed its six pre-work steps; the file cannot be assembled.`,
    extensions: (projectId: string) => ({ projectId }),
  }),
  invalidTransition: defineProblem({
    slug: 'invalid-batch-transition',
    status: 409,
    title: 'Invalid batch transition',
    when: 'The batch is not in a status that allows this.',
    detail: (refusal: { message: string; batchStatus: string }) => refusal.message,
    extensions: ({ batchStatus }: { message: string; batchStatus: string }) => ({ batchStatus }),
  }),
  landSupplyNotStarted: defineProblem({
    slug: 'land-supply-not-started',
    status: 404,
    title: 'Land supply not started',
    when: 'No approved batch holds the project (or there is no such project).',
    detail: (projectId: string) => `Land supply has not started for project ${projectId} (or there is no such project).`,
  }),
};
