import { DomainError } from './domain-error.js';

/**
 * New H5 sessions from her network already hold as much as one network may at this centre: what a script booking
 * out a centre runs into. A real woman on the same network can still book through WeChat, or call.
 */
export const networkLimit = () =>
  new DomainError(
    'NETWORK_LIMIT',
    'Many requests from your network are waiting at this centre; try again later, use the WeChat mini-program, or call 12338',
  );
