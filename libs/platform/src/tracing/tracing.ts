import { defaultTextMapGetter, defaultTextMapSetter, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

export const TRACEPARENT_HEADER = 'traceparent';

/** W3C Trace Context, used explicitly (not as the global propagator) so that it works with tracing off too. */
const w3c = new W3CTraceContextPropagator();

/**
 * Starts a span as the child of the `traceparent` in `carrier` (HTTP headers, an event envelope), or as
 * a new trace without one. With no tracer provider registered (tracing off) nothing is recorded and
 * the span carries the incoming context through unchanged, so traces still join across apps.
 */
export function startChildSpan(tracerName: string, name: string, kind: SpanKind, carrier: Record<string, unknown>, attributes: Attributes = {}): Span {
  const parent = w3c.extract(ROOT_CONTEXT, carrier, defaultTextMapGetter);
  return trace.getTracer(tracerName).startSpan(name, { kind, attributes }, parent);
}

/** The span's `traceparent` value, for the next hop; undefined for a span outside any trace. */
export function traceparentOf(span: Span): string | undefined {
  const carrier: Record<string, string> = {};
  w3c.inject(trace.setSpan(ROOT_CONTEXT, span), carrier, defaultTextMapSetter);
  return carrier[TRACEPARENT_HEADER];
}

export function endSpan(span: Span, error?: unknown): void {
  if (error !== undefined) {
    span.recordException(error instanceof Error ? error : String(error));
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
  }
  span.end();
}

export { SpanKind };
