import type { EventDefinition } from '../../event-definition.js';

/** Events the supervision service publishes. */
export const SUPERVISION_EVENTS: readonly EventDefinition[] = [];
