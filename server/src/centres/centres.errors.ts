import { DomainError } from '../common/errors/domain-error.js';

export const centreNotFound = (code: string) => new DomainError('CENTRE_NOT_FOUND', `No centre has the code "${code}"`);
