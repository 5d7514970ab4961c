import type { ServiceDefinition } from '#platform';
import { WorkingCalendarModule, WorkingCalendarYear, WorkingCalendarYears1764201600002 } from '#working-calendar';
import { RedStations1764288300000 } from './migrations/1764288300000-red-stations.migration.js';
import { RedStation } from './red-stations/red-station.entity.js';
import { RedStationsModule } from './red-stations/red-stations.module.js';

export const partyService: ServiceDefinition = {
  name: 'party',
  title: 'Party-organisation registry (党组织)',
  description: 'Surveys of non-public enterprises, the red/yellow/green ledger, Party and mass organisations, and red stations (红色驿站) for couriers and riders.',
  features: [RedStationsModule, WorkingCalendarModule],
  entities: [RedStation, WorkingCalendarYear],
  migrations: [RedStations1764288300000, WorkingCalendarYears1764201600002],
};
