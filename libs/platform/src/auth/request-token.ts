import { isMetricsRequest } from '../metrics/metrics-access.js';
import type { AuthUser } from './auth-user.js';
import { InvalidTokenError } from './invalid-token.error.js';
import type { TokenVerifier } from './token-verifier.js';

const BEARER = /^Bearer +(\S+) *$/i;

/** No Authorization header (or one meant for the metrics endpoint), a verified caller, or why the header was refused. */
export type TokenCheck = undefined | { user: AuthUser } | { error: InvalidTokenError; badHeader: boolean };

const checks = new WeakMap<object, Promise<TokenCheck>>();

/**
 * Verifies a request's bearer token once, however many places ask (body limit, rate limit, guard):
 * the answer is kept with the request object. Anything but an invalid token (a JWKS outage) rejects.
 * A scrape of `/metrics` carries the metrics token, which the metrics endpoint checks itself.
 */
export function checkRequestToken(verifier: TokenVerifier, request: { url?: string }, authorization: string | undefined): Promise<TokenCheck> {
  if (isMetricsRequest(request.url)) return Promise.resolve(undefined);
  let check = checks.get(request);
  if (check === undefined) {
    check = verifyAuthorization(verifier, authorization);
    checks.set(request, check);
  }
  return check;
}

async function verifyAuthorization(verifier: TokenVerifier, authorization: string | undefined): Promise<TokenCheck> {
  if (authorization === undefined) return undefined;
  const token = BEARER.exec(authorization)?.[1];
  if (token === undefined) return { error: new InvalidTokenError('malformed'), badHeader: true };
  try {
    return { user: await verifier.verify(token) };
  } catch (error) {
    if (error instanceof InvalidTokenError) return { error, badHeader: false };
    throw error;
  }
}
