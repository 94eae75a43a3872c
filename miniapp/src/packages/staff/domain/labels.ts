import type { AttemptResult, BookingStatus, CallbackOutcome, DeclineReason } from '@wac/shared-types';
import { CENTRE_AREAS, OUTSIDE_AREA_LABELS, REFERRALS, type OutsideArea, type Referral } from '@wac/rules';

// The staff pages' words for the server's codes. Staff read them, but others may glance at the
// screen too: short and matter-of-fact, nothing about a woman beyond what the code says. The
// record codes' names are the one catalogue in @wac/rules (the console and the exports use it too).

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

/** Referrals in the order the form offers them: "none" first, the commonest answer. */
export const REFERRAL_CHOICES: readonly Referral[] = ['none', ...REFERRALS.filter((referral) => referral !== 'none')];
