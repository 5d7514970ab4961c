export * from './csv-records.js';
