import type { AvailabilityDayDto } from '@wac/shared-types';
import { useState, type FormEvent } from 'react';
import type { SlotTemplate } from '../../../services/admin-api';
import { addDays, formatClock, formatDay, shanghaiToday } from '../../../domain/dates';
import { ActionOutcome, Field, LoadState, NeedsCentre, SectionTitle } from '../components/ui';
import { useAdmin } from '../context';
import { useAction, useLoad } from '../hooks';
import { BOOKABLE_SERVICE_LABELS, COMMON, DAY_REASON_LABELS } from '../texts';
import { getSlotTemplate, putSlotTemplate } from '../../../services/admin-api.generated';
import { getAvailability } from '../../../services/api.generated';

type NumberKey = 'slotMinutes' | 'bufferMinutes' | 'rooms' | 'walkInReserve' | 'bookingWindowDays' | 'leadTimeMinutes';

const NUMBER_FIELDS: { key: NumberKey; label: string; min: number; max: number }[] = [
  { key: 'slotMinutes', label: '每次咨询时长（分钟）', min: 15, max: 240 },
  { key: 'bufferMinutes', label: '两次咨询之间的间隔（分钟）', min: 0, max: 60 },
  { key: 'rooms', label: '可用房间数（接访室、心理辅导室）', min: 1, max: 20 },
  { key: 'walkInReserve', label: '为直接来访保留的房间数', min: 0, max: 20 },
  { key: 'bookingWindowDays', label: '最多可提前预约天数', min: 1, max: 60 },
  { key: 'leadTimeMinutes', label: '最晚提前多少分钟预约', min: 0, max: 1440 },
];

function TemplateForm({ code, template, onSaved }: { code: string; template: SlotTemplate; onSaved: () => void }) {
  const { api } = useAdmin();
  const action = useAction();
  const [values, setValues] = useState<Record<NumberKey, string>>(
    () => Object.fromEntries(NUMBER_FIELDS.map(({ key }) => [key, String(template[key])])) as Record<NumberKey, string>,
  );
  const [dayStart, setDayStart] = useState(template.dayStart);
  const [dayEnd, setDayEnd] = useState(template.dayEnd);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const numbers = Object.fromEntries(NUMBER_FIELDS.map(({ key }) => [key, Number(values[key])])) as Record<
      NumberKey,
      number
    >;
    void action
      .run(() => putSlotTemplate(api, code, { ...numbers, dayStart, dayEnd }), '已保存。下方预览已更新。')
      .then((ok) => ok && onSaved());
  };

  return (
    <form className="admin-card admin-form" onSubmit={submit} data-testid="template-form">
      <div className="admin-form__grid">
        <Field label="每天开始时间">
          <input
            className="admin-input"
            type="time"
            value={dayStart}
            onChange={(event) => setDayStart(event.target.value)}
            required
            data-testid="template-dayStart"
          />
        </Field>
        <Field label="每天结束时间">
          <input
            className="admin-input"
            type="time"
            value={dayEnd}
            onChange={(event) => setDayEnd(event.target.value)}
            required
            data-testid="template-dayEnd"
          />
        </Field>
        {NUMBER_FIELDS.map(({ key, label, min, max }) => (
          <Field key={key} label={label}>
            <input
              className="admin-input"
              type="number"
              min={min}
              max={max}
              required
              value={values[key]}
              onChange={(event) => setValues((current) => ({ ...current, [key]: event.target.value }))}
              data-testid={`template-${key}`}
            />
          </Field>
        ))}
      </div>
      <div className="admin-form__actions">
        <button
          type="submit"
          className="admin-button admin-button--primary"
          disabled={action.busy}
          data-testid="template-save"
        >
          {action.busy ? COMMON.saving : COMMON.save}
        </button>
      </div>
      <ActionOutcome action={action} testId="template-save" />
    </form>
  );
}

function slotSummary(day: AvailabilityDayDto): string {
  const byTime = new Map<string, string[]>();
  for (const slot of day.slots) {
    const key = `${formatClock(slot.start)}–${formatClock(slot.end)}`;
    byTime.set(key, [...(byTime.get(key) ?? []), `${BOOKABLE_SERVICE_LABELS[slot.service]} ${slot.remaining}`]);
  }
  return [...byTime.entries()].map(([time, services]) => `${time}（${services.join('、')}）`).join('；');
}

function Preview({ code, round }: { code: string; round: number }) {
  const { api } = useAdmin();
  const from = shanghaiToday();
  const to = addDays(from, 13);
  const loaded = useLoad(() => getAvailability(api, code, { from, to }), [api, code, from, to, round]);
  return (
    <section aria-labelledby="preview-heading">
      <h3 id="preview-heading" className="admin-subtitle">
        预览：未来两周女性在小程序中看到的可预约时间
      </h3>
      <p className="admin-muted">括号中的数字是尚余名额。预约时间由日历、值班表和上面的设置共同决定。</p>
      <LoadState loading={loaded.loading && !loaded.data} error={loaded.error} reload={loaded.reload} />
      {loaded.data ? (
        <table className="admin-table" data-testid="template-preview">
          <thead>
            <tr>
              <th scope="col">日期</th>
              <th scope="col">是否可约</th>
              <th scope="col">时段（尚余名额）</th>
            </tr>
          </thead>
          <tbody>
            {loaded.data.days.map((day) => (
              <tr key={day.date} data-testid={`preview-day-${day.date}`}>
                <th scope="row">{formatDay(day.date, day.weekday)}</th>
                <td>
                  {day.open
                    ? day.slots.length > 0
                      ? '可预约'
                      : '今日时段已过'
                    : `不可预约：${DAY_REASON_LABELS[day.reason ?? ''] ?? day.reason ?? ''}${day.note ? `（${day.note}）` : ''}`}
                </td>
                <td>{slotSummary(day)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

export function TemplateSection() {
  const { api, centre } = useAdmin();
  const loaded = useLoad(() => getSlotTemplate(api, centre), [api, centre], centre !== '');
  const [round, setRound] = useState(0);
  return (
    <>
      <SectionTitle>预约设置</SectionTitle>
      <NeedsCentre>
        <p className="admin-muted">服务时间为工作日上午；每个时段可同时接待的人数取决于房间数和当天值班的专业人员。</p>
        <LoadState loading={loaded.loading} error={loaded.error} reload={loaded.reload} />
        {loaded.data && !loaded.loading ? (
          <TemplateForm
            key={centre}
            code={centre}
            template={loaded.data}
            onSaved={() => setRound((value) => value + 1)}
          />
        ) : null}
        <Preview code={centre} round={round} />
      </NeedsCentre>
    </>
  );
}
