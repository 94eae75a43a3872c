import { useState } from 'react';
import type { AdminStaffMember, RosterDay } from '../../../services/admin-api';
import { addDays, formatDay, shanghaiToday } from '../../../domain/dates';
import { RosterDayCell } from '../components/RosterDayCell';
import { ActionOutcome, LoadState, NeedsCentre, Notice, SectionTitle } from '../components/ui';
import { useAdmin } from '../context';
import { useAction, useFocusOnMount, useLoad } from '../hooks';
import { monthGrid, monthTitle, shiftMonth, WEEKDAY_HEADERS } from '../logic/month-grid';
import { daysWithWarnings } from '../logic/roster';
import { COMMON, labelsOf, PROFESSION_LABELS } from '../texts';
import { copyRosterWeek, getRosterMonth, listStaff, putRosterDay } from '../../../services/admin-api.generated';

function onLeave(member: AdminStaffMember, date: string): boolean {
  return member.leave.some((entry) => entry.fromDate <= date && date <= entry.toDate);
}

function DayEditor({
  centre,
  day,
  staff,
  onSaved,
  onClose,
}: {
  centre: string;
  day: RosterDay;
  staff: AdminStaffMember[];
  onSaved: () => void;
  onClose: () => void;
}) {
  const { api } = useAdmin();
  const action = useAction();
  const [chosen, setChosen] = useState<string[]>(day.people.map((person) => person.staffMemberId));
  const candidates = staff.filter((member) => member.active || chosen.includes(member.id));
  const panel = useFocusOnMount<HTMLElement>();

  const save = () =>
    void action
      .run(
        () => putRosterDay(api, centre, day.date, { staffMemberIds: chosen }),
        `已保存 ${formatDay(day.date)} 的值班安排。`,
      )
      .then((ok) => ok && onSaved());

  return (
    <section
      ref={panel}
      tabIndex={-1}
      className="admin-card"
      aria-labelledby="duty-editor-heading"
      data-testid="roster-editor"
    >
      <div className="admin-card__header">
        <h3 id="duty-editor-heading" className="admin-subtitle">
          {formatDay(day.date)} 值班人员
        </h3>
        <button type="button" className="admin-button admin-button--small" onClick={onClose}>
          关闭
        </button>
      </div>
      {!day.serviceDay ? <Notice tone="warning">这一天不是服务日（不接受预约），排班不会开放预约。</Notice> : null}
      <fieldset className="admin-fieldset">
        <legend>选择当天值班的人员</legend>
        {candidates.length === 0 ? <p className="admin-muted">本中心还没有工作人员，请先在“工作人员”中添加。</p> : null}
        {candidates.map((member) => (
          <label key={member.id} className="admin-check">
            <input
              type="checkbox"
              checked={chosen.includes(member.id)}
              onChange={(event) =>
                setChosen((value) =>
                  event.target.checked ? [...value, member.id] : value.filter((id) => id !== member.id),
                )
              }
              data-testid={`roster-person-${member.displayName}`}
            />
            {member.displayName}（{labelsOf(PROFESSION_LABELS, member.professions)}）
            {onLeave(member, day.date) ? <strong className="admin-warning-text"> 当天请假</strong> : null}
            {!member.active ? <span className="admin-muted">（已停用）</span> : null}
          </label>
        ))}
      </fieldset>
      <div className="admin-form__actions">
        <button
          type="button"
          className="admin-button admin-button--primary"
          onClick={save}
          disabled={action.busy}
          data-testid="roster-save"
        >
          {action.busy ? COMMON.saving : COMMON.save}
        </button>
      </div>
      <ActionOutcome action={action} testId="roster-save" />
    </section>
  );
}

export function RosterSection() {
  const { api, centre } = useAdmin();
  const [month, setMonth] = useState(() => shanghaiToday().slice(0, 7));
  const [selected, setSelected] = useState<string>();
  const roster = useLoad(
    () => getRosterMonth(api, { centre: centre, month: month }),
    [api, centre, month],
    centre !== '',
  );
  const staff = useLoad(() => listStaff(api, { centre }).then(({ items }) => items), [api, centre], centre !== '');
  const copy = useAction();
  const days = new Map((roster.data?.days ?? []).map((day) => [day.date, day]));
  const today = shanghaiToday();
  const gaps = daysWithWarnings(roster.data?.days ?? [], today);
  const selectedDay = selected ? days.get(selected) : undefined;

  const copyWeek = (monday: string) => {
    const target = addDays(monday, 7);
    if (
      !window.confirm(
        `把 ${formatDay(monday)} 起一周的值班复制到 ${formatDay(target)} 起的一周？那一周原有的安排会被替换。`,
      )
    ) {
      return;
    }
    void copy
      .run(
        async () => {
          const result = await copyRosterWeek(api, centre, { fromMonday: monday, toMonday: target });
          return result;
        },
        `已复制到 ${formatDay(target)} 起的一周。`,
      )
      .then((ok) => ok && roster.reload());
  };

  return (
    <>
      <SectionTitle>值班表</SectionTitle>
      <NeedsCentre>
        <div className="admin-toolbar">
          <button
            type="button"
            className="admin-button"
            onClick={() => setMonth((value) => shiftMonth(value, -1))}
            data-testid="roster-prev"
          >
            ‹ 上个月
          </button>
          <strong className="admin-toolbar__title" data-testid="roster-month" aria-live="polite">
            {monthTitle(month)}
          </strong>
          <button
            type="button"
            className="admin-button"
            onClick={() => setMonth((value) => shiftMonth(value, 1))}
            data-testid="roster-next"
          >
            下个月 ›
          </button>
        </div>
        <p className="admin-muted">
          每个服务日至少要有一名专业人员值班；最好律师、心理咨询师、调解员都有人在。点一天可修改当天值班人员。
        </p>
        <LoadState
          loading={roster.loading && !roster.data}
          error={roster.error ?? staff.error}
          reload={roster.reload}
        />
        {roster.data && gaps.length > 0 ? (
          <Notice tone="warning" testId="roster-gaps">
            本月今后有 {gaps.length} 个服务日值班不全：{gaps.map((day) => formatDay(day.date)).join('、')}
          </Notice>
        ) : null}
        <ActionOutcome action={copy} testId="roster-copy" />
        {roster.data ? (
          <table className="admin-calendar" data-testid="roster-calendar">
            <caption className="admin-visually-hidden">{monthTitle(month)}值班表</caption>
            <thead>
              <tr>
                {WEEKDAY_HEADERS.map((name) => (
                  <th key={name} scope="col">
                    周{name}
                  </th>
                ))}
                <th scope="col">整周</th>
              </tr>
            </thead>
            <tbody>
              {monthGrid(month).map((week) => {
                const firstDate = week.find((cell) => cell.date)?.date ?? '';
                const monday = addDays(firstDate, -week.findIndex((cell) => cell.date === firstDate));
                return (
                  <tr key={monday}>
                    {week.map((cell, index) => {
                      const day = cell.date ? days.get(cell.date) : undefined;
                      return (
                        <td key={cell.date ?? `pad-${index}`}>
                          {day ? (
                            <RosterDayCell
                              day={day}
                              today={today}
                              selected={day.date === selected}
                              onSelect={setSelected}
                            />
                          ) : null}
                        </td>
                      );
                    })}
                    <td>
                      <button
                        type="button"
                        className="admin-button admin-button--small"
                        onClick={() => copyWeek(monday)}
                        disabled={copy.busy}
                        data-testid={`roster-copy-${monday}`}
                      >
                        复制到下一周
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
        {selectedDay && staff.data ? (
          <DayEditor
            key={selectedDay.date}
            centre={centre}
            day={selectedDay}
            staff={staff.data}
            onSaved={roster.reload}
            onClose={() => setSelected(undefined)}
          />
        ) : null}
      </NeedsCentre>
    </>
  );
}
