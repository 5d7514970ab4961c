import type { Static, TSchema } from 'typebox';
import { Compile } from 'typebox/compile';

export type ServiceName = 'credit' | 'supervision' | 'land' | 'party';

/** Who publishes an event type: one service, or `platform` for shared data that every service may change. */
export type EventProducer = ServiceName | 'platform';

/** One event type at one version: the single definition producer, consumer, tests and AsyncAPI share. */
export interface EventDefinition<S extends TSchema = TSchema> {
  /** Versioned CloudEvents type, e.g. `zone.land.project-registered.v1`. */
  readonly type: string;
  readonly name: string;
  readonly version: number;
  readonly producer: EventProducer;
  /** One topic per producing aggregate; the record key is the aggregate id. */
  readonly topic: string;
  readonly aggregate: string;
  readonly description: string;
  readonly schema: S;
  readonly example: Static<S>;
  /** Returns human-readable problems with `data`, empty when it conforms. */
  validate(data: unknown): string[];
}

export type EventData<D extends EventDefinition> = D extends EventDefinition<infer S> ? Static<S> : never;

export interface EventSpec<S extends TSchema> {
  name: string;
  version: number;
  producer: EventProducer;
  topic: string;
  aggregate: string;
  description: string;
  schema: S;
  example: Static<S>;
}

export function defineEvent<S extends TSchema>(spec: EventSpec<S>): EventDefinition<S> {
  const compiled = Compile(spec.schema);
  const definition: EventDefinition<S> = {
    ...spec,
    type: `zone.${spec.producer}.${spec.name}.v${spec.version}`,
    validate: (data) => (compiled.Check(data) ? [] : [...compiled.Errors(data)].map((e) => `${e.instancePath || '/'} ${e.message}`)),
  };
  const problems = definition.validate(spec.example);
  if (problems.length > 0) throw new Error(`example of ${definition.type} does not match its schema: ${problems.join('; ')}`);
  return definition;
}

/** The dead-letter topic for a topic: events that kept failing in a consumer, with the error in headers. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}
