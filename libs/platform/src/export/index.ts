export * from './api-export.js';
export * from './content-disposition.js';
export * from './export-columns.js';
export * from './export-file.js';
