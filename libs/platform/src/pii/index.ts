export * from './masking.js';
export * from './pii-cipher.js';
export * from './resident-id.js';
export * from './batch-writer.js';
export * from './personal-data-access.js';
export * from './personal-data-access.controller.js';
export * from './personal-data-access.migration.js';
export * from './free-text-screening.js';
