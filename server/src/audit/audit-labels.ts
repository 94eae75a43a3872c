import type { AuditAction } from './audit-entry.entity.js';

/** The words the console shows for each audited action (the code stays in the entry for filtering). */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  'callback.phone.view': '查看回电号码',
  'callback.claim': '认领回电',
  'callback.release': '释放回电',
  'centre.change': '修改中心信息',
  'staff.change': '修改人员',
  'password.reset': '重置密码',
  'roster.change': '修改排班',
  'template.change': '修改时段模板',
  'calendar.change': '修改日历',
  export: '导出数据',
};
