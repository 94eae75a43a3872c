import type { OfficialScheduleResultDto } from '@wac/shared-types';
import { useState, type FormEvent } from 'react';
import type { CalendarMark, CalendarMarkKind } from '../../../services/admin-api';
import { shanghaiToday } from '../../../domain/dates';
import {
  ActionOutcome,
  CentreSelect,
  CodeSelect,
  Field,
  ListTable,
  LoadState,
  Notice,
  SectionTitle,
} from '../components/ui';
import { centreName, useAdmin } from '../context';
import { useAction, useLoad } from '../hooks';
import { monthGrid, monthTitle, WEEKDAY_HEADERS } from '../logic/month-grid';
import { CALENDAR_KIND_LABELS, CALENDAR_SOURCE_LABELS, COMMON } from '../texts';
import { CalendarYears, OfficialScheduleApplied, OfficialScheduleForm } from './OfficialSchedule';
import { deleteCalendarMark, getCalendarYear, putCalendarMark } from '../../../services/admin-api.generated';

const KINDS: CalendarMarkKind[] = ['holiday', 'workday', 'closed', 'open'];
/** Holidays and 调休 working days are city-wide; one centre can only be closed or opened on a day. */
const CENTRE_KINDS: CalendarMarkKind[] = ['closed', 'open'];

export function kindsForScope(scope: string): CalendarMarkKind[] {
  return scope === '*' ? KINDS : CENTRE_KINDS;
}

function YearMonth({ month, marks }: { month: string; marks: Map<string, CalendarMark[]> }) {
  return (
    <table className="admin-mini-month">
      <caption>{monthTitle(month)}</caption>
      <thead>
        <tr>
          {WEEKDAY_HEADERS.map((name) => (
            <th key={name} scope="col" abbr={`周${name}`}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthGrid(month).map((week, index) => (
          <tr key={index}>
            {week.map((cell, dayIndex) => {
              const dayMarks = cell.date ? (marks.get(cell.date) ?? []) : [];
              const kind = dayMarks[0]?.kind;
              const weekend = dayIndex >= 5;
              const title = dayMarks
                .map((mark) => `${CALENDAR_KIND_LABELS[mark.kind]}${mark.name ? `：${mark.name}` : ''}`)
                .join('；');
              return (
                <td
                  key={cell.date ?? `pad-${dayIndex}`}
                  className={`${kind ? `admin-mini-month__${kind}` : ''}${weekend ? ' admin-mini-month__weekend' : ''}`}
                  title={title || undefined}
                  data-testid={cell.date && kind ? `calendar-day-${cell.date}` : undefined}
                >
                  {cell.day > 0 ? cell.day : ''}
                  {title ? <span className="admin-visually-hidden">{title}</span> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function scopeLabel(centres: ReturnType<typeof useAdmin>['centres'], scope: string): string {
  return scope === '*' ? COMMON.cityScope : centreName(centres, scope);
}

export function CalendarSection() {
  const { api, centre, centres, session } = useAdmin();
  const [year, setYear] = useState(() => Number(shanghaiToday().slice(0, 4)));
  const loaded = useLoad(() => getCalendarYear(api, { year: year, centre: centre || undefined }), [api, year, centre]);
  const action = useAction();
  const [date, setDate] = useState('');
  const [scope, setScope] = useState(session.role === 'city_admin' ? '*' : (session.centreCode ?? ''));
  const [kind, setKind] = useState<CalendarMarkKind>(session.role === 'city_admin' ? 'holiday' : 'closed');
  const [name, setName] = useState('');
  /** Bumped when an official schedule is loaded, so the list of provisional years is asked for again. */
  const [version, setVersion] = useState(0);
  /** Kept here: applying folds the form away (the year now has its schedule), and the outcome must stay in view. */
  const [applied, setApplied] = useState<OfficialScheduleResultDto>();

  const marks = new Map<string, CalendarMark[]>();
  for (const mark of loaded.data?.marks ?? []) {
    marks.set(mark.date, [...(marks.get(mark.date) ?? []), mark]);
  }
  const sorted = [...(loaded.data?.marks ?? [])].sort(
    (a, b) => a.date.localeCompare(b.date) || a.scope.localeCompare(b.scope),
  );
  const mayRemove = (mark: CalendarMark) =>
    mark.source === 'admin' && (session.role === 'city_admin' || mark.scope === session.centreCode);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!date) {
      return;
    }
    void action
      .run(
        () => putCalendarMark(api, date, { scope, kind, ...(name.trim() ? { name: name.trim() } : {}) }),
        `已设置 ${date}：${CALENDAR_KIND_LABELS[kind]}`,
      )
      .then((ok) => {
        if (ok) {
          setName('');
          loaded.reload();
        }
      });
  };

  const remove = (mark: CalendarMark) =>
    void action
      .run(() => deleteCalendarMark(api, mark.date, { scope: mark.scope }), `已删除 ${mark.date} 的设置。`)
      .then((ok) => ok && loaded.reload());

  return (
    <>
      <SectionTitle>日历（节假日、调休与闭馆）</SectionTitle>
      <div className="admin-toolbar">
        <button
          type="button"
          className="admin-button"
          onClick={() => setYear((value) => value - 1)}
          data-testid="calendar-prev"
        >
          ‹ {year - 1} 年
        </button>
        <strong className="admin-toolbar__title" data-testid="calendar-year" aria-live="polite">
          {year} 年{centre ? `（${centreName(centres, centre)}）` : '（全市）'}
        </strong>
        <button
          type="button"
          className="admin-button"
          onClick={() => setYear((value) => value + 1)}
          data-testid="calendar-next"
        >
          {year + 1} 年 ›
        </button>
      </div>
      <LoadState loading={loaded.loading && !loaded.data} error={loaded.error} reload={loaded.reload} />
      <CalendarYears version={version} />
      {loaded.data && !loaded.data.hasOfficialSchedule ? (
        <Notice tone="warning" testId="calendar-missing-this-year">
          系统中还没有 {year}{' '}
          年的国务院节假日安排，这一年按暂定日历：周一至周五开放，法定节假日（元旦、春节、清明、劳动节、端午、中秋、国庆的法定放假日）按规则关闭；
          拼假和调休上班不会自动推算，妇女看到这些日子标着“可能因节假日安排调整”。公布后请在下面录入。
        </Notice>
      ) : null}
      {loaded.data && !loaded.data.nextYearHasSchedule ? (
        <Notice tone="warning" testId="calendar-missing-next-year">
          尚未收到 {year + 1} 年的国务院节假日安排（通常在每年 11 月前后公布）。在此之前 {year + 1}{' '}
          年按暂定日历开放（法定节假日关闭，拼假和调休不推算）；公布后请翻到 {year + 1} 年录入。
        </Notice>
      ) : null}
      <div className="admin-legend" aria-hidden="true">
        {KINDS.map((entry) => (
          <span key={entry} className={`admin-legend__item admin-mini-month__${entry}`}>
            {CALENDAR_KIND_LABELS[entry]}
          </span>
        ))}
      </div>
      {loaded.data ? (
        <div className="admin-year" data-testid="calendar-year-grid">
          {Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`).map((month) => (
            <YearMonth key={month} month={month} marks={marks} />
          ))}
        </div>
      ) : null}

      {loaded.data && session.role === 'city_admin' ? (
        // A year that has its schedule already keeps the form folded away: it is for corrections only.
        <details open={!loaded.data.hasOfficialSchedule} key={`${year}-${loaded.data.hasOfficialSchedule}`}>
          <summary className="admin-subtitle">{year} 年国务院节假日安排</summary>
          <OfficialScheduleForm
            key={year}
            year={year}
            statutory={loaded.data.statutoryHolidays}
            onApplied={(result) => {
              setApplied(result);
              setVersion((value) => value + 1);
              loaded.reload();
            }}
          />
        </details>
      ) : null}
      {applied?.year === year ? <OfficialScheduleApplied result={applied} /> : null}

      <form
        className="admin-card admin-form"
        onSubmit={submit}
        data-testid="calendar-form"
        aria-labelledby="calendar-form-heading"
      >
        <h3 id="calendar-form-heading" className="admin-subtitle">
          设置某一天
        </h3>
        <p className="admin-muted">
          “闭馆”让某中心某天不开放；“加开”让某中心在非工作日开放。全市的放假和调休由市级管理员设置。
        </p>
        <div className="admin-form__grid">
          <Field label="日期">
            <input
              className="admin-input"
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
              required
              data-testid="calendar-date"
            />
          </Field>
          <CentreSelect
            label="范围"
            value={scope}
            onChange={(next) => {
              setScope(next);
              if (!kindsForScope(next).includes(kind)) {
                setKind('closed');
              }
            }}
            allowCity
            testId="calendar-scope"
          />
          <Field label="类型">
            <CodeSelect
              labels={CALENDAR_KIND_LABELS}
              codes={kindsForScope(scope)}
              value={kind}
              onChange={setKind}
              testId="calendar-kind"
            />
          </Field>
          <Field label="说明（可选，例如“设备检修”）">
            <input
              className="admin-input"
              value={name}
              onChange={(event) => setName(event.target.value)}
              maxLength={64}
              data-testid="calendar-name"
            />
          </Field>
        </div>
        <div className="admin-form__actions">
          <button
            type="submit"
            className="admin-button admin-button--primary"
            disabled={action.busy || !date}
            data-testid="calendar-submit"
          >
            {COMMON.save}
          </button>
        </div>
        <ActionOutcome action={action} testId="calendar-action" />
      </form>

      {loaded.data ? (
        <ListTable
          testId="calendar-table"
          caption={<>{year} 年的特殊日期</>}
          columns={['日期', '范围', '类型', '名称', '来源', '操作']}
          empty={sorted.length === 0}
        >
          {sorted.map((mark) => (
            <tr key={`${mark.date}-${mark.scope}-${mark.source}`} data-testid="calendar-mark">
              <td>{mark.date}</td>
              <td>{scopeLabel(centres, mark.scope)}</td>
              <td>{CALENDAR_KIND_LABELS[mark.kind] ?? mark.kind}</td>
              <td>{mark.name ?? ''}</td>
              <td>{CALENDAR_SOURCE_LABELS[mark.source] ?? mark.source}</td>
              <td>
                {mayRemove(mark) ? (
                  <button
                    type="button"
                    className="admin-button admin-button--small"
                    onClick={() => remove(mark)}
                    disabled={action.busy}
                    aria-label={`删除 ${mark.date} 的设置`}
                  >
                    {COMMON.delete}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </ListTable>
      ) : null}
    </>
  );
}
