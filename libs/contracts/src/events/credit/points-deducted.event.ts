import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { pointsEntrySchema, POINTS_ENTRY_EXAMPLE } from './points-entry.schema.js';

export const CreditPointsDeducted = defineEvent({
  name: 'points-deducted',
  version: 1,
  producer: 'credit',
  topic: 'zone.credit.ledger',
  aggregate: 'resident',
  description: 'Points were deducted from a resident for misconduct (失信扣分). Carries no personal data.',
  schema: Type.Object(pointsEntrySchema, { additionalProperties: false }),
  example: {
    ...POINTS_ENTRY_EXAMPLE,
    kind: 'deduction',
    indicatorCode: 'MIS-01',
    category: 'misconduct',
    points: -5,
    scoreAfter: 67,
    balanceAfter: 67,
    reason: '乱扔垃圾，经劝导不改',
  },
});
