/** A phone number she typed, checked and put in one form, with the masked form shown in lists. */
export interface PhoneNumber {
  normalized: string;
  masked: string;
}

const MOBILE = /^1[3-9]\d{9}$/;
/** Big cities have 3-digit area codes (010, 02x) and 8-digit numbers; elsewhere 4-digit codes (0595…) and 7 or 8. */
const LANDLINE = /^(0[12]\d)(\d{8})$|^(0[3-9]\d{2})(\d{7,8})$/;

export function parseMainlandPhone(input: string): PhoneNumber | undefined {
  const digits = input
    .trim()
    .replace(/[\s\-()（）]/g, '')
    .replace(/^(\+86|0086)/, '');
  if (MOBILE.test(digits)) {
    return { normalized: digits, masked: `${digits.slice(0, 3)}****${digits.slice(-4)}` };
  }
  const landline = LANDLINE.exec(digits);
  if (landline) {
    const areaCode = landline[1] ?? landline[3];
    const local = landline[2] ?? landline[4] ?? '';
    return { normalized: `${areaCode}-${local}`, masked: `${areaCode}-****${local.slice(-4)}` };
  }
  return undefined;
}

/** The masked form shown in lists: 138****5678, or 0595-****5678. */
export function maskPhone(normalized: string): string {
  const [areaCode, local] = normalized.split('-');
  return local === undefined
    ? `${normalized.slice(0, 3)}****${normalized.slice(-4)}`
    : `${areaCode}-****${local.slice(-4)}`;
}
