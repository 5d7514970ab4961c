import { describe, expect, it } from '@jest/globals';
import { SpanKind, startChildSpan, traceparentOf } from './tracing.js';

const incoming = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

/** With no tracer provider registered (tracing off), the context must still pass from hop to hop. */
describe('trace context with tracing off', () => {
  it('carries an incoming traceparent through unchanged', () => {
    const span = startChildSpan('test', 'GET /things', SpanKind.SERVER, { traceparent: incoming });
    expect(traceparentOf(span)).toBe(incoming);
  });

  it('starts no trace of its own, and ignores a malformed traceparent', () => {
    expect(traceparentOf(startChildSpan('test', 'GET /things', SpanKind.SERVER, {}))).toBeUndefined();
    expect(traceparentOf(startChildSpan('test', 'GET /things', SpanKind.SERVER, { traceparent: '00-nonsense-01' }))).toBeUndefined();
  });
});
