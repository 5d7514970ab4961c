import type { EventDefinition } from './event-definition.js';
import { deadLetterTopic } from './event-definition.js';

/** `zone.land.project-registered.v1` → `landProjectRegisteredV1`: ids AsyncAPI can use as keys. */
function camelId(text: string): string {
  return text
    .replace(/^zone\./, '')
    .split(/[.-]/)
    .map((part, index) => (index === 0 ? part : part[0]!.toUpperCase() + part.slice(1)))
    .join('');
}

/** The CloudEvents attributes around every payload (see envelope.ts). */
function envelopeSchema(definition: EventDefinition): Record<string, unknown> {
  return {
    type: 'object',
    required: ['specversion', 'id', 'source', 'type', 'time', 'subject', 'datacontenttype', 'correlationid', 'data'],
    additionalProperties: false,
    properties: {
      specversion: { const: '1.0' },
      id: { type: 'string', format: 'uuid', description: 'Unique per event; consumers deduplicate on it.' },
      source: { type: 'string', description: 'Producing service, e.g. /zone/land.' },
      type: { const: definition.type },
      time: { type: 'string', format: 'date-time' },
      subject: { type: 'string', description: `The ${definition.aggregate} the event is about; also the record key.` },
      datacontenttype: { const: 'application/json' },
      correlationid: { type: 'string', description: 'Request id (or event id) that caused this event.' },
      traceparent: {
        type: 'string',
        pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$',
        description: 'W3C Trace Context of the operation that caused this event (CloudEvents distributed-tracing extension); continue the trace from it.',
      },
      data: definition.schema,
    },
  };
}

const HEADERS_SCHEMA = {
  type: 'object',
  required: ['content-type', 'ce_type', 'ce_id'],
  properties: {
    'content-type': { const: 'application/cloudevents+json' },
    ce_type: { type: 'string', description: 'The CloudEvents type, for routing without parsing the value.' },
    ce_id: { type: 'string', description: 'The CloudEvents id.' },
    traceparent: { type: 'string', description: "The envelope's traceparent, when it has one, for tracing without parsing the value." },
  },
};

/** AsyncAPI 3.0 document of every topic and event type, generated from the catalogue. */
export function buildAsyncApiDocument(catalogue: readonly EventDefinition[], version: string): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const topics = [...new Set(catalogue.map((definition) => definition.topic))].sort();
  for (const topic of topics) {
    const definitions = catalogue.filter((definition) => definition.topic === topic);
    const channelId = camelId(topic);
    channels[channelId] = {
      address: topic,
      title: topic,
      description: `One topic per producing aggregate; the record key is the ${definitions[0]!.aggregate} id, so one aggregate's events stay in order. Failed deliveries go to ${deadLetterTopic(topic)}.`,
      messages: Object.fromEntries(definitions.map((definition) => [camelId(definition.type), { $ref: `#/components/messages/${camelId(definition.type)}` }])),
    };
    for (const definition of definitions) {
      const messageId = camelId(definition.type);
      messages[messageId] = {
        name: definition.type,
        title: definition.name,
        summary: definition.description,
        contentType: 'application/cloudevents+json',
        headers: HEADERS_SCHEMA,
        payload: envelopeSchema(definition),
        bindings: { kafka: { key: { type: 'string', description: `${definition.aggregate} id` }, bindingVersion: '0.5.0' } },
        examples: [
          {
            name: 'example',
            headers: { 'content-type': 'application/cloudevents+json', ce_type: definition.type, ce_id: '6f1c2d7e-0d43-4b8a-9c55-1d2e3f4a5b6c' },
            payload: {
              specversion: '1.0',
              id: '6f1c2d7e-0d43-4b8a-9c55-1d2e3f4a5b6c',
              source: `/zone/${definition.producer}`,
              type: definition.type,
              time: '2026-04-20T02:15:00.000Z',
              subject: 'example-key',
              datacontenttype: 'application/json',
              correlationid: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9',
              traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
              data: definition.example,
            },
          },
        ],
      };
      operations[`publish${messageId[0]!.toUpperCase()}${messageId.slice(1)}`] = {
        action: 'send',
        title: `${definition.producer} publishes ${definition.type}`,
        channel: { $ref: `#/channels/${channelId}` },
        messages: [{ $ref: `#/channels/${channelId}/messages/${messageId}` }],
      };
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Zone Gov Platform events',
      version,
      description:
        'Domain events of the zone governance platform, for district IT. Each record value is a CloudEvents 1.0 structured envelope; delivery is at least once, so deduplicate on `id`; a breaking change is a new versioned type published beside the old one.',
    },
    defaultContentType: 'application/cloudevents+json',
    servers: {
      compose: { host: 'localhost:19092', protocol: 'kafka', description: 'The external listener of `docker compose up`.' },
    },
    channels,
    operations,
    components: { messages },
  };
}
