export * from './audit-entry.entity.js';
export * from './audit-trail.js';
export * from './audit-log.migration.js';
export * from './audit-log.controller.js';
export * from './audit-log.dto.js';
export * from './audit-log.reader.js';
export * from './audit-trail-reading.migration.js';
export * from './changed-fields.js';
