import { createHash } from 'node:crypto';

/** Keys are the client's to choose, within reason: long enough to be unique, short enough to index. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;

/** Answers are kept this long; a retry after that is treated as a new request. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;

/**
 * A claim still without an answer after this long was left by a process that died mid-request (no
 * request lives that long: the gateway gives up after its upstream timeout). Its write, if any,
 * committed together with the answer, so an unanswered claim means nothing was written: a retry may
 * take it over.
 */
export const IDEMPOTENCY_ABANDONED_AFTER_SECONDS = 30;

export interface StoredAttempt {
  route: string;
  requestHash: string;
  /** Absent while the first request is still being handled. */
  statusCode: number | null;
  response: unknown;
}

export type IdempotencyDecision = { kind: 'replay'; statusCode: number; response: unknown } | { kind: 'in-progress' } | { kind: 'mismatch' };

/** Same method, path and body, byte for byte after JSON normalisation: what "the same request" means. */
export function requestFingerprint(method: string, route: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${route}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');
}

/** What to do with a request whose key was already used by the same caller. */
export function decideOnReuse(stored: StoredAttempt, route: string, requestHash: string): IdempotencyDecision {
  if (stored.route !== route || stored.requestHash !== requestHash) return { kind: 'mismatch' };
  if (stored.statusCode === null) return { kind: 'in-progress' };
  return { kind: 'replay', statusCode: stored.statusCode, response: stored.response };
}
