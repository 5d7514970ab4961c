import Type from 'typebox';
import { BusinessDate, Instant, Uuid } from '../../schema-types.js';

/** Fields shared by the ledger events: one entry and the resident's figures after it. */
export const pointsEntrySchema = {
  entryId: Uuid('Ledger entry id.'),
  residentId: Uuid('Resident id in the credit service; also the record key.'),
  householdId: Uuid('Household the resident belonged to when the entry was made.'),
  communityCode: Type.String({ minLength: 1, maxLength: 64 }),
  kind: Type.Union([Type.Literal('award'), Type.Literal('deduction'), Type.Literal('reversal')]),
  indicatorCode: Type.Union([Type.String({ minLength: 1, maxLength: 32 }), Type.Null()]),
  category: Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()]),
  points: Type.Integer({ description: 'Change to the credit score: positive for awards, negative for deductions.' }),
  reason: Type.String({ minLength: 1, maxLength: 500 }),
  source: Type.Union([Type.Literal('staff'), Type.Literal('event')]),
  scoreAfter: Type.Integer({ description: 'Credit score after the entry.' }),
  balanceAfter: Type.Integer({ description: 'Spendable balance after the entry.' }),
  occurredOn: BusinessDate('Business date the points count for (Asia/Shanghai).'),
  recordedAt: Instant('When the entry was recorded.'),
};

export const POINTS_ENTRY_EXAMPLE = {
  entryId: '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  residentId: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
  householdId: '0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4',
  communityCode: 'shengtang',
  kind: 'award' as const,
  indicatorCode: 'VOL-01',
  category: 'volunteer-activities',
  points: 4,
  reason: '核酸检测志愿服务',
  source: 'event' as const,
  scoreAfter: 72,
  balanceAfter: 72,
  occurredOn: '2026-04-18',
  recordedAt: '2026-04-18T17:31:02+08:00',
};
