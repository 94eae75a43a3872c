import type { AuditAction } from '@wac/shared-types';
import { useState } from 'react';
import { addDays, formatShanghaiInstant, shanghaiToday } from '../../../domain/dates';
import { CentreSelect, DateRangeFields, Field, ListTable, LoadState, SectionTitle } from '../components/ui';
import { centreName, useAdmin } from '../context';
import { useDateRange, useLoad } from '../hooks';
import { COMMON } from '../texts';
import { getAuditLog } from '../../../services/admin-api.generated';

/** Every action the server audits: a Record, so an action added to the contract fails the type-check here. */
const AUDIT_ACTION_CODES: Record<AuditAction, true> = {
  'callback.phone.view': true,
  'callback.claim': true,
  'callback.release': true,
  'centre.change': true,
  'staff.change': true,
  'password.reset': true,
  'roster.change': true,
  'template.change': true,
  'calendar.change': true,
  export: true,
};
const isAuditAction = (code: string): code is AuditAction => Object.hasOwn(AUDIT_ACTION_CODES, code);
const UNKNOWN_ACTION = '没有这个操作类型代码，例如 roster.change、export。';

export function AuditSection() {
  const { api, centre, setCentre, centres } = useAdmin();
  const today = shanghaiToday();
  const range = useDateRange(addDays(today, -7), today);
  const { from, to } = range;
  const [action, setAction] = useState('');
  const [appliedAction, setAppliedAction] = useState<AuditAction | undefined>(undefined);
  const [actionHint, setActionHint] = useState<string | undefined>(undefined);
  const loaded = useLoad(
    () => getAuditLog(api, { from, to, action: appliedAction, centre: centre || undefined }).then(({ items }) => items),
    [api, from, to, appliedAction, centre],
    range.valid,
  );
  const rows = loaded.data ?? [];

  return (
    <>
      <SectionTitle>操作日志</SectionTitle>
      <form
        className="admin-filters"
        role="search"
        aria-label="筛选操作日志"
        onSubmit={(event) => {
          event.preventDefault();
          const code = action.trim();
          const known = code === '' || isAuditAction(code);
          setActionHint(known ? undefined : UNKNOWN_ACTION);
          if (known) {
            setAppliedAction(isAuditAction(code) ? code : undefined);
          }
        }}
      >
        <CentreSelect value={centre} onChange={setCentre} allowAll testId="audit-centre" />
        <DateRangeFields range={range} testIdPrefix="audit" />
        <Field label="操作类型代码（例如 roster.change 修改排班、export 导出数据）" hint={actionHint}>
          <input
            className="admin-input"
            value={action}
            onChange={(event) => setAction(event.target.value)}
            data-testid="audit-action"
          />
        </Field>
        <button type="submit" className="admin-button" data-testid="audit-search">
          {COMMON.search}
        </button>
      </form>
      <LoadState loading={loaded.loading && !loaded.data} error={loaded.error} reload={loaded.reload} />
      {loaded.data ? (
        <ListTable
          testId="audit-table"
          caption={<>共 {rows.length} 条</>}
          columns={['时间', '操作人', '操作', '对象', '中心']}
          empty={rows.length === 0}
        >
          {rows.map((entry, index) => (
            <tr key={`${entry.at}-${index}`} data-testid="audit-row">
              <td>{formatShanghaiInstant(entry.at)}</td>
              <td>{entry.actorUsername ?? '系统'}</td>
              <td>
                {entry.actionLabel} <code>{entry.action}</code>
              </td>
              <td>{[entry.targetType, entry.targetId].filter(Boolean).join(' ')}</td>
              <td>{centreName(centres, entry.centreCode)}</td>
            </tr>
          ))}
        </ListTable>
      ) : null}
    </>
  );
}
