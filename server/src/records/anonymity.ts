/**
 * Checks a free-text note for what must never be in a consultation record. Names cannot be spotted reliably, so
 * the form warns about them; numbers, addresses of accounts and ids can be, and are refused.
 */
const PERSONAL_PATTERNS: { pattern: RegExp; reason: string }[] = [
  { pattern: /\d[\d\s-]{5,}\d/, reason: 'must not contain a phone number, ID number or other long number' },
  { pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+/, reason: 'must not contain an e-mail address' },
  { pattern: /wxid_|微信号|weixin|wechat/i, reason: 'must not contain a WeChat id' },
  {
    pattern: /身份证|手机号|电话号码|住址|家住/,
    reason: 'must not contain identity numbers, phone numbers or addresses',
  },
];

export function personalDataInNote(note: string): string | undefined {
  return PERSONAL_PATTERNS.find(({ pattern }) => pattern.test(note))?.reason;
}
