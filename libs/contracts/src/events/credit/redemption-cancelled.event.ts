import { defineEvent } from '../../event-definition.js';
import { REDEMPTION_EXAMPLE, redemptionSchema } from './redemption-made.event.js';

export const CreditRedemptionCancelled = defineEvent({
  name: 'redemption-cancelled',
  version: 1,
  producer: 'credit',
  topic: 'zone.credit.redemptions',
  aggregate: 'redemption-order',
  description: 'A redemption order was cancelled: the points went back to the resident and the goods back into stock.',
  schema: redemptionSchema,
  example: { ...REDEMPTION_EXAMPLE, balanceAfter: 72, at: '2026-10-08T11:02:00+08:00' },
});
