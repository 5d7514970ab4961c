import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuthUser } from '../auth/auth-user.js';

/** What every log line, audit row and outgoing event needs to know about the request that caused it. */
export interface RequestContext {
  requestId: string;
  /** Set once the bearer token has been verified; absent for anonymous reads. */
  user?: AuthUser;
  /** W3C `traceparent` of the current span (HTTP request or event delivery), carried into the events it causes. */
  traceparent?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
