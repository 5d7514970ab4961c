import { EventSubscriber, type AfterQueryEvent, type EntitySubscriberInterface } from 'typeorm';
import { currentRequestContext } from '../context/request-context.js';

/** The database work one request caused: statements sent and their summed execution time. */
export interface DatabaseWork {
  queries: number;
  durationMs: number;
}

/**
 * Counts every statement a service's data source runs on behalf of the request in progress (transaction
 * control included), so that a list whose work grows with its page size shows in each answer.
 */
@EventSubscriber()
export class RequestQueryCounter implements EntitySubscriberInterface {
  afterQuery(event: AfterQueryEvent): void {
    const work = currentRequestContext()?.database;
    if (work === undefined) return;
    work.queries += 1;
    work.durationMs += event.executionTime ?? 0;
  }
}

export const SERVER_TIMING_HEADER = 'server-timing';

/** `db;desc="N queries";dur=<ms>`: the statements and the milliseconds an answer cost the database. */
export function serverTimingOf(work: DatabaseWork): string {
  return `db;desc="${work.queries} queries";dur=${work.durationMs}`;
}
