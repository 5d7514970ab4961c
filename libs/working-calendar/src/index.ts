export { DeadlineChange } from './deadline-change.entity.js';
export { DeadlineChanges1764460800000 } from './deadline-changes.migration.js';
export { CalendarChange, type DeadlineReviser, type RevisedDeadline } from './deadline-revision.js';
export { WorkingCalendarYear } from './working-calendar-year.entity.js';
export { WorkingCalendarYears1764201600002 } from './working-calendar.migration.js';
export { WorkingCalendarModule } from './working-calendar.module.js';
export { WorkingCalendarService } from './working-calendar.service.js';
