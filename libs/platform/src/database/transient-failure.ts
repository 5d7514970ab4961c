import { QueryFailedError } from 'typeorm';

/**
 * Why a database operation failed without anything being wrong with the request:
 * - `serialization` (40001) and `deadlock` (40P01): PostgreSQL rolled the transaction back; running it again is safe.
 * - `connection`: the connection was lost or could not be opened (restart, failover, pg_terminate_backend).
 */
export type TransientFailureKind = 'serialization' | 'deadlock' | 'connection';

/** SQLSTATE classes and codes that mean "the server went away or is not accepting connections". */
const CONNECTION_STATES = /^(08...|57P0[1-3]|53300)$/;
/** node-postgres and Node socket errors that carry no SQLSTATE. */
const CONNECTION_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|ECONNREFUSED|ECONNRESET|EPIPE|server closed the connection/i;

export function transientFailureOf(error: unknown): TransientFailureKind | undefined {
  if (error instanceof CommitOutcomeUnknownError) return undefined;
  const cause = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  if (typeof cause !== 'object' || cause === null) return undefined;
  const { code, message } = cause as { code?: unknown; message?: unknown };
  if (code === '40001') return 'serialization';
  if (code === '40P01') return 'deadlock';
  if (typeof code === 'string' && CONNECTION_STATES.test(code)) return 'connection';
  if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return 'connection';
  return undefined;
}

/**
 * A transaction whose COMMIT did not get an answer: it may or may not have been applied, so it is
 * never retried automatically and the client is told to check before repeating it.
 */
export class CommitOutcomeUnknownError extends Error {
  override readonly name = 'CommitOutcomeUnknownError';
  constructor(cause: unknown) {
    super(`the database did not confirm the commit: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/** Seconds a client should wait before retrying after a transient database failure. */
export const TRANSIENT_RETRY_AFTER_SECONDS = 2;
