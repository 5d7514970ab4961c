import type { ServiceDefinition } from '#platform';
import { Projects1764288000000 } from './migrations/1764288000000-projects.migration.js';
import { Project } from './projects/project.entity.js';
import { ProjectsModule } from './projects/projects.module.js';

export const landService: ServiceDefinition = {
  name: 'land',
  title: 'Land-approval tracking (用地报批)',
  description: 'Key projects, the six-step pre-work, approval batches, schedules and land supply.',
  features: [ProjectsModule],
  entities: [Project],
  migrations: [Projects1764288000000],
};
