import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { BusinessDate, DecimalString, Instant, Uuid } from '../../schema-types.js';

/** Land supply (供地) started for a project, on the day its batch's approval was recorded; once per project. */
export const LandSupplyStarted = defineEvent({
  name: 'land-supply-started',
  version: 1,
  producer: 'land',
  topic: 'zone.land.projects',
  aggregate: 'project',
  description: 'Land supply (供地) started for a project because a batch holding its parcels was approved. Published once per project.',
  schema: Type.Object(
    {
      projectId: Uuid('Project id; also the record key.'),
      projectName: Type.String({ minLength: 1, maxLength: 200 }),
      batchId: Uuid('The approved batch that started supply.'),
      startedOn: BusinessDate('Day supply started (Asia/Shanghai).'),
      approvedAreaMu: DecimalString(14, 4, "Exact sum of the project's parcels in that batch, mu (亩)."),
      recordedAt: Instant('When it was recorded.'),
    },
    { additionalProperties: false },
  ),
  example: {
    projectId: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21',
    projectName: '安庆长风港二期',
    batchId: '3b241101-e2bb-4255-8caf-4136c566a962',
    startedOn: '2026-04-20',
    approvedAreaMu: '382.5400',
    recordedAt: '2026-04-20T10:15:00+08:00',
  },
});
