import type { ServiceDefinition } from '#platform';
import { WorkingCalendarModule, WorkingCalendarYear, WorkingCalendarYears1764201600002 } from '#working-calendar';
import { Indicator } from './indicators/indicator.entity.js';
import { IndicatorsModule } from './indicators/indicators.module.js';
import { Indicators1764288100000 } from './migrations/1764288100000-indicators.migration.js';

export const creditService: ServiceDefinition = {
  name: 'credit',
  title: 'Credit communities (信用社区)',
  description: 'Scoring indicators, the points ledger, household ratings and cards, credit supermarkets and partner merchants.',
  features: [IndicatorsModule, WorkingCalendarModule],
  entities: [Indicator, WorkingCalendarYear],
  migrations: [Indicators1764288100000, WorkingCalendarYears1764201600002],
};
