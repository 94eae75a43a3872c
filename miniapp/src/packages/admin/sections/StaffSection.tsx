import { useState } from 'react';
import type { AdminStaffMember } from '../../../services/admin-api';
import { ActionOutcome, ListTable, LoadState, NeedsCentre, SectionTitle } from '../components/ui';
import { useAdmin } from '../context';
import { useAction, useLoad } from '../hooks';
import { COMMON, labelsOf, PROFESSION_LABELS, ROLE_LABELS } from '../texts';
import { CreateStaffForm } from './staff/CreateStaffForm';
import { MemberPanel } from './staff/MemberPanel';
import { listStaff, updateStaff } from '../../../services/admin-api.generated';

export function StaffSection() {
  const { api, centre } = useAdmin();
  const loaded = useLoad(() => listStaff(api, { centre }).then(({ items }) => items), [api, centre], centre !== '');
  const toggle = useAction();
  const [selected, setSelected] = useState<string>();
  const [creating, setCreating] = useState(false);
  const members = loaded.data ?? [];
  const member = members.find((entry) => entry.id === selected);

  const setActive = (entry: AdminStaffMember, active: boolean) => {
    if (!active && !window.confirm(`停用“${entry.displayName}”？停用后不再上墙、不能排班，登录账号也会停用。`)) {
      return;
    }
    void toggle
      .run(
        () => updateStaff(api, entry.id, { active }),
        active ? `已启用：${entry.displayName}` : `已停用：${entry.displayName}`,
      )
      .then((ok) => ok && loaded.reload());
  };

  return (
    <>
      <SectionTitle>工作人员</SectionTitle>
      <NeedsCentre>
        <div className="admin-toolbar">
          <button
            type="button"
            className="admin-button admin-button--primary"
            onClick={() => setCreating((value) => !value)}
            aria-expanded={creating}
            data-testid="staff-new-toggle"
          >
            {creating ? '收起新增表单' : '新增工作人员'}
          </button>
        </div>
        {creating ? <CreateStaffForm centreCode={centre} onCreated={loaded.reload} /> : null}
        <LoadState loading={loaded.loading && !loaded.data} error={loaded.error} reload={loaded.reload} />
        <ActionOutcome action={toggle} testId="staff-toggle" />
        {loaded.data ? (
          <ListTable
            testId="staff-table"
            columns={['称呼', '专业身份', '上墙', '登录账号', '状态', '请假', '操作']}
            empty={members.length === 0}
          >
            {members.map((entry) => (
              <tr key={entry.id} data-testid="staff-row" className={entry.active ? undefined : 'admin-row--inactive'}>
                <th scope="row">{entry.displayName}</th>
                <td>{labelsOf(PROFESSION_LABELS, entry.professions)}</td>
                <td>{entry.showOnWall ? COMMON.yes : COMMON.no}</td>
                <td>
                  {entry.account
                    ? `${entry.account.username}（${ROLE_LABELS[entry.account.role] ?? entry.account.role}）`
                    : COMMON.none}
                </td>
                <td>{entry.active ? '在岗' : '已停用'}</td>
                <td>
                  {entry.leave.length === 0
                    ? COMMON.none
                    : entry.leave.map((item) => `${item.fromDate}～${item.toDate}`).join('；')}
                </td>
                <td className="admin-table__actions">
                  <button
                    type="button"
                    className="admin-button admin-button--small"
                    onClick={() => setSelected(entry.id)}
                    aria-label={`编辑 ${entry.displayName}`}
                    data-testid={`staff-open-${entry.displayName}`}
                  >
                    {COMMON.edit}
                  </button>
                  <button
                    type="button"
                    className="admin-button admin-button--small"
                    onClick={() => setActive(entry, !entry.active)}
                    disabled={toggle.busy}
                    aria-label={`${entry.active ? '停用' : '启用'} ${entry.displayName}`}
                    data-testid={`staff-active-${entry.displayName}`}
                  >
                    {entry.active ? '停用' : '启用'}
                  </button>
                </td>
              </tr>
            ))}
          </ListTable>
        ) : null}
        {member ? (
          <MemberPanel
            key={member.id}
            member={member}
            onChanged={loaded.reload}
            onClose={() => setSelected(undefined)}
          />
        ) : null}
      </NeedsCentre>
    </>
  );
}
