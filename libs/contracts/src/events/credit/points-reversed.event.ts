import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { Uuid } from '../../schema-types.js';
import { pointsEntrySchema, POINTS_ENTRY_EXAMPLE } from './points-entry.schema.js';

export const CreditPointsReversed = defineEvent({
  name: 'points-reversed',
  version: 1,
  producer: 'credit',
  topic: 'zone.credit.ledger',
  aggregate: 'resident',
  description: 'An earlier award or deduction was corrected by a reversal entry (never an edit). `points` is the change the reversal made to the score.',
  schema: Type.Object({ ...pointsEntrySchema, reversedEntryId: Uuid('The entry this one reverses.') }, { additionalProperties: false }),
  example: {
    ...POINTS_ENTRY_EXAMPLE,
    kind: 'reversal',
    points: -4,
    scoreAfter: 68,
    balanceAfter: 68,
    reason: '录入错误更正',
    reversedEntryId: '2e7f4c1a-9b3d-4e5f-8a6b-7c8d9e0f1a2b',
  },
});
