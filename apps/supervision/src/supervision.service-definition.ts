import type { ServiceDefinition } from '#platform';
import { WorkingCalendarModule, WorkingCalendarYear, WorkingCalendarYears1764201600002 } from '#working-calendar';
import { LandApprovalsModule } from './land-approvals/land-approvals.module.js';
import { LandProject } from './land-approvals/land-project.entity.js';
import { LandProjects1764288200001 } from './migrations/1764288200001-land-projects.migration.js';
import { SupervisionItems1764288200000 } from './migrations/1764288200000-supervision-items.migration.js';
import { SupervisionItem } from './supervision-items/supervision-item.entity.js';
import { SupervisionItemsModule } from './supervision-items/supervision-items.module.js';

export const supervisionService: ServiceDefinition = {
  name: 'supervision',
  title: 'Small-and-micro power supervision (小微权力"监督一点通")',
  description: 'Supervision items, village disclosures, spot checks and rectification, complaints, and the land approvals that must be disclosed.',
  features: [SupervisionItemsModule, LandApprovalsModule, WorkingCalendarModule],
  entities: [SupervisionItem, LandProject, WorkingCalendarYear],
  migrations: [SupervisionItems1764288200000, LandProjects1764288200001, WorkingCalendarYears1764201600002],
};
