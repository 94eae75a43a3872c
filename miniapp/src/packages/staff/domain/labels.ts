import type {
  AgeBand,
  AttemptResult,
  BookingNeed,
  BookingStatus,
  CallbackOutcome,
  DeclineReason,
  RecordCategory,
  RecordChannel,
  RecordService,
  Referral,
} from '@wac/shared-types';
import { CENTRE_AREAS, type OutsideArea } from '@wac/rules';

// The staff pages' words for the server's codes. Staff read them, but others may glance at the
// screen too: short and matter-of-fact, nothing about a woman beyond what the code says.

export const OUTSIDE_AREA_LABELS: Record<OutsideArea, string> = {
  outside_quanzhou: '泉州市以外',
  unknown: '不清楚 / 没说',
};

export function areaLabel(code: string): string {
  return (CENTRE_AREAS as Record<string, string>)[code] ?? OUTSIDE_AREA_LABELS[code as OutsideArea] ?? code;
}

export const BOOKING_STATUS_TEXT: Record<BookingStatus, string> = {
  offered: '候补保留',
  pending: '待确认',
  confirmed: '已确认',
  declined: '已婉拒',
  cancelled: '她已取消',
  arrived: '已到',
  completed: '已完成',
  no_show: '未到',
  day_closed: '需改约',
};

export const BOOKING_SERVICE_TEXT = {
  legal: '法律咨询',
  counselling: '心理疏导',
  mediation: '家事调解',
} as const;

/** Short tags for her needs, as the brief for the duty person. */
export const NEED_TAGS: Record<BookingNeed, string> = {
  minnan_dialect: '闽南话',
  accessible_room: '无障碍',
  with_child: '带孩子',
};

export const DECLINE_REASONS: readonly DeclineReason[] = [
  'fully_booked',
  'staff_unavailable',
  'centre_closed',
  'other_service_better',
  'other',
];

/** What the staff member chooses from (what she then reads is in src/domain/booking.ts). */
export const DECLINE_REASON_TEXT: Record<DeclineReason, string> = {
  fully_booked: '这个时间已约满',
  staff_unavailable: '当天人员有安排',
  centre_closed: '中心当天不接待',
  other_service_better: '建议换一种服务',
  other: '其他原因',
};

export const ATTEMPT_RESULTS: readonly AttemptResult[] = ['no_answer', 'wrong_person', 'not_safe_now', 'reached'];

export const ATTEMPT_TEXT: Record<AttemptResult, { title: string; detail: string }> = {
  no_answer: { title: '没人接', detail: '按她的意愿决定是否留言' },
  wrong_person: { title: '不是她本人接', detail: '没有透露任何信息就挂断' },
  not_safe_now: { title: '她说现在不方便', detail: '换她说的另一个时间再打' },
  reached: { title: '已接通，谈过了', detail: '' },
};

export const CALLBACK_OUTCOMES: readonly CallbackOutcome[] = [
  'helped',
  'referred',
  'booked',
  'unreachable',
  'declined_help',
  'other',
];

export const OUTCOME_TEXT: Record<CallbackOutcome, string> = {
  helped: '已在电话里帮到她',
  referred: '已转介给其他部门',
  booked: '已帮她预约来访',
  unreachable: '多次联系不上',
  declined_help: '她表示暂不需要帮助',
  other: '其他',
};

export const RECORD_CHANNELS: readonly RecordChannel[] = ['walk_in', 'hotline_12338', 'booking', 'callback'];

export const CHANNEL_TEXT: Record<RecordChannel, string> = {
  walk_in: '来访（直接到中心）',
  hotline_12338: '12338 热线来电',
  booking: '预约来访',
  callback: '回电',
};

export const RECORD_CATEGORIES: readonly RecordCategory[] = [
  'marriage_family',
  'domestic_violence',
  'property',
  'custody',
  'psychological',
  'labour',
  'other',
];

export const CATEGORY_TEXT: Record<RecordCategory, string> = {
  marriage_family: '婚姻家庭纠纷',
  domestic_violence: '家庭暴力',
  property: '财产纠纷',
  custody: '子女抚养、探望',
  psychological: '心理困扰',
  labour: '劳动权益',
  other: '其他',
};

export const RECORD_SERVICES: readonly RecordService[] = [
  'legal_advice',
  'counselling',
  'mediation',
  'relief',
  'information',
  'accompaniment',
];

export const RECORD_SERVICE_TEXT: Record<RecordService, string> = {
  legal_advice: '法律咨询',
  counselling: '心理疏导',
  mediation: '家事调解',
  relief: '困难救助',
  information: '政策、信息解答',
  accompaniment: '陪同（报警、就医、诉讼等）',
};

export const REFERRALS: readonly Referral[] = [
  'none',
  'police',
  'court',
  'procuratorate',
  'justice_bureau',
  'social_work',
  'shelter',
  'other_centre',
];

export const REFERRAL_TEXT: Record<Referral, string> = {
  none: '没有转介',
  police: '公安机关',
  court: '法院',
  procuratorate: '检察院',
  justice_bureau: '司法局（法律援助）',
  social_work: '社工机构',
  shelter: '庇护场所 / 救助站',
  other_centre: '其他妇女援助中心',
};

export const AGE_BANDS: readonly AgeBand[] = ['under_18', '18_29', '30_39', '40_49', '50_59', '60_plus', 'unknown'];

export const AGE_BAND_TEXT: Record<AgeBand, string> = {
  under_18: '18 岁以下',
  '18_29': '18–29 岁',
  '30_39': '30–39 岁',
  '40_49': '40–49 岁',
  '50_59': '50–59 岁',
  '60_plus': '60 岁及以上',
  unknown: '不清楚',
};
