import type { AttemptResult, CallbackOutcome, CallbackStatus, CentreStatus, DeclineReason } from '@wac/shared-types';
import type { CalendarMarkKind, ReportFigures, RosterWarning } from '../../services/admin-api';

// Every word the admin console shows (report column names as in the server's CSV/XLSX exports), in one place. Plain and neutral: the console is used at work.

export const CONSOLE_TITLE = '妇女援助中心 管理后台';

export type SectionKey =
  | 'centres'
  | 'staff'
  | 'roster'
  | 'calendar'
  | 'template'
  | 'bookings'
  | 'records'
  | 'events'
  | 'reports'
  | 'audit';

export const SECTIONS: { key: SectionKey; label: string }[] = [
  { key: 'centres', label: '中心信息' },
  { key: 'staff', label: '工作人员' },
  { key: 'roster', label: '值班表' },
  { key: 'calendar', label: '日历' },
  { key: 'template', label: '预约设置' },
  { key: 'bookings', label: '预约与回电' },
  { key: 'records', label: '登记记录' },
  { key: 'events', label: '普法宣传' },
  { key: 'reports', label: '统计报表' },
  { key: 'audit', label: '操作日志' },
];

export const LOGIN = {
  title: '登录管理后台',
  username: '用户名',
  password: '密码',
  submit: '登录',
  submitting: '正在登录…',
  missing: '请填写用户名和密码。',
  failed: '用户名或密码不正确。',
  notAdmin: '这是工作人员账号，不能进入管理后台。请用工作人员页面办理日常工作；如需管理权限，请联系市妇联权益部。',
  expired: '登录已过期，请重新登录。',
  network: '暂时连不上服务器，请稍后再试。',
  opening: '正在打开管理后台…',
  consoleFailed: '管理后台没有完整打开（可能是网络中断）。请刷新页面再试。',
};

export const COMMON = {
  loading: '正在加载…',
  retry: '重试',
  save: '保存',
  saving: '正在保存…',
  saved: '已保存。',
  cancel: '取消',
  edit: '编辑',
  delete: '删除',
  add: '添加',
  search: '查询',
  allCentres: '全部中心',
  cityScope: '全市',
  centre: '中心',
  from: '开始日期',
  to: '结束日期',
  none: '无',
  yes: '是',
  no: '否',
  pickCentre: '请先在上方选择一个中心。',
  logout: '退出登录',
  empty: '没有符合条件的记录。',
  exportCsv: '导出 CSV',
  exportXlsx: '导出 Excel（XLSX）',
  exporting: '正在导出…',
  forbidden: '您没有权限进行此操作。',
  notAvailableYet: '服务器暂不支持此功能（接口尚未上线）。',
};

export const ROLE_LABELS: Record<string, string> = {
  staff: '工作人员',
  centre_admin: '中心管理员',
  city_admin: '市级管理员',
};

export const CENTRE_STATUS_LABELS: Record<CentreStatus, string> = {
  preparing: '筹建中（不可预约）',
  open: '已开放',
};

// The record codes' and professions' names: the one catalogue the staff pages and the exports use too.
export {
  AGE_BAND_LABELS,
  BOOKABLE_SERVICE_LABELS,
  BOOKING_STATUS_LABELS,
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  OUTSIDE_AREA_LABELS,
  PROFESSION_LABELS,
  PROFESSIONS,
  RECORD_SERVICE_LABELS,
  REFERRAL_LABELS,
} from '@wac/rules';

export const ROSTER_WARNING_LABELS: Record<RosterWarning, string> = {
  no_professional: '当天没有专业人员值班',
  no_lawyer: '缺律师',
  no_counsellor: '缺心理咨询师',
  no_mediator: '缺调解员',
};

/** Why a day is not a service day (the server's reason codes; unknown codes are shown as they are). */
export const DAY_REASON_LABELS: Record<string, string> = {
  weekend: '周末',
  holiday: '节假日',
  closure: '闭馆',
  no_schedule: '无官方日历',
  centre_not_open: '中心未开放',
  past: '已过去',
  beyond_window: '超出预约范围',
  no_one_on_duty: '无人值班',
};

export const CALENDAR_KIND_LABELS: Record<CalendarMarkKind, string> = {
  holiday: '放假',
  workday: '调休上班',
  closed: '闭馆',
  open: '加开',
};

export const CALENDAR_SOURCE_LABELS: Record<string, string> = {
  official: '国务院安排',
  admin: '管理员设置',
};

export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  fully_booked: '已约满',
  staff_unavailable: '人员不足',
  centre_closed: '中心当日不开放',
  other_service_better: '更适合其他服务',
  other: '其他原因',
};

export const CALLBACK_STATUS_LABELS: Record<CallbackStatus, string> = {
  open: '待回电',
  claimed: '已认领',
  closed: '已结束',
  withdrawn: '已撤回',
};

export const CALLBACK_OUTCOME_LABELS: Record<CallbackOutcome, string> = {
  helped: '已提供帮助',
  referred: '已转介',
  booked: '已预约',
  unreachable: '联系不上',
  declined_help: '不需要帮助',
  other: '其他',
};

export const ATTEMPT_RESULT_LABELS: Record<AttemptResult, string> = {
  no_answer: '无人接听',
  wrong_person: '非本人接听',
  not_safe_now: '对方不方便',
  reached: '已联系上',
};

export const REPORT_MEASURES: { key: keyof ReportFigures; label: string; explained?: string }[] = [
  { key: 'visits', label: '来访' },
  { key: 'calls', label: '来电' },
  { key: 'bookingsMade', label: '预约' },
  { key: 'bookingsConfirmed', label: '预约确认' },
  { key: 'bookingsCompleted', label: '预约完成' },
  { key: 'bookingsNoShow', label: '未到' },
  { key: 'callbacks', label: '回电请求' },
  { key: 'events', label: '普法宣传活动' },
  { key: 'peopleReached', label: '宣传覆盖人数' },
  {
    key: 'beneficiaries',
    label: '受益人数',
    explained: '受益人数 = 宣传覆盖人数 + 来访 + 来电（普法宣传活动覆盖的人，加上来访、来电登记的人次）。',
  },
];

export const SUPPRESSED_TEXT = '*';
export const SUPPRESSED_NOTE =
  '“*”表示为保护当事人而不显示的数字：1 至 4 的小数字，以及可能被用来从合计反推出它们的数字。';

/** A label for any code, falling back to the code itself (the server may add codes later). */
export function labelOf(labels: Record<string, string>, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') {
    return COMMON.none;
  }
  return labels[code] ?? code;
}

/** A label for a whole list of codes, joined for a table cell. */
export function labelsOf(labels: Record<string, string>, codes: readonly string[]): string {
  return codes.length === 0 ? COMMON.none : codes.map((code) => labelOf(labels, code)).join('、');
}
