import { DomainError } from '../common/errors/domain-error.js';
import type { CallbackStatus } from './callback.entity.js';

export const callbackNotFound = () => new DomainError('CALLBACK_NOT_FOUND', 'No such callback request');
export const callbackStatusConflict = (status: CallbackStatus) =>
  new DomainError(
    'CALLBACK_STATUS_CONFLICT',
    `The callback request is now "${status}"; someone may have acted on it already`,
  );
export const notYourClaim = () =>
  new DomainError('CALLBACK_NOT_CLAIMED_BY_YOU', 'Claim this callback request before working on it');
export const tooManyCallbacks = (limit: number) =>
  new DomainError('LIMIT_REACHED', `You already have ${limit} callback requests waiting; withdraw one to ask again`);
