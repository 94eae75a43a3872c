import { DomainError } from '../common/errors/domain-error.js';

export const loginFailed = () => new DomainError('LOGIN_FAILED', 'Wrong username or password');
export const notSignedIn = () => new DomainError('UNAUTHORIZED', 'Sign in first (a valid Bearer token is required)');
export const notAllowed = () => new DomainError('FORBIDDEN', 'This account may not do that');
