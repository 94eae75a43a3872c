// What in a piece of free text may identify a person: the same patterns screen the staff's record notes and what she
// writes with a booking or a call-back request (the staff note is refused or warned about; her text is warned about,
// and she can remove it). The server refuses the same things in notes (records/anonymity.ts).

export type IdentifyingKind = 'number' | 'email' | 'wechat' | 'identityWords' | 'name' | 'address';

export const IDENTIFYING_PATTERNS: Record<IdentifyingKind, RegExp> = {
  // A run of digits, like a phone, ID or house number.
  number: /\d[\d\s-]{5,}\d/,
  email: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+/,
  wechat: /wxid_|微信号|weixin|wechat/i,
  identityWords: /身份证|手机号|电话号码|住址|家住/,
  // Names cannot be told for sure; the patterns stay narrow ("她先生" is her husband) so a warning stays believable.
  name: /姓[\u4e00-\u9fa5]|名叫|名字叫|叫做|我叫|[\u4e00-\u9fa5](女士|小姐)/,
  address: /小区|号楼|门牌|\d+\s*(栋|幢|单元|室|弄)/,
};

/** Which kinds of identifying detail the text seems to hold, in a fixed order. */
export function identifyingKinds(text: string): IdentifyingKind[] {
  const trimmed = text.trim();
  return (Object.keys(IDENTIFYING_PATTERNS) as IdentifyingKind[]).filter((kind) =>
    IDENTIFYING_PATTERNS[kind].test(trimmed),
  );
}
