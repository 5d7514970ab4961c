import type { EventDefinition } from '../../event-definition.js';
import { CreditCommunityRegistered } from './community-registered.event.js';
import { CreditPointsAwarded } from './points-awarded.event.js';
import { CreditPointsDeducted } from './points-deducted.event.js';
import { CreditPointsReversed } from './points-reversed.event.js';
import { CreditRatingChanged } from './rating-changed.event.js';
import { CreditRedemptionCancelled } from './redemption-cancelled.event.js';
import { CreditRedemptionMade } from './redemption-made.event.js';

export {
  CreditCommunityRegistered,
  CreditPointsAwarded,
  CreditPointsDeducted,
  CreditPointsReversed,
  CreditRatingChanged,
  CreditRedemptionCancelled,
  CreditRedemptionMade,
};

/** Events the credit service publishes. */
export const CREDIT_EVENTS: readonly EventDefinition[] = [
  CreditPointsAwarded,
  CreditPointsDeducted,
  CreditPointsReversed,
  CreditRatingChanged,
  CreditRedemptionMade,
  CreditRedemptionCancelled,
  CreditCommunityRegistered,
];
