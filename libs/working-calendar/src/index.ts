export { WorkingCalendarYear } from './working-calendar-year.entity.js';
export { WorkingCalendarYears1764201600002 } from './working-calendar.migration.js';
export { WorkingCalendarModule } from './working-calendar.module.js';
export { WorkingCalendarService } from './working-calendar.service.js';
