export * from './api.generated.js';
export * from './errors.js';
