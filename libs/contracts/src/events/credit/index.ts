import type { EventDefinition } from '../../event-definition.js';

/** Events the credit service publishes. */
export const CREDIT_EVENTS: readonly EventDefinition[] = [];
