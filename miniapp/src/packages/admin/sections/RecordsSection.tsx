import type {
  AgeBand,
  Profession,
  RecordCategory,
  RecordChannel,
  RecordDto,
  RecordService,
  Referral,
} from '@wac/shared-types';
import { useState, type FormEvent } from 'react';
import { addDays, shanghaiToday } from '../../../domain/dates';
import {
  ActionOutcome,
  CentreSelect,
  CodeSelect,
  DateRangeFields,
  ExportButton,
  Field,
  ListTable,
  LoadState,
  Notice,
  SectionTitle,
} from '../components/ui';
import { centreName, useAdmin } from '../context';
import { useAction, useDateRange, useFocusOnMount, useLoad } from '../hooks';
import {
  AGE_BAND_LABELS,
  OUTSIDE_AREA_LABELS,
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  COMMON,
  labelsOf,
  PROFESSION_LABELS,
  PROFESSIONS,
  RECORD_SERVICE_LABELS,
  REFERRAL_LABELS,
} from '../texts';
import { createRecord, getRecord, listRecords } from '../../../services/staff-api.generated';
import { downloadRecords } from '../../../services/admin-api';

const NOTE_MAX = 100;

function RecordDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { api, centres } = useAdmin();
  const loaded = useLoad(() => getRecord(api, id), [api, id]);
  const record = loaded.data;
  const panel = useFocusOnMount<HTMLElement>();
  return (
    <section
      ref={panel}
      tabIndex={-1}
      className="admin-card"
      aria-labelledby="record-heading"
      data-testid="record-detail"
    >
      <div className="admin-card__header">
        <h3 id="record-heading" className="admin-subtitle">
          登记详情
        </h3>
        <button
          type="button"
          className="admin-button admin-button--small"
          onClick={onClose}
          data-testid="record-detail-close"
        >
          关闭
        </button>
      </div>
      <LoadState loading={loaded.loading} error={loaded.error} reload={loaded.reload} />
      {record ? (
        <dl className="admin-dl">
          <dt>日期</dt>
          <dd>{record.date}</dd>
          <dt>中心</dt>
          <dd>{centreName(centres, record.centreCode)}</dd>
          <dt>方式</dt>
          <dd>{CHANNEL_LABELS[record.channel]}</dd>
          <dt>类别</dt>
          <dd>{CATEGORY_LABELS[record.category]}</dd>
          <dt>提供的服务</dt>
          <dd>{labelsOf(RECORD_SERVICE_LABELS, record.services)}</dd>
          <dt>转介</dt>
          <dd>{labelsOf(REFERRAL_LABELS, record.referrals)}</dd>
          <dt>接待人员</dt>
          <dd>{PROFESSION_LABELS[record.helperProfession]}</dd>
          <dt>年龄段</dt>
          <dd>{AGE_BAND_LABELS[record.ageBand]}</dd>
          <dt>居住地</dt>
          <dd>{(OUTSIDE_AREA_LABELS as Record<string, string>)[record.area] ?? centreName(centres, record.area)}</dd>
          <dt>时长</dt>
          <dd>{record.durationMinutes} 分钟</dd>
          <dt>需要跟进</dt>
          <dd>{record.followUpNeeded ? COMMON.yes : COMMON.no}</dd>
          <dt>强制报告</dt>
          <dd>{record.mandatoryReport ? COMMON.yes : COMMON.no}</dd>
          <dt>备注（不导出）</dt>
          <dd data-testid="record-note">{record.note || COMMON.none}</dd>
          {record.supersedes ? (
            <>
              <dt>版本</dt>
              <dd>这是更正后的版本</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </section>
  );
}

function CreateRecordForm({ centreCode, onCreated }: { centreCode: string; onCreated: () => void }) {
  const { api, centres, session } = useAdmin();
  const action = useAction();
  const [date, setDate] = useState(shanghaiToday());
  const [channel, setChannel] = useState<RecordChannel>('walk_in');
  const [category, setCategory] = useState<RecordCategory>('marriage_family');
  const [services, setServices] = useState<RecordService[]>(['legal_advice']);
  const [referrals, setReferrals] = useState<Referral[]>(['none']);
  const [followUpNeeded, setFollowUpNeeded] = useState(false);
  const [durationMinutes, setDurationMinutes] = useState('30');
  const [helperProfession, setHelperProfession] = useState<Profession>('lawyer');
  const [ageBand, setAgeBand] = useState<AgeBand>('unknown');
  const [area, setArea] = useState(centreCode);
  const [mandatoryReport, setMandatoryReport] = useState(false);
  const [note, setNote] = useState('');

  const toggleReferral = (code: Referral, on: boolean) => {
    if (code === 'none') {
      setReferrals(on ? ['none'] : []);
      return;
    }
    setReferrals((current) =>
      on ? [...current.filter((entry) => entry !== 'none'), code] : current.filter((entry) => entry !== code),
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action
      .run(
        () =>
          createRecord(api, {
            date,
            channel,
            category,
            services,
            referrals: referrals.length > 0 ? referrals : ['none'],
            followUpNeeded,
            durationMinutes: Number(durationMinutes),
            helperProfession,
            ageBand,
            area,
            mandatoryReport,
            ...(note.trim() ? { note: note.trim() } : {}),
            ...(session.role === 'city_admin' ? { centreCode } : {}),
          }),
        '已登记。',
      )
      .then((ok) => {
        if (ok) {
          setNote('');
          onCreated();
        }
      });
  };

  return (
    <form
      className="admin-card admin-form"
      onSubmit={submit}
      data-testid="record-form"
      aria-labelledby="record-form-heading"
    >
      <h3 id="record-form-heading" className="admin-subtitle">
        新增来访来电登记（{centreName(centres, centreCode)}）
      </h3>
      <p className="admin-muted">只登记类别和代码，不写姓名、电话、住址或微信号。</p>
      <div className="admin-form__grid">
        <Field label="日期">
          <input
            className="admin-input"
            type="date"
            value={date}
            max={shanghaiToday()}
            onChange={(event) => setDate(event.target.value)}
            required
            data-testid="record-date"
          />
        </Field>
        <Field label="方式">
          <CodeSelect labels={CHANNEL_LABELS} value={channel} onChange={setChannel} testId="record-channel" />
        </Field>
        <Field label="类别">
          <CodeSelect labels={CATEGORY_LABELS} value={category} onChange={setCategory} testId="record-category" />
        </Field>
        <Field label="接待人员身份">
          <CodeSelect
            labels={PROFESSION_LABELS}
            codes={PROFESSIONS}
            value={helperProfession}
            onChange={setHelperProfession}
            testId="record-helper"
          />
        </Field>
        <Field label="年龄段">
          <CodeSelect labels={AGE_BAND_LABELS} value={ageBand} onChange={setAgeBand} testId="record-age" />
        </Field>
        <Field label="居住地">
          <select
            className="admin-input"
            value={area}
            onChange={(event) => setArea(event.target.value)}
            data-testid="record-area"
          >
            {centres.map((centre) => (
              <option key={centre.code} value={centre.code}>
                {centre.area || centre.name}
              </option>
            ))}
            {Object.entries(OUTSIDE_AREA_LABELS).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="时长（分钟）">
          <input
            className="admin-input"
            type="number"
            min={1}
            max={600}
            value={durationMinutes}
            onChange={(event) => setDurationMinutes(event.target.value)}
            required
            data-testid="record-duration"
          />
        </Field>
      </div>
      <fieldset className="admin-fieldset">
        <legend>提供的服务</legend>
        {(Object.keys(RECORD_SERVICE_LABELS) as RecordService[]).map((code) => (
          <label key={code} className="admin-check">
            <input
              type="checkbox"
              checked={services.includes(code)}
              onChange={(event) =>
                setServices((current) =>
                  event.target.checked ? [...current, code] : current.filter((entry) => entry !== code),
                )
              }
              data-testid={`record-service-${code}`}
            />
            {RECORD_SERVICE_LABELS[code]}
          </label>
        ))}
      </fieldset>
      <fieldset className="admin-fieldset">
        <legend>转介</legend>
        {(Object.keys(REFERRAL_LABELS) as Referral[]).map((code) => (
          <label key={code} className="admin-check">
            <input
              type="checkbox"
              checked={referrals.includes(code)}
              onChange={(event) => toggleReferral(code, event.target.checked)}
              data-testid={`record-referral-${code}`}
            />
            {REFERRAL_LABELS[code]}
          </label>
        ))}
      </fieldset>
      <label className="admin-check">
        <input
          type="checkbox"
          checked={followUpNeeded}
          onChange={(event) => setFollowUpNeeded(event.target.checked)}
          data-testid="record-follow-up"
        />
        需要跟进
      </label>
      <label className="admin-check">
        <input
          type="checkbox"
          checked={mandatoryReport}
          onChange={(event) => setMandatoryReport(event.target.checked)}
          data-testid="record-mandatory"
        />
        涉及未成年人或无民事行为能力人可能受到侵害（须向公安机关报告）
      </label>
      <Field label={`备注（可选，最多 ${NOTE_MAX} 字；不写姓名、号码、地址；不会导出）`} wide>
        <textarea
          className="admin-input admin-textarea"
          rows={2}
          maxLength={NOTE_MAX}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          data-testid="record-note-input"
        />
      </Field>
      <div className="admin-form__actions">
        <button
          type="submit"
          className="admin-button admin-button--primary"
          disabled={action.busy || services.length === 0}
          data-testid="record-submit"
        >
          {action.busy ? COMMON.saving : '登记'}
        </button>
      </div>
      <ActionOutcome action={action} testId="record-submit" />
    </form>
  );
}

export function RecordsSection() {
  const { api, centre, setCentre, centres } = useAdmin();
  const today = shanghaiToday();
  const range = useDateRange(addDays(today, -30), today);
  const { from, to } = range;
  const [channel, setChannel] = useState<RecordChannel | ''>('');
  const [category, setCategory] = useState<RecordCategory | ''>('');
  const [open, setOpen] = useState<string>();
  const [creating, setCreating] = useState(false);
  const loaded = useLoad(
    () =>
      listRecords(api, {
        from,
        to,
        centre: centre || undefined,
        channel: channel || undefined,
        category: category || undefined,
      }).then(({ items }) => items),
    [api, from, to, centre, channel, category],
    range.valid,
  );
  const rows: RecordDto[] = loaded.data ?? [];

  return (
    <>
      <SectionTitle>登记记录</SectionTitle>
      <div className="admin-filters" role="search" aria-label="筛选登记记录">
        <CentreSelect value={centre} onChange={setCentre} allowAll testId="records-centre" />
        <DateRangeFields range={range} testIdPrefix="records" />
        <Field label="方式">
          <CodeSelect
            labels={CHANNEL_LABELS}
            value={channel}
            onChange={setChannel}
            anyLabel="全部"
            testId="records-channel"
          />
        </Field>
        <Field label="类别">
          <CodeSelect
            labels={CATEGORY_LABELS}
            value={category}
            onChange={setCategory}
            anyLabel="全部"
            testId="records-category"
          />
        </Field>
        <ExportButton
          label={COMMON.exportCsv}
          fetchFile={() => downloadRecords(api, { from, to, centre: centre || undefined })}
          testId="records-export"
        />
      </div>
      <div className="admin-toolbar">
        <button
          type="button"
          className="admin-button admin-button--primary"
          onClick={() => setCreating((value) => !value)}
          aria-expanded={creating}
          data-testid="record-new-toggle"
        >
          {creating ? '收起登记表' : '新增登记'}
        </button>
      </div>
      {creating ? (
        centre ? (
          <CreateRecordForm key={centre} centreCode={centre} onCreated={loaded.reload} />
        ) : (
          <Notice>{COMMON.pickCentre}</Notice>
        )
      ) : null}
      <LoadState loading={loaded.loading && !loaded.data} error={loaded.error} reload={loaded.reload} />
      {loaded.data ? (
        <ListTable
          testId="records-table"
          caption={<>共 {rows.length} 条（匿名登记，只显示分类代码）</>}
          columns={['日期', '中心', '方式', '类别', '服务', '转介', '接待', '年龄段', '时长', '跟进', '详情']}
          empty={rows.length === 0}
        >
          {rows.map((record) => (
            <tr key={record.id} data-testid="record-row">
              <td>{record.date}</td>
              <td>{centreName(centres, record.centreCode)}</td>
              <td>{CHANNEL_LABELS[record.channel]}</td>
              <td>{CATEGORY_LABELS[record.category]}</td>
              <td>{labelsOf(RECORD_SERVICE_LABELS, record.services)}</td>
              <td>{labelsOf(REFERRAL_LABELS, record.referrals)}</td>
              <td>{PROFESSION_LABELS[record.helperProfession]}</td>
              <td>{AGE_BAND_LABELS[record.ageBand]}</td>
              <td>{record.durationMinutes} 分钟</td>
              <td>{record.followUpNeeded ? COMMON.yes : ''}</td>
              <td>
                <button
                  type="button"
                  className="admin-button admin-button--small"
                  onClick={() => setOpen(record.id)}
                  aria-label={`查看 ${record.date} ${CHANNEL_LABELS[record.channel]}登记详情`}
                  data-testid="record-open"
                >
                  查看
                </button>
              </td>
            </tr>
          ))}
        </ListTable>
      ) : null}
      {open ? <RecordDetail key={open} id={open} onClose={() => setOpen(undefined)} /> : null}
    </>
  );
}
