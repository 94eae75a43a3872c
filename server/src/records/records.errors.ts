import { DomainError } from '../common/errors/domain-error.js';

export const recordNotFound = () => new DomainError('RECORD_NOT_FOUND', 'No such record');
export const recordLocked = () =>
  new DomainError(
    'RECORD_LOCKED',
    'This record can no longer be edited in place; add a correction (a new version) instead',
  );
export const recordSuperseded = () =>
  new DomainError('RECORD_SUPERSEDED', 'This version has already been corrected; correct the newest version');
export const sourceNotRecordable = (what: 'booking' | 'callback') =>
  new DomainError('SOURCE_NOT_RECORDABLE', `This ${what} is not finished in your centre, or already has its record`);
