import type { EventDefinition } from '../../event-definition.js';
import { LandBatchApproved } from './batch-approved.event.js';
import { LandProjectRegistered } from './project-registered.event.js';

export { LandBatchApproved, LandProjectRegistered };

/** Events the land service publishes. */
export const LAND_EVENTS: readonly EventDefinition[] = [LandProjectRegistered, LandBatchApproved];
