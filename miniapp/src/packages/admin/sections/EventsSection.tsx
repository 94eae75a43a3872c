import { useState, type FormEvent } from 'react';
import type { PublicityEvent } from '../../../services/admin-api';
import { shanghaiToday } from '../../../domain/dates';
import {
  ActionOutcome,
  CentreSelect,
  DateRangeFields,
  Field,
  ListTable,
  LoadState,
  Notice,
  SectionTitle,
} from '../components/ui';
import { centreName, useAdmin } from '../context';
import { useAction, useDateRange, useLoad } from '../hooks';
import { COMMON } from '../texts';
import { createEvent, deleteEvent, listEvents, updateEvent } from '../../../services/admin-api.generated';

const splitPartners = (text: string) =>
  text
    .split(/[,，、;；\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);

function EventForm({
  centreCode,
  event,
  onSaved,
  onCancel,
}: {
  centreCode: string;
  event?: PublicityEvent;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { api, centres } = useAdmin();
  const action = useAction();
  const [date, setDate] = useState(event?.date ?? shanghaiToday());
  const [place, setPlace] = useState(event?.place ?? '');
  const [topic, setTopic] = useState(event?.topic ?? '');
  const [partners, setPartners] = useState(event?.partners.join('、') ?? '');
  const [reached, setReached] = useState(event ? String(event.reached) : '');

  const submit = (form: FormEvent) => {
    form.preventDefault();
    const fields = {
      date,
      place: place.trim(),
      topic: topic.trim(),
      partners: splitPartners(partners),
      reached: Number(reached),
    };
    void action
      .run(
        () => (event ? updateEvent(api, event.id, fields) : createEvent(api, { ...fields, centreCode })),
        event ? COMMON.saved : `已添加：${fields.topic}`,
      )
      .then((ok) => {
        if (ok) {
          if (!event) {
            setPlace('');
            setTopic('');
            setPartners('');
            setReached('');
          }
          onSaved();
        }
      });
  };

  return (
    <form
      className="admin-card admin-form"
      onSubmit={submit}
      data-testid="event-form"
      aria-labelledby="event-form-heading"
    >
      <h3 id="event-form-heading" className="admin-subtitle">
        {event ? '修改活动' : '新增普法宣传活动'}（{centreName(centres, event?.centreCode ?? centreCode)}）
      </h3>
      <div className="admin-form__grid">
        <Field label="日期">
          <input
            className="admin-input"
            type="date"
            value={date}
            onChange={(change) => setDate(change.target.value)}
            required
            data-testid="event-date"
          />
        </Field>
        <Field label="覆盖人数">
          <input
            className="admin-input"
            type="number"
            min={0}
            max={100000}
            value={reached}
            onChange={(change) => setReached(change.target.value)}
            required
            data-testid="event-reached"
          />
        </Field>
        <Field label="地点" wide>
          <input
            className="admin-input"
            value={place}
            onChange={(change) => setPlace(change.target.value)}
            required
            maxLength={120}
            data-testid="event-place"
          />
        </Field>
        <Field label="主题" wide>
          <input
            className="admin-input"
            value={topic}
            onChange={(change) => setTopic(change.target.value)}
            required
            maxLength={120}
            data-testid="event-topic"
          />
        </Field>
        <Field label="合作单位（用顿号或逗号分隔）" wide>
          <input
            className="admin-input"
            value={partners}
            onChange={(change) => setPartners(change.target.value)}
            data-testid="event-partners"
          />
        </Field>
      </div>
      <div className="admin-form__actions">
        <button
          type="submit"
          className="admin-button admin-button--primary"
          disabled={action.busy}
          data-testid="event-submit"
        >
          {action.busy ? COMMON.saving : COMMON.save}
        </button>
        {event ? (
          <button type="button" className="admin-button" onClick={onCancel}>
            {COMMON.cancel}
          </button>
        ) : null}
      </div>
      <ActionOutcome action={action} testId="event-submit" />
    </form>
  );
}

export function EventsSection() {
  const { api, centre, setCentre, centres } = useAdmin();
  const year = shanghaiToday().slice(0, 4);
  const range = useDateRange(`${year}-01-01`, `${year}-12-31`);
  const { from, to } = range;
  const [editing, setEditing] = useState<string>();
  const [creating, setCreating] = useState(false);
  const loaded = useLoad(
    () => listEvents(api, { from, to, centre: centre || undefined }).then(({ items }) => items),
    [api, from, to, centre],
    range.valid,
  );
  const remove = useAction();
  const rows = [...(loaded.data ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  const editingEvent = rows.find((entry) => entry.id === editing);
  const totalReached = rows.reduce((sum, entry) => sum + entry.reached, 0);

  const confirmDelete = (entry: PublicityEvent) => {
    if (!window.confirm(`删除 ${entry.date}“${entry.topic}”这条活动记录？`)) {
      return;
    }
    void remove.run(() => deleteEvent(api, entry.id), '已删除。').then((ok) => ok && loaded.reload());
  };

  return (
    <>
      <SectionTitle>普法宣传</SectionTitle>
      <div className="admin-filters" role="search" aria-label="筛选活动">
        <CentreSelect value={centre} onChange={setCentre} allowAll testId="events-centre" />
        <DateRangeFields range={range} testIdPrefix="events" />
      </div>
      <div className="admin-toolbar">
        <button
          type="button"
          className="admin-button admin-button--primary"
          onClick={() => setCreating((value) => !value)}
          aria-expanded={creating}
          data-testid="event-new-toggle"
        >
          {creating ? '收起' : '新增活动'}
        </button>
      </div>
      {creating ? (
        centre ? (
          <EventForm key={centre} centreCode={centre} onSaved={loaded.reload} onCancel={() => setCreating(false)} />
        ) : (
          <Notice>{COMMON.pickCentre}</Notice>
        )
      ) : null}
      {editingEvent ? (
        <EventForm
          key={editingEvent.id}
          centreCode={editingEvent.centreCode}
          event={editingEvent}
          onSaved={() => {
            setEditing(undefined);
            loaded.reload();
          }}
          onCancel={() => setEditing(undefined)}
        />
      ) : null}
      <LoadState loading={loaded.loading && !loaded.data} error={loaded.error} reload={loaded.reload} />
      <ActionOutcome action={remove} testId="event-delete" />
      {loaded.data ? (
        <ListTable
          testId="events-table"
          caption={
            <>
              共 {rows.length} 场活动，覆盖 {totalReached} 人
            </>
          }
          columns={['日期', '中心', '地点', '主题', '合作单位', '覆盖人数', '操作']}
          empty={rows.length === 0}
        >
          {rows.map((entry) => (
            <tr key={entry.id} data-testid="event-row">
              <td>{entry.date}</td>
              <td>{centreName(centres, entry.centreCode)}</td>
              <td>{entry.place}</td>
              <td>{entry.topic}</td>
              <td>{entry.partners.join('、')}</td>
              <td>{entry.reached}</td>
              <td className="admin-table__actions">
                <button
                  type="button"
                  className="admin-button admin-button--small"
                  onClick={() => setEditing(entry.id)}
                  data-testid="event-edit"
                >
                  {COMMON.edit}
                </button>
                <button
                  type="button"
                  className="admin-button admin-button--small"
                  onClick={() => confirmDelete(entry)}
                  disabled={remove.busy}
                  data-testid="event-delete"
                >
                  {COMMON.delete}
                </button>
              </td>
            </tr>
          ))}
        </ListTable>
      ) : null}
    </>
  );
}
