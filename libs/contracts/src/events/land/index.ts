import type { EventDefinition } from '../../event-definition.js';
import { LandBatchApproved } from './batch-approved.event.js';
import { LandBatchRejected } from './batch-rejected.event.js';
import { LandBatchSubmitted } from './batch-submitted.event.js';
import { LandSupplyStarted } from './land-supply-started.event.js';
import { LandPreWorkStepCompleted } from './pre-work-step-completed.event.js';
import { LandProjectOverdue } from './project-overdue.event.js';
import { LandProjectRegistered } from './project-registered.event.js';

export { LandBatchApproved, LandBatchRejected, LandBatchSubmitted, LandPreWorkStepCompleted, LandProjectOverdue, LandProjectRegistered, LandSupplyStarted };

/** Events the land service publishes. */
export const LAND_EVENTS: readonly EventDefinition[] = [
  LandProjectRegistered,
  LandPreWorkStepCompleted,
  LandSupplyStarted,
  LandProjectOverdue,
  LandBatchSubmitted,
  LandBatchApproved,
  LandBatchRejected,
];
