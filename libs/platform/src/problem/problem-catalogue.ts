import { problemType } from './problem-details.js';
import { ProblemException } from './problem.exception.js';

/**
 * One kind of problem an operation can answer with: its stable slug, status and title, and the sentence
 * the API documentation gives for it. A feature lists its kinds in one catalogue file; services throw
 * them, controllers document them with `@ApiProblems(...)`, so the slug is written once.
 */
export interface ProblemKind {
  readonly slug: string;
  readonly status: number;
  readonly title: string;
  /** When the problem is answered, as a sentence for the operation's documentation. */
  readonly when: string;
  /** Whether an error is a problem of this kind — instead of parsing the slug out of its type. */
  is(error: unknown): error is ProblemException;
}

/** A problem kind that is thrown: called with what its detail needs, it gives the exception to throw. */
export type Problem<Args extends unknown[] = []> = ProblemKind & ((...args: Args) => ProblemException);

export interface ProblemDefinition<Args extends unknown[]> {
  slug: string;
  status: number;
  title: string;
  when: string;
  /** The detail of one occurrence; without it (or when it gives none), the `when` sentence. */
  detail?: (...args: Args) => string | undefined;
  /** Extension members of one occurrence (field errors, the conflicting state …). */
  extensions?: (...args: Args) => Record<string, unknown>;
}

const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export function defineProblem<Args extends unknown[] = []>(definition: ProblemDefinition<Args>): Problem<Args> {
  if (!SLUG.test(definition.slug)) throw new Error(`Problem slug "${definition.slug}" is not kebab-case`);
  if (definition.status < 400 || definition.status > 599) throw new Error(`Problem ${definition.slug} has status ${definition.status}, not an error`);
  const type = problemType(definition.slug);
  const raise = (...args: Args): ProblemException =>
    new ProblemException({
      type,
      title: definition.title,
      status: definition.status,
      detail: definition.detail?.(...args) ?? definition.when,
      ...definition.extensions?.(...args),
    });
  return Object.assign(raise, {
    slug: definition.slug,
    status: definition.status,
    title: definition.title,
    when: definition.when,
    is: (error: unknown): error is ProblemException => error instanceof ProblemException && error.problem.type === type,
  });
}
