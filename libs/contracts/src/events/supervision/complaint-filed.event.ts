import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { BusinessDate, DeadlineBasis, Instant } from '../../schema-types.js';
import { ComplaintReference } from './complaint-events.schema.js';

export const ComplaintFiled = defineEvent({
  name: 'complaint-filed',
  version: 1,
  producer: 'supervision',
  topic: 'zone.supervision.complaints',
  aggregate: 'complaint',
  description: 'A citizen or enterprise filed a complaint (投诉); it is routed to a handling department with a deadline to accept it.',
  schema: Type.Object(
    {
      ...ComplaintReference,
      anonymous: Type.Boolean(),
      filedAt: Instant('When it was filed.'),
      acceptDueOn: BusinessDate('Deadline to accept, in working days (Asia/Shanghai).'),
      acceptDueBasis: DeadlineBasis('Calendar basis of acceptDueOn.'),
    },
    { additionalProperties: false },
  ),
  example: {
    complaintId: '6a0c3e9b-1f4d-4a7e-9c2b-8d5e1f3a7b60',
    category: 'business-environment',
    unitCode: null,
    department: 'business-environment-office',
    anonymous: true,
    filedAt: '2026-04-20T10:15:00+08:00',
    acceptDueOn: '2026-04-23',
    acceptDueBasis: 'official',
  },
});
