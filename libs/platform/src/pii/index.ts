export * from './masking.js';
export * from './pii-cipher.js';
