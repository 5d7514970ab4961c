export * from './qr-image.js';
