import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { BusinessDate, DeadlineBasis, Uuid } from '../../schema-types.js';

export const RectificationOverdue = defineEvent({
  name: 'rectification-overdue',
  version: 1,
  producer: 'supervision',
  topic: 'zone.supervision.findings',
  aggregate: 'finding',
  description: 'A unit let a rectification deadline pass without submitting the rectification; published once per deadline.',
  schema: Type.Object(
    {
      findingId: Uuid('Finding id; also the record key.'),
      disclosureId: Uuid('The disclosure to rectify.'),
      unitCode: Type.String({ minLength: 1, maxLength: 64 }),
      kind: Type.Union([Type.Literal('omission'), Type.Literal('late'), Type.Literal('format'), Type.Literal('content')]),
      dueOn: BusinessDate('The deadline that passed.'),
      dueBasis: DeadlineBasis('Calendar basis of dueOn.'),
      detectedOn: BusinessDate('The day it was found overdue (Asia/Shanghai).'),
    },
    { additionalProperties: false },
  ),
  example: {
    findingId: '1e7b2c4d-9f3a-4b6e-8d1c-5a2f7e9b3c40',
    disclosureId: '2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13',
    unitCode: 'shengtang',
    kind: 'omission',
    dueOn: '2026-05-15',
    dueBasis: 'official',
    detectedOn: '2026-05-18',
  },
});
