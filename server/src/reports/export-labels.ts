import type { BookableService } from '../availability/services.js';
import type { BookingStatus } from '../bookings/booking-status.js';
import type { BookingNeed } from '../bookings/booking.entity.js';
import type { AgeBand, RecordCategory, RecordChannel, RecordService, Referral } from '../records/record-codes.js';
import type { Profession } from '../staff/staff-member.entity.js';

// The words the admin console shows for each code (miniapp/src/packages/admin/texts.ts), so an exported file reads
// like the screen. Codes stay in extra columns at the right for anyone who sorts or joins on them.

export const BOOKABLE_SERVICE_LABELS: Record<BookableService, string> = {
  legal: '法律咨询',
  counselling: '心理疏导',
  mediation: '家事调解',
};

export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  offered: '候补保留中',
  pending: '待确认',
  confirmed: '已确认',
  declined: '已婉拒',
  cancelled: '已取消',
  arrived: '已到达',
  completed: '已完成',
  no_show: '未到',
  day_closed: '需改约',
};

export const NEED_LABELS: Record<BookingNeed, string> = {
  minnan_dialect: '说闽南话（不说普通话）',
  accessible_room: '需要无障碍房间（方便轮椅进出）',
  with_child: '会带孩子一起来',
};

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
  custody: '抚养探视',
  psychological: '心理困扰',
  labour: '劳动权益',
  other: '其他',
};

export const RECORD_SERVICE_LABELS: Record<RecordService, string> = {
  legal_advice: '法律咨询',
  counselling: '心理疏导',
  mediation: '调解',
  relief: '援助救助',
  information: '信息咨询',
  accompaniment: '陪同',
};

export const REFERRAL_LABELS: Record<Referral, string> = {
  police: '公安机关',
  court: '法院',
  procuratorate: '检察院',
  justice_bureau: '司法局',
  social_work: '社工机构',
  shelter: '庇护场所',
  other_centre: '其他中心',
  none: '未转介',
};

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  under_18: '18 岁以下',
  '18_29': '18–29 岁',
  '30_39': '30–39 岁',
  '40_49': '40–49 岁',
  '50_59': '50–59 岁',
  '60_plus': '60 岁及以上',
  unknown: '不详',
};

export const AREA_EXTRA_LABELS: Record<string, string> = {
  outside_quanzhou: '泉州市外',
  unknown: '不详',
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

/** A code's label, or the code itself for one added later. */
export const labelOf = (labels: Record<string, string>, code: string) => labels[code] ?? code;
export const labelsOf = (labels: Record<string, string>, codes: readonly string[]) =>
  codes.map((code) => labelOf(labels, code)).join('、');
export const yesNo = (value: boolean) => (value ? '是' : '否');
