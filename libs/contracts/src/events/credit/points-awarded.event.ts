import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { pointsEntrySchema, POINTS_ENTRY_EXAMPLE } from './points-entry.schema.js';

export const CreditPointsAwarded = defineEvent({
  name: 'points-awarded',
  version: 1,
  producer: 'credit',
  topic: 'zone.credit.ledger',
  aggregate: 'resident',
  description: 'Points were awarded to a resident for a scoring indicator (加分指标). Carries no personal data.',
  schema: Type.Object(pointsEntrySchema, { additionalProperties: false }),
  example: POINTS_ENTRY_EXAMPLE,
});
