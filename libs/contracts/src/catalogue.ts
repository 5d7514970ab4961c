import { deadLetterTopic, type EventDefinition } from './event-definition.js';
import { EVENT_CATALOGUE } from './events/index.js';

export function findEventDefinition(type: string): EventDefinition | undefined {
  return EVENT_CATALOGUE.find((definition) => definition.type === type);
}

/** Topics of the catalogue and their dead-letter topics, for creation at start-up. */
export function catalogueTopics(): string[] {
  const topics = [...new Set(EVENT_CATALOGUE.map((definition) => definition.topic))];
  return [...topics, ...topics.map(deadLetterTopic)].sort();
}
