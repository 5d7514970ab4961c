import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { BusinessDate, DecimalString, Instant, Uuid } from '../../schema-types.js';

/** An approval batch was submitted (报批), first time or after a supplement (补件). */
export const LandBatchSubmitted = defineEvent({
  name: 'batch-submitted',
  version: 1,
  producer: 'land',
  topic: 'zone.land.batches',
  aggregate: 'batch',
  description: 'A land approval batch was submitted to its approving authority, or resubmitted after a supplement request.',
  schema: Type.Object(
    {
      batchId: Uuid('Batch id; also the record key.'),
      name: Type.String({ minLength: 1, maxLength: 200 }),
      resubmission: Type.Boolean({ description: 'True when it answers a supplement request (补件后重新报送).' }),
      submittedOn: BusinessDate('Day of submission (Asia/Shanghai).'),
      totalAreaMu: DecimalString(14, 4, 'Exact sum of the parcels, mu (亩).'),
      projectIds: Type.Array(Uuid('A project with parcels in the batch.'), { minItems: 1, maxItems: 200 }),
      recordedAt: Instant('When the submission was recorded.'),
    },
    { additionalProperties: false },
  ),
  example: {
    batchId: '3b241101-e2bb-4255-8caf-4136c566a962',
    name: '安庆长风港二期用地',
    resubmission: false,
    submittedOn: '2026-03-20',
    totalAreaMu: '382.5400',
    projectIds: ['0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21'],
    recordedAt: '2026-03-20T10:00:00+08:00',
  },
});
