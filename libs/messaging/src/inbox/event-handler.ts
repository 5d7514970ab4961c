import type { EntityManager } from 'typeorm';
import type { EventData, EventDefinition, EventEnvelope } from '#contracts';

/**
 * A consumer of one or more event types. `handle` runs inside a transaction together with the inbox
 * row, so its writes happen exactly once per event even though delivery is at-least-once.
 */
export interface EventHandler<D extends EventDefinition = EventDefinition> {
  /** Short handler name; the consumer group is `<service>.<name>`. */
  name: string;
  events: readonly D[];
  handle(envelope: EventEnvelope<EventData<D>>, manager: EntityManager): Promise<void>;
}

export function defineHandler<D extends EventDefinition>(handler: EventHandler<D>): EventHandler<D> {
  return handler;
}

/** Thrown by a handler for an event it can never apply; it goes to the dead-letter topic without retries. */
export class PermanentEventError extends Error {
  override readonly name = 'PermanentEventError';
}
