export * from './cursor.js';
export * from './page-query.dto.js';
export * from './page.dto.js';
