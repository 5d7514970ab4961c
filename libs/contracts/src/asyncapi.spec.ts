import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildAsyncApiDocument } from './asyncapi.js';
import { EVENT_CATALOGUE } from './events/index.js';

const committed = path.resolve(import.meta.dirname, '../../../openapi/asyncapi.json');

describe('AsyncAPI document', () => {
  const document = buildAsyncApiDocument(EVENT_CATALOGUE, '1.0.0') as {
    channels: Record<string, { address: string; messages: Record<string, unknown> }>;
    components: { messages: Record<string, { name: string; payload: { properties: { data: unknown } } }> };
  };

  it('has a channel per topic and a message per event type, carrying the catalogue schema', () => {
    const addresses = Object.values(document.channels).map((channel) => channel.address);
    expect(new Set(addresses)).toEqual(new Set(EVENT_CATALOGUE.map((definition) => definition.topic)));
    for (const definition of EVENT_CATALOGUE) {
      const message = Object.values(document.components.messages).find((candidate) => candidate.name === definition.type);
      expect(message?.payload.properties.data).toEqual(JSON.parse(JSON.stringify(definition.schema)));
    }
  });

  it('matches the committed openapi/asyncapi.json (after changing an event: npm run asyncapi)', () => {
    expect(JSON.parse(readFileSync(committed, 'utf8'))).toEqual(JSON.parse(JSON.stringify(buildAsyncApiDocument(EVENT_CATALOGUE, '1.0.0'))));
  });
});
