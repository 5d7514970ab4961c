import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { BusinessDate, DecimalString, Instant, Uuid } from '../../schema-types.js';

/**
 * An approval batch (土地征收报批) was approved. Carries what the supervision service discloses: who
 * approved it, the document, the date, and each project's exact area.
 */
export const LandBatchApproved = defineEvent({
  name: 'batch-approved',
  version: 1,
  producer: 'land',
  topic: 'zone.land.batches',
  aggregate: 'batch',
  description: 'A land approval batch was approved by its approving authority; land supply starts the same day.',
  schema: Type.Object(
    {
      batchId: Uuid('Batch id; also the record key.'),
      name: Type.String({ minLength: 1, maxLength: 200, description: 'e.g. 2026年第3批次城镇建设用地' }),
      approvingAuthority: Type.String({ minLength: 1, maxLength: 200, description: 'e.g. 安徽省人民政府' }),
      documentNumber: Type.String({ minLength: 1, maxLength: 100, description: 'Approval document number (批复文号).' }),
      approvedOn: BusinessDate('Date of the approval in Asia/Shanghai.'),
      totalAreaMu: DecimalString(14, 4, 'Exact sum of the parcels, mu (亩), 4 decimal places.'),
      parcels: Type.Array(
        Type.Object(
          {
            projectId: Uuid('Project the parcel serves.'),
            projectName: Type.String({ minLength: 1, maxLength: 200 }),
            areaMu: DecimalString(14, 4, 'Parcel area in mu.'),
          },
          { additionalProperties: false },
        ),
        { minItems: 1, maxItems: 200 },
      ),
      recordedAt: Instant('When the approval was recorded.'),
    },
    { additionalProperties: false },
  ),
  example: {
    batchId: '3b241101-e2bb-4255-8caf-4136c566a962',
    name: '安庆长风港二期用地',
    approvingAuthority: '安徽省人民政府',
    documentNumber: '皖政地〔2026〕123号',
    approvedOn: '2026-04-20',
    totalAreaMu: '382.5400',
    parcels: [{ projectId: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21', projectName: '安庆长风港二期', areaMu: '382.5400' }],
    recordedAt: '2026-04-20T10:15:00+08:00',
  },
});
