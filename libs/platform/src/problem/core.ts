export * from './problem-details.js';
export * from './problem.exception.js';
export * from './date-order.js';
