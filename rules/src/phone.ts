// Mainland phone numbers as she may type them: the server stores the normalized form, the mini-program checks the
// same patterns before sending, and both show the masked form.

/** A phone number she typed, checked and put in one form, with the masked form shown in lists. */
export interface PhoneNumber {
  normalized: string;
  masked: string;
}

const MOBILE = /^1[3-9]\d{9}$/;
/** Big cities have 3-digit area codes (010, 02x) and 8-digit numbers; elsewhere 4-digit codes (0595…) and 7 or 8. */
const LANDLINE = /^(0[12]\d)(\d{8})$|^(0[3-9]\d{2})(\d{7,8})$/;

/** Her number as typed, without spaces, dashes, brackets or +86. */
export function phoneDigits(input: string): string {
  return input
    .trim()
    .replace(/[\s\-()（）]/g, '')
    .replace(/^(\+86|0086)/, '');
}

export function parseMainlandPhone(input: string): PhoneNumber | undefined {
  const digits = phoneDigits(input);
  if (MOBILE.test(digits)) {
    return { normalized: digits, masked: maskPhone(digits) };
  }
  const landline = LANDLINE.exec(digits);
  if (landline) {
    const areaCode = landline[1] ?? landline[3];
    const local = landline[2] ?? landline[4] ?? '';
    const normalized = `${areaCode}-${local}`;
    return { normalized, masked: maskPhone(normalized) };
  }
  return undefined;
}

/** A mainland mobile (11 digits from 1) or a landline with its area code. */
export function isValidPhone(input: string): boolean {
  return parseMainlandPhone(input) !== undefined;
}

/** The masked form shown in lists: 138****5678, or 0595-****5678. */
export function maskPhone(normalized: string): string {
  const [areaCode, local] = normalized.split('-');
  return local === undefined
    ? `${normalized.slice(0, 3)}****${normalized.slice(-4)}`
    : `${areaCode}-****${local.slice(-4)}`;
}
