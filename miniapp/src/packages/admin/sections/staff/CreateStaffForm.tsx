import { PASSWORD_LENGTH, USERNAME_LENGTH, USERNAME_PATTERN } from '@wac/rules';
import type { Profession } from '@wac/shared-types';
import { useState, type FormEvent } from 'react';
import { ActionOutcome, Field, Notice } from '../../components/ui';
import { centreName, useAdmin } from '../../context';
import { useAction } from '../../hooks';
import { COMMON, ROLE_LABELS } from '../../texts';
import { ProfessionChoice } from './ProfessionChoice';
import { createStaff } from '../../../../services/admin-api.generated';

export function CreateStaffForm({ centreCode, onCreated }: { centreCode: string; onCreated: () => void }) {
  const { api, centres } = useAdmin();
  const action = useAction();
  const [displayName, setDisplayName] = useState('');
  const [professions, setProfessions] = useState<Profession[]>([]);
  const [bio, setBio] = useState('');
  const [showOnWall, setShowOnWall] = useState(true);
  const [withAccount, setWithAccount] = useState(false);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<'staff' | 'centre_admin'>('staff');
  const [problem, setProblem] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!displayName.trim()) {
      setProblem('请填写称呼（例如“林律师”）。');
      return;
    }
    if (professions.length === 0) {
      setProblem('请至少选择一个专业身份。');
      return;
    }
    if (withAccount && (!USERNAME_PATTERN.test(username.trim()) || password.length < PASSWORD_LENGTH.min)) {
      setProblem(
        `请填写登录用户名（${USERNAME_LENGTH.min}–${USERNAME_LENGTH.max} 个小写字母、数字、点、横线或下划线），密码至少 ${PASSWORD_LENGTH.min} 位。`,
      );
      return;
    }
    setProblem(undefined);
    void action
      .run(
        () =>
          createStaff(api, {
            centreCode,
            displayName: displayName.trim(),
            professions,
            bio: bio.trim(),
            showOnWall,
            ...(withAccount ? { account: { username: username.trim(), password, role } } : {}),
          }),
        `已添加：${displayName.trim()}`,
      )
      .then((ok) => {
        if (ok) {
          setDisplayName('');
          setProfessions([]);
          setBio('');
          setUsername('');
          setPassword('');
          setWithAccount(false);
          onCreated();
        }
      });
  };

  return (
    <form
      className="admin-card admin-form"
      onSubmit={submit}
      data-testid="staff-create-form"
      aria-labelledby="staff-create-heading"
    >
      <h3 id="staff-create-heading" className="admin-subtitle">
        新增工作人员（{centreName(centres, centreCode)}）
      </h3>
      <div className="admin-form__grid">
        <Field label="称呼（上墙显示，例如“林律师”）">
          <input
            className="admin-input"
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
            maxLength={64}
            data-testid="staff-new-name"
          />
        </Field>
        <Field label="简介（上墙显示）" wide>
          <textarea
            className="admin-input admin-textarea"
            rows={3}
            value={bio}
            onChange={(event) => setBio(event.target.value)}
            maxLength={500}
            data-testid="staff-new-bio"
          />
        </Field>
      </div>
      <ProfessionChoice value={professions} onChange={setProfessions} idPrefix="staff-new" />
      <label className="admin-check">
        <input
          type="checkbox"
          checked={showOnWall}
          onChange={(event) => setShowOnWall(event.target.checked)}
          data-testid="staff-new-wall"
        />
        在中心墙上和小程序中展示照片与简介
      </label>
      <label className="admin-check">
        <input
          type="checkbox"
          checked={withAccount}
          onChange={(event) => setWithAccount(event.target.checked)}
          data-testid="staff-new-with-account"
        />
        同时开通登录账号
      </label>
      {withAccount ? (
        <div className="admin-form__grid">
          <Field label="登录用户名">
            <input
              className="admin-input"
              autoComplete="off"
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              data-testid="staff-new-username"
            />
          </Field>
          <Field label={`初始密码（至少 ${PASSWORD_LENGTH.min} 位）`}>
            <input
              className="admin-input"
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              data-testid="staff-new-password"
            />
          </Field>
          <Field label="账号角色">
            <select
              className="admin-input"
              value={role}
              onChange={(event) => setRole(event.target.value as 'staff' | 'centre_admin')}
              data-testid="staff-new-role"
            >
              <option value="staff">{ROLE_LABELS.staff}</option>
              <option value="centre_admin">{ROLE_LABELS.centre_admin}</option>
            </select>
          </Field>
        </div>
      ) : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <div className="admin-form__actions">
        <button
          type="submit"
          className="admin-button admin-button--primary"
          disabled={action.busy}
          data-testid="staff-new-submit"
        >
          {action.busy ? COMMON.saving : COMMON.add}
        </button>
      </div>
      <ActionOutcome action={action} testId="staff-new" />
    </form>
  );
}
