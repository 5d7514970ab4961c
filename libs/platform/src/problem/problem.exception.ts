import { problemForStatus, problemType, type FieldError, type ProblemDetails } from './problem-details.js';

/**
 * An error that answers with a specific problem. Framework-free, so domain rules can throw it without
 * loading the web framework; the ProblemFilter maps it to its HTTP status at the edge. Specific kinds are
 * defined once per feature with `defineProblem` (problem-catalogue.ts).
 */
export class ProblemException extends Error {
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemException';
  }

  getStatus(): number {
    return this.problem.status;
  }

  static validation(errors: FieldError[]): ProblemException {
    return new ProblemException({
      ...problemForStatus(400),
      type: problemType('validation-failed'),
      title: 'Validation failed',
      detail: `${errors.length} field${errors.length === 1 ? '' : 's'} failed validation`,
      errors,
    });
  }
}
