import { describe, expect, it } from '@jest/globals';
import { corsNotice, corsOptions } from './cors.js';

describe('gateway CORS', () => {
  it('allows every method the API uses and exposes the headers clients read', () => {
    const options = corsOptions(['https://zone.example.gov.cn']);
    expect(options.origin).toEqual(['https://zone.example.gov.cn']);
    expect(options.methods).toEqual(expect.arrayContaining(['PUT', 'PATCH', 'DELETE']));
    expect(options.exposedHeaders).toEqual(expect.arrayContaining(['idempotent-replayed', 'x-request-id', 'retry-after', 'ratelimit-remaining']));
  });

  it('treats * as any origin and warns about it and about an empty list', () => {
    expect(corsOptions(['*']).origin).toBe(true);
    expect(corsNotice(['*'])).toMatchObject({ level: 'warn', message: expect.stringContaining('production') });
    expect(corsNotice([])).toMatchObject({ level: 'warn', message: expect.stringContaining('cannot call the API') });
    expect(corsNotice(['https://a.example'])).toEqual({ level: 'log', message: 'CORS allows the origins https://a.example' });
  });
});
