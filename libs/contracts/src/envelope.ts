/**
 * CloudEvents 1.0 structured envelope, as carried in a Kafka record's value
 * (`content-type: application/cloudevents+json`) and stored in the outbox.
 */
export interface EventEnvelope<TData = unknown> {
  specversion: '1.0';
  /** Unique per event; consumers deduplicate on it. */
  id: string;
  /** Producing service, e.g. `/zone/land`. */
  source: string;
  /** Versioned type, e.g. `zone.land.project-registered.v1`. */
  type: string;
  /** ISO 8601 instant with offset. */
  time: string;
  /** The aggregate the event is about; also the Kafka record key. */
  subject: string;
  datacontenttype: 'application/json';
  /** Request id of the HTTP call (or id of the event) that caused this event. */
  correlationid: string;
  /** W3C Trace Context of the span that caused this event (CloudEvents distributed-tracing extension). */
  traceparent?: string;
  data: TData;
}

const REQUIRED_STRING_ATTRIBUTES = ['id', 'source', 'type', 'time', 'subject', 'correlationid'] as const;

export class MalformedEnvelopeError extends Error {
  override readonly name = 'MalformedEnvelopeError';
}

/** Parses a record value into an envelope, checking the attributes every consumer relies on. */
export function parseEnvelope(raw: string | Buffer): EventEnvelope {
  let value: unknown;
  try {
    value = JSON.parse(raw.toString());
  } catch {
    throw new MalformedEnvelopeError('event is not valid JSON');
  }
  if (typeof value !== 'object' || value === null) throw new MalformedEnvelopeError('event is not an object');
  const record = value as Record<string, unknown>;
  if (record.specversion !== '1.0') throw new MalformedEnvelopeError('specversion must be "1.0"');
  for (const attribute of REQUIRED_STRING_ATTRIBUTES) {
    if (typeof record[attribute] !== 'string' || record[attribute] === '') {
      throw new MalformedEnvelopeError(`attribute "${attribute}" must be a non-empty string`);
    }
  }
  if (!('data' in record)) throw new MalformedEnvelopeError('attribute "data" is missing');
  return record as unknown as EventEnvelope;
}
