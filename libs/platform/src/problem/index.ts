export * from './problem-details.js';
export * from './problem.exception.js';
export * from './problem.filter.js';
export * from './validation.pipe.js';
export * from './date-order.js';
export * from './problem-catalogue.js';
export * from './platform-problems.js';
export * from './api-problems.js';
