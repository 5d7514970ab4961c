export * from './envelope.js';
export * from './event-definition.js';
export * from './schema-types.js';
export * from './events/index.js';
export * from './catalogue.js';
export * from './asyncapi.js';
