import { PASSWORD_LENGTH } from '@wac/rules';
import type { Profession } from '@wac/shared-types';
import { useState, type FormEvent } from 'react';
import type { AdminStaffMember } from '../../../../services/admin-api';
import { photoUrl } from '../../../../services/api';
import { ActionOutcome, Field, Notice } from '../../components/ui';
import { useAdmin } from '../../context';
import { useAction, useFocusOnMount } from '../../hooks';
import { photoForUpload } from '../../logic/files';
import { COMMON, ROLE_LABELS } from '../../texts';
import { ProfessionChoice } from './ProfessionChoice';
import {
  addStaffLeave,
  removeStaffLeave,
  resetStaffPassword,
  updateStaff,
  uploadPhoto,
} from '../../../../services/admin-api.generated';

export function MemberPanel({
  member,
  onChanged,
  onClose,
}: {
  member: AdminStaffMember;
  onChanged: () => void;
  onClose: () => void;
}) {
  const { api } = useAdmin();
  const profile = useAction();
  const photo = useAction();
  const account = useAction();
  const leave = useAction();
  const [displayName, setDisplayName] = useState(member.displayName);
  const [professions, setProfessions] = useState<Profession[]>(member.professions);
  const [bio, setBio] = useState(member.bio);
  const [showOnWall, setShowOnWall] = useState(member.showOnWall);
  const [wallOrder, setWallOrder] = useState(String(member.wallOrder));
  const [password, setPassword] = useState('');
  const [leaveFrom, setLeaveFrom] = useState('');
  const [leaveTo, setLeaveTo] = useState('');
  const [photoProblem, setPhotoProblem] = useState<string>();
  const panel = useFocusOnMount<HTMLElement>();

  const saveProfile = (event: FormEvent) => {
    event.preventDefault();
    void profile
      .run(
        () =>
          updateStaff(api, member.id, {
            displayName: displayName.trim(),
            professions,
            bio: bio.trim(),
            showOnWall,
            wallOrder: Number(wallOrder) || 0,
          }),
        COMMON.saved,
      )
      .then((ok) => ok && onChanged());
  };

  const changePhoto = async (file: File | undefined) => {
    if (!file) {
      return;
    }
    setPhotoProblem(undefined);
    let prepared: Awaited<ReturnType<typeof photoForUpload>>;
    try {
      prepared = await photoForUpload(file);
    } catch {
      setPhotoProblem('无法读取这张图片，请换一张 JPG 或 PNG 照片。');
      return;
    }
    const ok = await photo.run(async () => {
      const uploaded = await uploadPhoto(api, { contentType: prepared.contentType, dataBase64: prepared.dataBase64 });
      await updateStaff(api, member.id, { photoId: uploaded.id });
    }, '照片已更新。');
    if (ok) {
      onChanged();
    }
  };

  const resetPassword = (event: FormEvent) => {
    event.preventDefault();
    if (password.length < PASSWORD_LENGTH.min) {
      return;
    }
    void account
      .run(() => resetStaffPassword(api, member.id, { password: password }), '密码已重置，请当面或电话告知本人。')
      .then((ok) => ok && setPassword(''));
  };

  const addLeave = (event: FormEvent) => {
    event.preventDefault();
    if (!leaveFrom || !leaveTo || leaveTo < leaveFrom) {
      return;
    }
    void leave
      .run(() => addStaffLeave(api, member.id, { fromDate: leaveFrom, toDate: leaveTo }), '已登记请假。')
      .then((ok) => ok && onChanged());
  };

  return (
    <section
      ref={panel}
      tabIndex={-1}
      className="admin-card"
      aria-labelledby="member-heading"
      data-testid="staff-panel"
    >
      <div className="admin-card__header">
        <h3 id="member-heading" className="admin-subtitle">
          {member.displayName}
        </h3>
        <button
          type="button"
          className="admin-button admin-button--small"
          onClick={onClose}
          data-testid="staff-panel-close"
        >
          关闭
        </button>
      </div>
      <form className="admin-form" onSubmit={saveProfile}>
        <div className="admin-form__grid">
          <Field label="称呼">
            <input
              className="admin-input"
              value={displayName}
              onChange={(event) => setDisplayName(event.target.value)}
              maxLength={64}
              data-testid="staff-edit-name"
            />
          </Field>
          <Field label="上墙顺序（小的在前）">
            <input
              className="admin-input"
              type="number"
              min={0}
              value={wallOrder}
              onChange={(event) => setWallOrder(event.target.value)}
              data-testid="staff-edit-order"
            />
          </Field>
          <Field label="简介" wide>
            <textarea
              className="admin-input admin-textarea"
              rows={3}
              value={bio}
              onChange={(event) => setBio(event.target.value)}
              maxLength={500}
              data-testid="staff-edit-bio"
            />
          </Field>
        </div>
        <ProfessionChoice value={professions} onChange={setProfessions} idPrefix="staff-edit" />
        <label className="admin-check">
          <input
            type="checkbox"
            checked={showOnWall}
            onChange={(event) => setShowOnWall(event.target.checked)}
            data-testid="staff-edit-wall"
          />
          上墙展示
        </label>
        <div className="admin-form__actions">
          <button
            type="submit"
            className="admin-button admin-button--primary"
            disabled={profile.busy}
            data-testid="staff-edit-save"
          >
            {profile.busy ? COMMON.saving : COMMON.save}
          </button>
        </div>
        <ActionOutcome action={profile} testId="staff-edit" />
      </form>

      <div className="admin-form admin-part">
        <h4 className="admin-minor">照片</h4>
        <div className="admin-inline">
          {member.photoUrl ? (
            <img
              src={photoUrl(member.photoUrl) ?? ''}
              alt={`${member.displayName}的照片`}
              width={80}
              height={80}
              className="admin-photo"
            />
          ) : (
            <span className="admin-muted">暂无照片</span>
          )}
          <Field label="上传新照片（JPG、PNG 或 WebP，会自动压缩到 60 KB 以内）">
            <input
              className="admin-input"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              onChange={(event) => void changePhoto(event.target.files?.[0])}
              data-testid="staff-photo-file"
            />
          </Field>
        </div>
        {photoProblem ? (
          <Notice tone="error">{photoProblem}</Notice>
        ) : (
          <ActionOutcome action={photo} testId="staff-photo" />
        )}
      </div>

      <form className="admin-form admin-part" onSubmit={resetPassword}>
        <h4 className="admin-minor">登录账号</h4>
        {member.account ? (
          <>
            <p>
              用户名 <strong>{member.account.username}</strong>，
              {ROLE_LABELS[member.account.role] ?? member.account.role}，{member.account.active ? '可以登录' : '已停用'}
            </p>
            <span className="admin-inline">
              <Field label={`新密码（至少 ${PASSWORD_LENGTH.min} 位）`}>
                <input
                  className="admin-input"
                  type="password"
                  autoComplete="new-password"
                  value={password}
                  onChange={(event) => setPassword(event.target.value)}
                  data-testid="staff-reset-password"
                />
              </Field>
              <button
                type="submit"
                className="admin-button"
                disabled={account.busy || password.length < PASSWORD_LENGTH.min}
                data-testid="staff-reset-submit"
              >
                重置密码
              </button>
            </span>
            <ActionOutcome action={account} testId="staff-reset" />
          </>
        ) : (
          <p className="admin-muted">没有登录账号（只上墙展示、参与值班）。</p>
        )}
      </form>

      <form className="admin-form admin-part" onSubmit={addLeave}>
        <h4 className="admin-minor">请假</h4>
        {member.leave.length === 0 ? <p className="admin-muted">没有请假记录。</p> : null}
        <ul className="admin-list">
          {member.leave.map((entry) => (
            <li key={entry.id} data-testid="staff-leave-item">
              {entry.fromDate} 至 {entry.toDate}{' '}
              <button
                type="button"
                className="admin-link-button"
                onClick={() =>
                  void leave
                    .run(() => removeStaffLeave(api, member.id, entry.id), '已取消请假。')
                    .then((ok) => ok && onChanged())
                }
                aria-label={`取消 ${entry.fromDate} 至 ${entry.toDate} 的请假`}
              >
                取消
              </button>
            </li>
          ))}
        </ul>
        <span className="admin-inline">
          <Field label="从">
            <input
              className="admin-input"
              type="date"
              value={leaveFrom}
              onChange={(event) => setLeaveFrom(event.target.value)}
              data-testid="staff-leave-from"
            />
          </Field>
          <Field label="到">
            <input
              className="admin-input"
              type="date"
              value={leaveTo}
              min={leaveFrom || undefined}
              onChange={(event) => setLeaveTo(event.target.value)}
              data-testid="staff-leave-to"
            />
          </Field>
          <button
            type="submit"
            className="admin-button"
            disabled={leave.busy || !leaveFrom || !leaveTo || leaveTo < leaveFrom}
            data-testid="staff-leave-add"
          >
            登记请假
          </button>
        </span>
        <ActionOutcome action={leave} testId="staff-leave" />
      </form>
    </section>
  );
}
