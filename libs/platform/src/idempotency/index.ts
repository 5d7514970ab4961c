export * from './idempotency.js';
export * from './idempotency.migration.js';
export * from './idempotent.interceptor.js';
export * from './idempotency-sealed-answers.migration.js';
