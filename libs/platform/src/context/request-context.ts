import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuthUser } from '../auth/auth-user.js';
import type { DatabaseWork } from '../database/query-count.js';

/** What every log line, audit row and outgoing event needs to know about the request that caused it. */
export interface RequestContext {
  requestId: string;
  /**
   * The request that started the chain this work belongs to: the request id itself for an HTTP request,
   * the envelope's `correlationid` while an event is handled. Absent means `requestId`.
   */
  correlationId?: string;
  /** Set once the bearer token has been verified; absent for anonymous reads. */
  user?: AuthUser;
  /** The Idempotency-Key claim this request holds; its answer is stored in the transaction that writes. */
  idempotency?: IdempotencyClaim;
  /** W3C `traceparent` of the current span (HTTP request or event delivery), carried into the events it causes. */
  traceparent?: string;
  /** Unmasked personal data this request's answer reveals, recorded once the answer is built (pii/personal-data-access). */
  personalDataReveals?: PersonalDataReveal[];
  /** Tally of the statements the service's database ran for this request (see RequestQueryCounter); absent in the gateway. */
  database?: DatabaseWork;
}

/** One record whose personal fields an answer shows in full. */
export interface PersonalDataReveal {
  /** What kind of record, e.g. `resident`, `disclosure`, `complaint`. */
  recordType: string;
  recordId: string;
  /** Units owning the record: supervisors of these units may read the access (`zone` for zone-wide records). */
  recordUnits: string[];
  /** The personal fields shown in full, e.g. `idNumber`, `phone`, `name`. */
  fields: string[];
  /** The credit resident whose data it is, when the record is one: their own access log lists it. */
  subjectResidentId?: string;
}

export interface IdempotencyClaim {
  actorId: string;
  key: string;
  /** When the claim was made, to the microsecond (text); a claim taken over by a retry has another, so a stale holder cannot answer. */
  claimedAt: string;
  /** The status the answer will have (201 for a create). */
  statusCode: number;
  /** Encrypts the answer for storage: the store keeps no personal data in clear. */
  seal: (answer: unknown) => string;
  /** Set once a transaction has stored the answer. */
  answered?: boolean;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
