export * from './period.js';
export * from './reporting-period.js';
