import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { BusinessDate, DeadlineBasis, Instant, Uuid } from '../../schema-types.js';

export const FindingRaised = defineEvent({
  name: 'finding-raised',
  version: 1,
  producer: 'supervision',
  topic: 'zone.supervision.findings',
  aggregate: 'finding',
  description: 'A spot check (抽查) found a disclosure deficient and ordered the responsible unit to rectify it (整改) by a deadline.',
  schema: Type.Object(
    {
      findingId: Uuid('Finding id; also the record key.'),
      spotCheckId: Uuid('The spot check that found it.'),
      disclosureId: Uuid('The disclosure found deficient.'),
      unitCode: Type.String({ minLength: 1, maxLength: 64 }),
      kind: Type.Union([Type.Literal('omission'), Type.Literal('late'), Type.Literal('format'), Type.Literal('content')], {
        description: 'omission (遗漏/少报), late, format or content not meeting requirements.',
      }),
      rectificationDueOn: BusinessDate('Rectification deadline in working days (Asia/Shanghai).'),
      rectificationDueBasis: DeadlineBasis('Calendar basis of rectificationDueOn.'),
      raisedAt: Instant('When the finding was recorded.'),
    },
    { additionalProperties: false },
  ),
  example: {
    findingId: '1e7b2c4d-9f3a-4b6e-8d1c-5a2f7e9b3c40',
    spotCheckId: '9c4e1a7b-3d2f-4e8a-b6c1-7f0d2e5a8b93',
    disclosureId: '2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13',
    unitCode: 'shengtang',
    kind: 'omission',
    rectificationDueOn: '2026-05-15',
    rectificationDueBasis: 'official',
    raisedAt: '2026-05-08T15:00:00+08:00',
  },
});
