import type { EventDefinition } from '../event-definition.js';
import { CREDIT_EVENTS } from './credit/index.js';
import { LAND_EVENTS } from './land/index.js';
import { PARTY_EVENTS } from './party/index.js';
import { PLATFORM_EVENTS } from './platform/index.js';
import { SUPERVISION_EVENTS } from './supervision/index.js';

export * from './credit/index.js';
export * from './land/index.js';
export * from './party/index.js';
export * from './platform/index.js';
export * from './supervision/index.js';

/** Every event type the platform publishes; topics and the AsyncAPI document derive from it. */
export const EVENT_CATALOGUE: readonly EventDefinition[] = [...CREDIT_EVENTS, ...SUPERVISION_EVENTS, ...LAND_EVENTS, ...PARTY_EVENTS, ...PLATFORM_EVENTS];
