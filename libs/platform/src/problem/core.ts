export * from './problem-details.js';
export * from './problem.exception.js';
export * from './date-order.js';
export * from './problem-catalogue.js';
export * from './platform-problems.js';
