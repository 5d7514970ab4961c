import type { ServiceDefinition } from '#platform';
import { WorkingCalendarModule, WorkingCalendarYear, WorkingCalendarYears1764201600002 } from '#working-calendar';
import { LAND_DEMO_DATA } from './demo/land.demo-data.js';
import { Projects1764288000000 } from './migrations/1764288000000-projects.migration.js';
import { Project } from './projects/project.entity.js';
import { ProjectsModule } from './projects/projects.module.js';

export const landService: ServiceDefinition = {
  name: 'land',
  title: 'Land-approval tracking (用地报批)',
  description: 'Key projects, the six-step pre-work, approval batches, schedules and land supply.',
  features: [ProjectsModule, WorkingCalendarModule],
  entities: [Project, WorkingCalendarYear],
  migrations: [Projects1764288000000, WorkingCalendarYears1764201600002],
  demoData: LAND_DEMO_DATA,
};
