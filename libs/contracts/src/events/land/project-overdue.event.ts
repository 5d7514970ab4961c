import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { BusinessDate, Instant, Uuid } from '../../schema-types.js';

/** A project passed its internal target date without its approval: once per target date. */
export const LandProjectOverdue = defineEvent({
  name: 'project-overdue',
  version: 1,
  producer: 'land',
  topic: 'zone.land.projects',
  aggregate: 'project',
  description: 'A land-approval project passed its internal target date (内部目标) without approval; published once per target.',
  schema: Type.Object(
    {
      projectId: Uuid('Project id; also the record key.'),
      projectName: Type.String({ minLength: 1, maxLength: 200 }),
      targetDate: BusinessDate('The internal target that passed.'),
      legalDeadline: Type.Union([BusinessDate('Statutory deadline, kept apart from the target.'), Type.Null()]),
      detectedOn: BusinessDate('Day it was found overdue (Asia/Shanghai).'),
      workingDaysOverdue: Type.Integer({ minimum: 0, description: 'Working days past the target on the shared calendar.' }),
      responsibleLeaderId: Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()], { description: '包保领导, to escalate to.' }),
      recordedAt: Instant('When it was recorded.'),
    },
    { additionalProperties: false },
  ),
  example: {
    projectId: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21',
    projectName: '安庆长风港二期',
    targetDate: '2026-04-27',
    legalDeadline: null,
    detectedOn: '2026-04-28',
    workingDaysOverdue: 1,
    responsibleLeaderId: 'leader-wang',
    recordedAt: '2026-04-28T00:05:00+08:00',
  },
});
