import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { Instant, Uuid } from '../../schema-types.js';

/** Shared by both redemption events. */
export const redemptionSchema = Type.Object(
  {
    orderId: Uuid('Redemption order id; also the record key.'),
    residentId: Uuid('Resident who redeemed.'),
    householdId: Uuid('Their household at the time.'),
    communityCode: Type.String({ minLength: 1, maxLength: 64 }),
    goodsId: Uuid('Goods of the credit supermarket.'),
    goodsName: Type.String({ minLength: 1, maxLength: 200 }),
    quantity: Type.Integer({ minimum: 1 }),
    points: Type.Integer({ minimum: 1, description: 'Points taken (or returned on cancellation).' }),
    balanceAfter: Type.Integer({ description: 'Spendable balance after the order (or its cancellation).' }),
    at: Instant('When the order was placed or cancelled.'),
  },
  { additionalProperties: false },
);

export const REDEMPTION_EXAMPLE = {
  orderId: '4f6a8b0c-2d4e-4f60-8a1b-3c5d7e9f0a2b',
  residentId: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
  householdId: '0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4',
  communityCode: 'shengtang',
  goodsId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  goodsName: '爱心礼包',
  quantity: 1,
  points: 60,
  balanceAfter: 12,
  at: '2026-10-08T10:15:00+08:00',
};

export const CreditRedemptionMade = defineEvent({
  name: 'redemption-made',
  version: 1,
  producer: 'credit',
  topic: 'zone.credit.redemptions',
  aggregate: 'redemption-order',
  description: 'A resident exchanged points for goods in a credit supermarket (信用超市).',
  schema: redemptionSchema,
  example: REDEMPTION_EXAMPLE,
});
