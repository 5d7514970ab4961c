import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { BusinessDate, DecimalString, Instant, Uuid } from '../../schema-types.js';

/** An approval batch was rejected: disclosed like an approval, with the authority, the decision and the reason. */
export const LandBatchRejected = defineEvent({
  name: 'batch-rejected',
  version: 1,
  producer: 'land',
  topic: 'zone.land.batches',
  aggregate: 'batch',
  description: 'A land approval batch was rejected by its approving authority.',
  schema: Type.Object(
    {
      batchId: Uuid('Batch id; also the record key.'),
      name: Type.String({ minLength: 1, maxLength: 200 }),
      approvingAuthority: Type.String({ minLength: 1, maxLength: 200 }),
      documentNumber: Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()], {
        description: 'Decision document number, when one was issued.',
      }),
      rejectedOn: BusinessDate('Day of the decision (Asia/Shanghai).'),
      reason: Type.String({ minLength: 1, maxLength: 2000 }),
      totalAreaMu: DecimalString(14, 4, 'Exact sum of the parcels, mu (亩).'),
      recordedAt: Instant('When the rejection was recorded.'),
    },
    { additionalProperties: false },
  ),
  example: {
    batchId: '3b241101-e2bb-4255-8caf-4136c566a962',
    name: '2026年第2批次城镇建设用地',
    approvingAuthority: '安徽省人民政府',
    documentNumber: null,
    rejectedOn: '2026-05-12',
    reason: '耕地占补平衡指标未落实',
    totalAreaMu: '120.0000',
    recordedAt: '2026-05-12T15:00:00+08:00',
  },
});
