import { QueryFailedError } from 'typeorm';

/** Whether `error` is PostgreSQL's unique violation (23505) of `constraint`, so only that one maps to a 409. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const cause = error.driverError as { code?: unknown; constraint?: unknown };
  return cause.code === '23505' && cause.constraint === constraint;
}
