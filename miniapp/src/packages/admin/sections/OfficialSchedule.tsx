import type {
  Festival,
  OfficialScheduleDto,
  OfficialSchedulePreviewDto,
  OfficialScheduleResultDto,
  StatutoryDayDto,
} from '@wac/shared-types';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../services/api';
import { ActionOutcome, CodeSelect, ListTable, Notice } from '../components/ui';
import { useAdmin } from '../context';
import { useAction, useLoad } from '../hooks';
import { FESTIVALS, problemsByRow, scheduleFromStatutory, scheduleToSend } from '../logic/official-schedule';
import { getCalendarYears, previewOfficialYear, putOfficialYear } from '../../../services/admin-api.generated';

const FESTIVAL_LABELS = Object.fromEntries(FESTIVALS.map((festival) => [festival, festival])) as Record<
  Festival,
  string
>;

function dayText(day: { open: boolean; note: string | null; provisional: boolean }): string {
  const state = day.open ? '开放' : '不开放';
  return `${state}${day.note ? `（${day.note}）` : ''}${day.provisional ? '，暂定' : ''}`;
}

/** Which years have the State Council's schedule and which run on the provisional calendar (city admins). */
export function CalendarYears({ version }: { version: number }) {
  const { api } = useAdmin();
  const years = useLoad(() => getCalendarYears(api), [api, version]);
  if (!years.data) {
    return null;
  }
  return (
    <ul data-testid="calendar-years">
      {years.data.items.map((item) => (
        <li key={item.year} data-testid={`calendar-year-${item.year}`} data-official={item.official}>
          {item.year} 年：
          {item.official ? '已有国务院节假日安排' : '暂定日历（工作日开放，法定节假日按规则关闭，可能调整）'}
        </li>
      ))}
    </ul>
  );
}

/** What applying a year's official schedule wrote; shown outside the form, which folds away once the year has one. */
export function OfficialScheduleApplied({ result }: { result: OfficialScheduleResultDto }) {
  return (
    <Notice tone="success" testId="official-result">
      已更新 {result.year} 年的节假日安排：写入 {result.daysChanged} 天，{result.bookingsMoved} 个预约改为“需改约”。
    </Notice>
  );
}

/**
 * A year's official schedule in one sitting: the seven holiday ranges (started on their statutory days) and the 调休
 * working days; a preview of what changes for women, then apply. The server checks every row; its problems show
 * next to the row. Apply is offered only for the entry just previewed.
 */
export function OfficialScheduleForm({
  year,
  statutory,
  onApplied,
}: {
  year: number;
  statutory: readonly StatutoryDayDto[];
  onApplied: (result: OfficialScheduleResultDto) => void;
}) {
  const { api } = useAdmin();
  const [schedule, setSchedule] = useState<OfficialScheduleDto>(() => scheduleFromStatutory(statutory));
  const [preview, setPreview] = useState<OfficialSchedulePreviewDto>();
  const [fieldErrors, setFieldErrors] = useState(() => problemsByRow([]));
  const action = useAction();

  const edit = (next: OfficialScheduleDto) => {
    setSchedule(next);
    setPreview(undefined);
  };
  const setHoliday = (index: number, change: Partial<OfficialScheduleDto['holidays'][number]>) =>
    edit({
      ...schedule,
      holidays: schedule.holidays.map((range, i) => (i === index ? { ...range, ...change } : range)),
    });
  const setWorkday = (index: number, change: Partial<OfficialScheduleDto['workdays'][number]>) =>
    edit({
      ...schedule,
      workdays: schedule.workdays.map((workday, i) => (i === index ? { ...workday, ...change } : workday)),
    });

  const check = (event: FormEvent) => {
    event.preventDefault();
    setFieldErrors(problemsByRow([]));
    void action.run(async () => {
      try {
        setPreview(await previewOfficialYear(api, year, scheduleToSend(schedule)));
      } catch (error) {
        if (error instanceof ApiError && error.fields.length > 0) {
          setFieldErrors(problemsByRow(error.fields));
        }
        throw error;
      }
    });
  };

  const apply = () =>
    void action.run(async () => {
      const result = await putOfficialYear(api, year, scheduleToSend(schedule));
      setPreview(undefined);
      onApplied(result);
    });

  const rowProblems = (reasons: string[] | undefined, testId: string) =>
    reasons ? (
      <span className="admin-field__hint admin-field__problem" role="alert" data-testid={testId}>
        {reasons.join('；')}
      </span>
    ) : null;

  return (
    <form
      className="admin-card admin-form"
      onSubmit={check}
      data-testid="official-form"
      aria-labelledby="official-heading"
    >
      <h3 id="official-heading" className="admin-subtitle">
        录入 {year} 年国务院节假日安排
      </h3>
      <p className="admin-muted">
        按国务院公布的通知填写：每个节日的放假起止日期，以及调休上班的周六、周日。先“检查并预览”，确认影响后再“确认更新”。
      </p>
      {fieldErrors.general.length > 0 ? (
        <Notice tone="error" testId="official-problem">
          {fieldErrors.general.join('；')}
        </Notice>
      ) : null}
      <ListTable testId="official-holidays" caption="放假" columns={['节日', '从', '到']} empty={false}>
        {schedule.holidays.map((range, index) => (
          <tr key={range.festival} data-testid={`official-holiday-${index}`}>
            <td>{range.festival}</td>
            <td>
              <input
                className="admin-input"
                type="date"
                aria-label={`${range.festival}放假开始`}
                value={range.from}
                onChange={(event) => setHoliday(index, { from: event.target.value })}
                aria-invalid={fieldErrors.holidays.has(index)}
                data-testid={`official-holiday-${index}-from`}
              />
            </td>
            <td>
              <input
                className="admin-input"
                type="date"
                aria-label={`${range.festival}放假结束`}
                value={range.to}
                onChange={(event) => setHoliday(index, { to: event.target.value })}
                aria-invalid={fieldErrors.holidays.has(index)}
                data-testid={`official-holiday-${index}-to`}
              />
              {rowProblems(fieldErrors.holidays.get(index), `official-holiday-${index}-problem`)}
            </td>
          </tr>
        ))}
      </ListTable>
      <ListTable
        testId="official-workdays"
        caption="调休上班（周六或周日）"
        columns={['日期', '属于哪个节日', '操作']}
        empty={schedule.workdays.length === 0}
      >
        {schedule.workdays.map((workday, index) => (
          <tr key={index} data-testid={`official-workday-${index}`}>
            <td>
              <input
                className="admin-input"
                type="date"
                aria-label={`第 ${index + 1} 个调休上班日`}
                value={workday.date}
                onChange={(event) => setWorkday(index, { date: event.target.value })}
                aria-invalid={fieldErrors.workdays.has(index)}
                data-testid={`official-workday-${index}-date`}
              />
              {rowProblems(fieldErrors.workdays.get(index), `official-workday-${index}-problem`)}
            </td>
            <td>
              <CodeSelect
                labels={FESTIVAL_LABELS}
                codes={FESTIVALS}
                value={workday.festival}
                onChange={(festival) => setWorkday(index, { festival })}
                testId={`official-workday-${index}-festival`}
              />
            </td>
            <td>
              <button
                type="button"
                className="admin-button admin-button--small"
                onClick={() => edit({ ...schedule, workdays: schedule.workdays.filter((_, i) => i !== index) })}
              >
                删除
              </button>
            </td>
          </tr>
        ))}
      </ListTable>
      <div className="admin-form__actions">
        <button
          type="button"
          className="admin-button"
          onClick={() => edit({ ...schedule, workdays: [...schedule.workdays, { date: '', festival: '春节' }] })}
          data-testid="official-add-workday"
        >
          添加调休上班日
        </button>
        <button
          type="submit"
          className="admin-button admin-button--primary"
          disabled={action.busy}
          data-testid="official-preview"
        >
          检查并预览
        </button>
      </div>
      {preview ? (
        <div data-testid="official-preview-result">
          <ListTable
            testId="official-changes"
            caption={`对妇女的影响：${preview.changes.length} 天开放情况改变`}
            columns={['日期', '原来', '更新后']}
            empty={preview.changes.length === 0}
          >
            {preview.changes.map((change) => (
              <tr key={change.date} data-testid={`official-change-${change.date}`}>
                <td>{change.date}</td>
                <td>{dayText(change.before)}</td>
                <td>{dayText(change.after)}</td>
              </tr>
            ))}
          </ListTable>
          {preview.bookingsToMove.length > 0 ? (
            <Notice tone="warning" testId="official-bookings-to-move">
              这些日子已有预约，更新后会改为“需改约”，并提醒预约的人改约：
              {preview.bookingsToMove.map((entry) => `${entry.centreName} ${entry.count} 个`).join('，')}。
            </Notice>
          ) : (
            <Notice testId="official-no-bookings">没有预约受影响。</Notice>
          )}
          <div className="admin-form__actions">
            <button
              type="button"
              className="admin-button admin-button--primary"
              onClick={apply}
              disabled={action.busy}
              data-testid="official-apply"
            >
              确认更新
            </button>
          </div>
        </div>
      ) : null}
      <ActionOutcome action={action} testId="official-action" />
    </form>
  );
}
