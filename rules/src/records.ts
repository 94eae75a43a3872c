// The fixed choices of a consultation record (来访来电登记) and the names every screen and export gives them, once:
// the staff form, the console and the exported files read alike. Only codes: nothing here can hold a name or number.
import type { OutsideArea } from './centres.js';

export const RECORD_CHANNELS = ['walk_in', 'hotline_12338', 'booking', 'callback'] as const;
export type RecordChannel = (typeof RECORD_CHANNELS)[number];

export const RECORD_CATEGORIES = [
  'marriage_family',
  'domestic_violence',
  'property',
  'custody',
  'psychological',
  'labour',
  'other',
] as const;
export type RecordCategory = (typeof RECORD_CATEGORIES)[number];

export const RECORD_SERVICES = [
  'legal_advice',
  'counselling',
  'mediation',
  'relief',
  'information',
  'accompaniment',
] as const;
export type RecordService = (typeof RECORD_SERVICES)[number];

export const REFERRALS = [
  'police',
  'court',
  'procuratorate',
  'justice_bureau',
  'social_work',
  'shelter',
  'other_centre',
  'none',
] as const;
export type Referral = (typeof REFERRALS)[number];

export const AGE_BANDS = ['under_18', '18_29', '30_39', '40_49', '50_59', '60_plus', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The people who work at a centre, by what they do. */
export const PROFESSIONS = [
  'lawyer',
  'counsellor',
  'mediator',
  'social_worker',
  'liaison',
  'volunteer',
  'coordinator',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const CHANNEL_LABELS: Record<RecordChannel, string> = {
  walk_in: '来访',
  hotline_12338: '12338 来电',
  booking: '预约来访',
  callback: '回电',
};

export const CATEGORY_LABELS: Record<RecordCategory, string> = {
  marriage_family: '婚姻家庭',
  domestic_violence: '家庭暴力',
  property: '财产纠纷',
  custody: '子女抚养、探望',
  psychological: '心理困扰',
  labour: '劳动权益',
  other: '其他',
};

export const RECORD_SERVICE_LABELS: Record<RecordService, string> = {
  legal_advice: '法律咨询',
  counselling: '心理疏导',
  mediation: '家事调解',
  relief: '困难救助',
  information: '政策、信息解答',
  accompaniment: '陪同',
};

export const REFERRAL_LABELS: Record<Referral, string> = {
  police: '公安机关',
  court: '法院',
  procuratorate: '检察院',
  justice_bureau: '司法局（法律援助）',
  social_work: '社工机构',
  shelter: '庇护场所 / 救助站',
  other_centre: '其他妇女援助中心',
  none: '未转介',
};

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  under_18: '18 岁以下',
  '18_29': '18–29 岁',
  '30_39': '30–39 岁',
  '40_49': '40–49 岁',
  '50_59': '50–59 岁',
  '60_plus': '60 岁及以上',
  unknown: '不清楚',
};

/** A record's `area` when it is none of the 13 centres' areas (those are named by CENTRE_AREAS). */
export const OUTSIDE_AREA_LABELS: Record<OutsideArea, string> = {
  outside_quanzhou: '泉州市外',
  unknown: '不清楚',
};

export const PROFESSION_LABELS: Record<Profession, string> = {
  lawyer: '律师',
  counsellor: '心理咨询师',
  mediator: '家事纠纷调解员',
  social_worker: '社会工作者',
  liaison: '联络员',
  volunteer: '志愿者',
  coordinator: '中心负责人',
};
