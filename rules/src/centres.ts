// The 13 Women's Aid Centres of Quanzhou, one per county-level area (DOMAIN.md). A consultation record's `area` is
// one of these codes, or somewhere outside them.

export const CENTRE_AREAS = {
  city: '市直（市区）',
  licheng: '鲤城区',
  fengze: '丰泽区',
  luojiang: '洛江区',
  quangang: '泉港区',
  shishi: '石狮市',
  jinjiang: '晋江市',
  nanan: '南安市',
  huian: '惠安县',
  anxi: '安溪县',
  yongchun: '永春县',
  dehua: '德化县',
  taishang: '台商投资区',
} as const;

export type CentreCode = keyof typeof CENTRE_AREAS;
export const CENTRE_CODES = Object.keys(CENTRE_AREAS) as readonly CentreCode[];

/** Where she lives when it is none of the 13 areas, as coarse as a report needs. */
export const OUTSIDE_AREAS = ['outside_quanzhou', 'unknown'] as const;
export type OutsideArea = (typeof OUTSIDE_AREAS)[number];

export function isCentreCode(code: string): code is CentreCode {
  return Object.prototype.hasOwnProperty.call(CENTRE_AREAS, code);
}
