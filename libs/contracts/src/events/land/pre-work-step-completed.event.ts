import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { BusinessDate, Instant, Uuid } from '../../schema-types.js';

/** One of the six pre-work steps (调查、评估、公告、听证、登记、协议) was completed with its evidence. */
export const LandPreWorkStepCompleted = defineEvent({
  name: 'pre-work-step-completed',
  version: 1,
  producer: 'land',
  topic: 'zone.land.projects',
  aggregate: 'project',
  description: 'A pre-work step of a land-approval project was completed, after its predecessor and with evidence attached.',
  schema: Type.Object(
    {
      projectId: Uuid('Project id; also the record key.'),
      projectName: Type.String({ minLength: 1, maxLength: 200 }),
      step: Type.Union(
        [
          Type.Literal('survey'),
          Type.Literal('assessment'),
          Type.Literal('announcement'),
          Type.Literal('hearing'),
          Type.Literal('registration'),
          Type.Literal('agreement'),
        ],
        { description: 'The step, in procedure order.' },
      ),
      position: Type.Integer({ minimum: 1, maximum: 6 }),
      startedOn: BusinessDate('Day the step started (Asia/Shanghai).'),
      completedOn: BusinessDate('Day the step was completed (Asia/Shanghai).'),
      evidenceCount: Type.Integer({ minimum: 1, description: 'Documents attached as evidence.' }),
      recordedAt: Instant('When the completion was recorded.'),
    },
    { additionalProperties: false },
  ),
  example: {
    projectId: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21',
    projectName: '安庆长风港二期',
    step: 'announcement',
    position: 3,
    startedOn: '2026-02-09',
    completedOn: '2026-03-10',
    evidenceCount: 1,
    recordedAt: '2026-03-10T09:30:00+08:00',
  },
});
