import { describe, expect, it } from '@jest/globals';
import { EVENT_CATALOGUE } from './events/index.js';
import { catalogueTopics, findEventDefinition } from './catalogue.js';
import { parseEnvelope, MalformedEnvelopeError } from './envelope.js';

describe('event catalogue', () => {
  it('has unique, versioned types named after their producer', () => {
    const types = EVENT_CATALOGUE.map((definition) => definition.type);
    expect(new Set(types).size).toBe(types.length);
    for (const definition of EVENT_CATALOGUE) {
      expect(definition.type).toMatch(new RegExp(`^zone\\.${definition.producer}\\.[a-z-]+\\.v\\d+$`));
      expect(definition.topic.startsWith(`zone.${definition.producer}.`)).toBe(true);
    }
  });

  it('lists each topic with its dead-letter topic', () => {
    expect(catalogueTopics()).toEqual(expect.arrayContaining(['zone.land.projects', 'zone.land.projects.dlq', 'zone.party.red-stations.dlq']));
  });

  it('rejects data that breaks the schema, including floats for decimal areas', () => {
    const definition = findEventDefinition('zone.land.project-registered.v1')!;
    expect(definition.validate(definition.example)).toEqual([]);
    const problems = definition.validate({ ...(definition.example as object), requestedAreaMu: 382.54, extra: true });
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });
});

describe('parseEnvelope', () => {
  it('rejects records that are not CloudEvents', () => {
    expect(() => parseEnvelope('not json')).toThrow(MalformedEnvelopeError);
    expect(() => parseEnvelope(JSON.stringify({ specversion: '1.0', id: 'x' }))).toThrow(/source/);
  });
});
