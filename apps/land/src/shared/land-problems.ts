import { currentRequestContext, ProblemException } from '#platform';

export function projectNotFound(id: string): ProblemException {
  return ProblemException.of(404, 'project-not-found', 'Project not found', `No project has id ${id}.`);
}

export function batchNotFound(id: string): ProblemException {
  return ProblemException.of(404, 'batch-not-found', 'Batch not found', `No approval batch has id ${id}.`);
}

export function actorId(): string {
  return currentRequestContext()?.user?.id ?? 'system';
}

/** Parcels adding up beyond what a batch total (and its events) can carry, named by the field that brought them. */
export function batchTotalTooLarge(field: string): ProblemException {
  return ProblemException.of(422, 'batch-area-too-large', 'Batch area too large', 'The parcels of a batch may add up to at most 9999999999.9999 mu.', {
    errors: [{ field, message: `${field} would make the batch total exceed 9999999999.9999 mu` }],
  });
}
