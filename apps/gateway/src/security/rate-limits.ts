import type { AuthUser } from '#platform';

/** Requests per minute for each kind of client; 0 for `perAddress` switches limiting off. */
export interface RateLimits {
  /** Anonymous callers and callers whose token fails, per client address. */
  perAddress: number;
  /** Callers with a valid token, per token subject, wherever they call from. */
  perSubject: number;
  /** Machine clients in the integrator role (district IT batch jobs), per token subject. */
  integrator: number;
}

/** Where several gateway instances keep their counters together; without it each instance counts alone. */
export interface RateLimitStore {
  redisUrl: string;
  /** Key prefix, so that several installations can share one Redis. */
  prefix: string;
}

/**
 * The counter a request is charged to: its token subject when the token is valid (one batch client
 * behind a NAT is not mistaken for many, and many users behind one address do not share a quota),
 * otherwise its address.
 */
export function rateLimitKey(user: AuthUser | undefined, address: string): string {
  return user === undefined ? `address:${address}` : `subject:${user.id}`;
}

export function rateLimitQuota(limits: RateLimits, user: AuthUser | undefined): number {
  if (user === undefined) return limits.perAddress;
  return user.roles.includes('integrator') ? limits.integrator : limits.perSubject;
}
