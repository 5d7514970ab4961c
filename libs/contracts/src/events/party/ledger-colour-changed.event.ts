import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { BusinessDate, Instant, Uuid } from '../../schema-types.js';

const Colour = Type.Union([Type.Literal('red'), Type.Literal('yellow'), Type.Literal('green')]);

/**
 * The colour an entity shows on the three-colour ledger (红黄绿三色台账) changed: its facts changed the
 * rules' verdict, the Party committee set or cleared a manual override, or an override ran past its
 * expiry date (published by a periodic sweep, reason `override-expired`, within 15 minutes).
 */
export const LedgerColourChanged = defineEvent({
  name: 'ledger-colour-changed',
  version: 1,
  producer: 'party',
  topic: 'zone.party.ledger',
  aggregate: 'entity',
  description: 'An entity under survey changed colour on the red/yellow/green ledger, with the reason.',
  schema: Type.Object(
    {
      entityId: Uuid('Entity id; also the record key.'),
      creditCode: Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$', description: 'Unified social credit code (统一社会信用代码).' }),
      entityName: Type.String({ minLength: 1, maxLength: 200 }),
      sector: Type.String({ minLength: 1, maxLength: 64 }),
      fromColour: Type.Union([Colour, Type.Null()], { description: 'Null when the entity enters the ledger with its first survey.' }),
      toColour: Colour,
      source: Type.Union([Type.Literal('rules'), Type.Literal('override'), Type.Literal('override-cleared')]),
      reason: Type.String({ minLength: 1, maxLength: 500, description: 'Rule reason code, or the reason given for an override.' }),
      overrideExpiresOn: Type.Union([BusinessDate('Last day the override applies.'), Type.Null()]),
      changedAt: Instant('When the change was recorded.'),
    },
    { additionalProperties: false },
  ),
  example: {
    entityId: '3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098',
    creditCode: '91340800MA00000010',
    entityName: '示例快递企业01',
    sector: 'express-logistics',
    fromColour: 'red',
    toColour: 'yellow',
    source: 'rules',
    reason: 'mass-organisations-missing',
    overrideExpiresOn: null,
    changedAt: '2026-04-02T10:00:00+08:00',
  },
});
