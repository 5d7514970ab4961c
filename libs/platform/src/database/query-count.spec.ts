import { describe, expect, it } from '@jest/globals';
import type { AfterQueryEvent } from 'typeorm';
import { runWithRequestContext } from '../context/request-context.js';
import { RequestQueryCounter, serverTimingOf, type DatabaseWork } from './query-count.js';

const query = (executionTime: number) => ({ query: 'SELECT 1', success: true, executionTime }) as AfterQueryEvent;

describe('RequestQueryCounter', () => {
  it('adds each statement and its time to the tally of the request in progress, and to nothing outside a request', () => {
    const counter = new RequestQueryCounter();
    const work: DatabaseWork = { queries: 0, durationMs: 0 };
    runWithRequestContext({ requestId: 'request-1', database: work }, () => {
      counter.afterQuery(query(3));
      counter.afterQuery(query(4));
    });
    counter.afterQuery(query(100));
    expect(work).toEqual({ queries: 2, durationMs: 7 });
    expect(serverTimingOf(work)).toBe('db;desc="2 queries";dur=7');
  });
});
