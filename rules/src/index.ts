// @wac/rules: the rules the server enforces and the mini-program applies before sending, written once. Pure
// TypeScript, no runtime dependencies; built to dist/ (ES modules) for Node and for the mini-program's bundler.
export * from './centres.js';
export * from './dates.js';
export * from './identifying-text.js';
export * from './limits.js';
export * from './phone.js';
export * from './records.js';
export * from './bookings.js';
