import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { DecimalString, Instant, Uuid } from '../../schema-types.js';

export const LandProjectRegistered = defineEvent({
  name: 'project-registered',
  version: 1,
  producer: 'land',
  topic: 'zone.land.projects',
  aggregate: 'project',
  description: 'A key project needing land approval (用地报批) was registered with its requested area.',
  schema: Type.Object(
    {
      projectId: Uuid('Project id; also the record key.'),
      name: Type.String({ minLength: 1, maxLength: 200 }),
      category: Type.String({ minLength: 1, maxLength: 64, description: 'e.g. provincial-key (省重点项目)' }),
      requestedAreaMu: DecimalString(14, 4, 'Requested land area in mu (亩), 4 decimal places.'),
      registeredAt: Instant('When the project was registered.'),
    },
    { additionalProperties: false },
  ),
  example: {
    projectId: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21',
    name: '安庆长风港二期',
    category: 'provincial-key',
    requestedAreaMu: '382.5400',
    registeredAt: '2026-01-27T09:00:00+08:00',
  },
});
