// What in a piece of free text may identify a person. The same patterns screen the staff's record notes and what she
// writes with a booking or a call-back request: in a note the server refuses (and the form first stops) a number,
// an e-mail address, a WeChat id or the words for them, and the form warns about names and addresses; her own text
// is only warned about, and she can remove it.

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

/** What a record's note may never hold: these can be spotted reliably, so they are refused, in this order. */
export const REFUSED_IN_NOTES = ['number', 'email', 'wechat', 'identityWords'] as const satisfies IdentifyingKind[];
export type RefusedInNote = (typeof REFUSED_IN_NOTES)[number];

/** Which kinds of identifying detail the text seems to hold, in a fixed order. */
export function identifyingKinds(text: string): IdentifyingKind[] {
  const trimmed = text.trim();
  return (Object.keys(IDENTIFYING_PATTERNS) as IdentifyingKind[]).filter((kind) =>
    IDENTIFYING_PATTERNS[kind].test(trimmed),
  );
}

/** The first thing a note holds that it may not, or undefined when it may be kept. */
export function refusedInNote(note: string): RefusedInNote | undefined {
  const text = note.trim();
  return REFUSED_IN_NOTES.find((kind) => IDENTIFYING_PATTERNS[kind].test(text));
}
