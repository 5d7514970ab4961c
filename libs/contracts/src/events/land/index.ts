import type { EventDefinition } from '../../event-definition.js';
import { LandProjectRegistered } from './project-registered.event.js';

export { LandProjectRegistered };

/** Events the land service publishes. */
export const LAND_EVENTS: readonly EventDefinition[] = [LandProjectRegistered];
