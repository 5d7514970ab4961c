import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { Instant } from '../../schema-types.js';
import { ComplaintReference } from './complaint-events.schema.js';

export const ComplaintClosed = defineEvent({
  name: 'complaint-closed',
  version: 1,
  producer: 'supervision',
  topic: 'zone.supervision.complaints',
  aggregate: 'complaint',
  description: 'A complaint was closed (办结) after its answer, or rejected with a reason; either way it is finished.',
  schema: Type.Object(
    {
      ...ComplaintReference,
      resolution: Type.Union([Type.Literal('closed'), Type.Literal('rejected')]),
      reason: Type.Union([Type.String({ minLength: 1, maxLength: 1000 }), Type.Null()], { description: 'Why it was rejected; null when closed.' }),
      closedAt: Instant('When it was finished.'),
    },
    { additionalProperties: false },
  ),
  example: {
    complaintId: '6a0c3e9b-1f4d-4a7e-9c2b-8d5e1f3a7b60',
    category: 'business-environment',
    unitCode: null,
    department: 'business-environment-office',
    resolution: 'closed',
    reason: null,
    closedAt: '2026-05-08T09:00:00+08:00',
  },
});
