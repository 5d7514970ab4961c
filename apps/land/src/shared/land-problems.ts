import { clock, currentRequestContext, ProblemException, type BusinessDate } from '#platform';

export function projectNotFound(id: string): ProblemException {
  return ProblemException.of(404, 'project-not-found', 'Project not found', `No project has id ${id}.`);
}

export function batchNotFound(id: string): ProblemException {
  return ProblemException.of(404, 'batch-not-found', 'Batch not found', `No approval batch has id ${id}.`);
}

export function today(): BusinessDate {
  return clock.today();
}

export function actorId(): string {
  return currentRequestContext()?.user?.id ?? 'system';
}
