export * from './idempotency.js';
export * from './idempotency.migration.js';
export * from './idempotent.interceptor.js';
