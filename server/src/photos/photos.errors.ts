import { DomainError } from '../common/errors/domain-error.js';

export const photoNotFound = () => new DomainError('PHOTO_NOT_FOUND', 'No such photo');
