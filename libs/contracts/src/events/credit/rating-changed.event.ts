import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { Instant, Uuid } from '../../schema-types.js';

const Level = Type.Union([Type.Literal('A'), Type.Literal('AA'), Type.Literal('AAA'), Type.Null()], {
  description: 'Rating level; null below the lowest threshold.',
});

export const CreditRatingChanged = defineEvent({
  name: 'rating-changed',
  version: 1,
  producer: 'credit',
  topic: 'zone.credit.households',
  aggregate: 'household',
  description: "A household's credit rating level (信用户评级) changed after its score moved or thresholds changed.",
  schema: Type.Object(
    {
      householdId: Uuid('Household id; also the record key.'),
      communityCode: Type.String({ minLength: 1, maxLength: 64 }),
      fromLevel: Level,
      toLevel: Level,
      score: Type.Integer({ description: 'Household credit score that decided the new level.' }),
      changedAt: Instant('When the level changed.'),
    },
    { additionalProperties: false },
  ),
  example: {
    householdId: '0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4',
    communityCode: 'shengtang',
    fromLevel: 'A',
    toLevel: 'AA',
    score: 72,
    changedAt: '2026-04-18T17:31:02+08:00',
  },
});
