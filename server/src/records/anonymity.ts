import { refusedInNote, type RefusedInNote } from '@wac/rules';

/**
 * Checks a free-text note for what must never be in a consultation record (the patterns are shared with the
 * mini-program's form: @wac/rules). Names cannot be spotted reliably, so the form warns about them; numbers,
 * addresses of accounts and ids can be, and are refused.
 */
const REASONS: Record<RefusedInNote, string> = {
  number: 'must not contain a phone number, ID number or other long number',
  email: 'must not contain an e-mail address',
  wechat: 'must not contain a WeChat id',
  identityWords: 'must not contain identity numbers, phone numbers or addresses',
};

export function personalDataInNote(note: string): string | undefined {
  const kind = refusedInNote(note);
  return kind === undefined ? undefined : REASONS[kind];
}
