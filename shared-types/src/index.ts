export type * from './api.generated.js';
