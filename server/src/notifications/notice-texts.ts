import { type BookableService } from '@wac/rules';
import type { StaffNoticeKind, WomanNoticeKind } from './notification.entity.js';

/**
 * Neutral wording only. Her notices are visible in WeChat's 服务通知 list to anyone holding her phone; staff
 * notices go to a WeCom group and to staff phones. Neither ever names her, her number or what she wrote.
 */
export const WOMAN_WORDING: Record<WomanNoticeKind, { subject: string; note: string }> = {
  booking_confirmed: { subject: '预约结果', note: '已确认，请按时前往' },
  booking_declined: { subject: '预约结果', note: '未能安排，请在小程序查看' },
  booking_reminder: { subject: '预约提醒', note: '明天有预约，请按时前往' },
  waitlist_offer: { subject: '空位通知', note: '有空位为您保留，请尽快确认' },
  booking_day_closed: { subject: '预约变动', note: '当天暂停服务，请改约时间' },
};

const SERVICE_LABEL: Record<BookableService, string> = {
  legal: '法律咨询',
  counselling: '心理咨询',
  mediation: '家事调解',
};

/** What a staff notice is about, read from the database at send time. */
export interface StaffNoticeFacts {
  booking?: { service: BookableService; date: string; startTime: string };
  /** `staff_daily_digest`: "bookings/callbacks"; `staff_day_closed`: how many; `staff_booking_waiting`: hours. */
  detail: string | null;
}

/**
 * A staff notice: a short subject, and what happened without the centre's name (WeChat shows the centre in its own
 * field; the WeCom group line is "centre：what").
 */
export function staffNoticeText(kind: StaffNoticeKind, facts: StaffNoticeFacts): { subject: string; what: string } {
  const slot = facts.booking
    ? `${SERVICE_LABEL[facts.booking.service]} ${facts.booking.date} ${facts.booking.startTime}`
    : '';
  const [first = '0', second = '0'] = (facts.detail ?? '').split('/');
  switch (kind) {
    case 'staff_new_booking':
      return { subject: '新预约待确认', what: `新预约 ${slot}，待确认` };
    case 'staff_offer_accepted':
      return { subject: '候补预约待确认', what: `候补转为预约 ${slot}，待确认` };
    case 'staff_new_callback':
      return { subject: '新回电请求', what: `有新的回电请求，请在工作台查看` };
    case 'staff_booking_waiting':
      return {
        subject: '预约久未确认',
        what: `预约 ${slot} 已超过 ${first} 个工作小时未确认，待确认`,
      };
    case 'staff_daily_digest':
      return { subject: '今日工作提示', what: `今日预约 ${first} 个，待回电 ${second} 个` };
    case 'staff_day_closed':
      return {
        subject: '预约需改约',
        what: `${first} 个预约因日程调整需要改约，请在工作台查看`,
      };
    case 'staff_reveal_limit':
      return {
        subject: '查看号码过多',
        what: `有账号一小时内查看号码次数过多，已暂停其查看，请核实`,
      };
  }
}
