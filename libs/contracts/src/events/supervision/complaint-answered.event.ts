import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { Instant } from '../../schema-types.js';
import { ComplaintReference } from './complaint-events.schema.js';

export const ComplaintAnswered = defineEvent({
  name: 'complaint-answered',
  version: 1,
  producer: 'supervision',
  topic: 'zone.supervision.complaints',
  aggregate: 'complaint',
  description: 'The handling department answered a complaint; `not-our-responsibility` answers name the body that is responsible.',
  schema: Type.Object(
    {
      ...ComplaintReference,
      outcome: Type.Union([Type.Literal('resolved'), Type.Literal('explained'), Type.Literal('not-our-responsibility')]),
      responsibleBody: Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()]),
      answeredAt: Instant('When the answer was given.'),
      onTime: Type.Boolean({ description: 'Whether the answer came by the step deadline.' }),
    },
    { additionalProperties: false },
  ),
  example: {
    complaintId: '6a0c3e9b-1f4d-4a7e-9c2b-8d5e1f3a7b60',
    category: 'business-environment',
    unitCode: null,
    department: 'business-environment-office',
    outcome: 'resolved',
    responsibleBody: null,
    answeredAt: '2026-05-06T16:00:00+08:00',
    onTime: true,
  },
});
