import type {
  AttemptResult,
  BookableService,
  BookingDto,
  BookingStatus,
  CallbackOutcome,
  CallbackStatus,
  DeclineReason,
  SafeWindowDto,
  StaffCallbackDto,
} from '@wac/shared-types';
import { useState } from 'react';
import {
  addDays,
  formatClock,
  formatDay,
  formatShanghaiInstant,
  shanghaiToday,
  weekdayName,
} from '../../../domain/dates';
import {
  ActionOutcome,
  CentreSelect,
  CodeSelect,
  DateRangeFields,
  ExportButton,
  Field,
  ListTable,
  LoadState,
  SectionTitle,
} from '../components/ui';
import { centreName, useAdmin } from '../context';
import { useAction, useDateRange, useLoad, type Action } from '../hooks';
import {
  ATTEMPT_RESULT_LABELS,
  BOOKABLE_SERVICE_LABELS,
  BOOKING_STATUS_LABELS,
  CALLBACK_OUTCOME_LABELS,
  CALLBACK_STATUS_LABELS,
  COMMON,
  DECLINE_REASON_LABELS,
  labelOf,
} from '../texts';
import {
  claimCallback,
  closeCallback,
  declineBooking,
  getCallback,
  listCallbackQueue,
  listCentreBookings,
  logCallbackAttempt,
  releaseCallback,
} from '../../../services/staff-api.generated';
import { downloadBookings } from '../../../services/admin-api';
import { actOnBooking } from '../../../services/staff-api';
import { NEED_TAGS } from '@wac/rules';

function BookingActions({ booking, action, onDone }: { booking: BookingDto; action: Action; onDone: () => void }) {
  const { api } = useAdmin();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<DeclineReason>('fully_booked');
  const act = (kind: 'confirm' | 'arrive' | 'complete' | 'no-show', done: string) =>
    void action.run(() => actOnBooking(api, booking.id, kind), done).then((ok) => ok && onDone());
  const label = `${formatDay(booking.date)} ${formatClock(booking.start)}`;

  if (declining) {
    return (
      <span className="admin-inline">
        <label>
          <span className="admin-visually-hidden">婉拒原因</span>
          <CodeSelect
            labels={DECLINE_REASON_LABELS}
            value={reason}
            onChange={setReason}
            testId="booking-decline-reason"
          />
        </label>
        <button
          type="button"
          className="admin-button admin-button--small"
          disabled={action.busy}
          onClick={() =>
            void action
              .run(() => declineBooking(api, booking.id, { reason: reason }), `已婉拒 ${label} 的预约。`)
              .then((ok) => ok && onDone())
          }
          data-testid="booking-decline-confirm"
        >
          确认婉拒
        </button>
        <button type="button" className="admin-button admin-button--small" onClick={() => setDeclining(false)}>
          {COMMON.cancel}
        </button>
      </span>
    );
  }
  return (
    <span className="admin-inline">
      {booking.status === 'pending' ? (
        <>
          <button
            type="button"
            className="admin-button admin-button--small"
            disabled={action.busy}
            onClick={() => act('confirm', `已确认 ${label} 的预约。`)}
            data-testid="booking-confirm"
          >
            确认
          </button>
          <button
            type="button"
            className="admin-button admin-button--small"
            disabled={action.busy}
            onClick={() => setDeclining(true)}
            data-testid="booking-decline"
          >
            婉拒
          </button>
        </>
      ) : null}
      {booking.status === 'confirmed' ? (
        <>
          <button
            type="button"
            className="admin-button admin-button--small"
            disabled={action.busy}
            onClick={() => act('arrive', `已记录到达：${label}。`)}
            data-testid="booking-arrive"
          >
            已到达
          </button>
          <button
            type="button"
            className="admin-button admin-button--small"
            disabled={action.busy}
            onClick={() => act('no-show', `已记录未到：${label}。`)}
            data-testid="booking-no-show"
          >
            未到
          </button>
        </>
      ) : null}
      {booking.status === 'arrived' ? (
        <button
          type="button"
          className="admin-button admin-button--small"
          disabled={action.busy}
          onClick={() => act('complete', `已完成：${label}。`)}
          data-testid="booking-complete"
        >
          完成
        </button>
      ) : null}
    </span>
  );
}

function BookingsTab() {
  const { api, centre, setCentre, centres } = useAdmin();
  const today = shanghaiToday();
  const range = useDateRange(addDays(today, -7), addDays(today, 14));
  const { from, to } = range;
  const [status, setStatus] = useState<BookingStatus | ''>('');
  const [service, setService] = useState<BookableService | ''>('');
  const loaded = useLoad(
    () =>
      listCentreBookings(api, { from, to, centre: centre || undefined, status: status || undefined }).then(
        ({ items }) => items,
      ),
    [api, from, to, centre, status],
    range.valid,
  );
  const action = useAction();
  const rows = (loaded.data ?? []).filter((booking) => !service || booking.service === service);

  return (
    <>
      <div className="admin-filters" role="search" aria-label="筛选预约">
        <CentreSelect value={centre} onChange={setCentre} allowAll testId="bookings-centre" />
        <DateRangeFields range={range} testIdPrefix="bookings" />
        <Field label="状态">
          <CodeSelect
            labels={BOOKING_STATUS_LABELS}
            value={status}
            onChange={setStatus}
            anyLabel="全部"
            testId="bookings-status"
          />
        </Field>
        <Field label="服务">
          <CodeSelect
            labels={BOOKABLE_SERVICE_LABELS}
            value={service}
            onChange={setService}
            anyLabel="全部"
            testId="bookings-service"
          />
        </Field>
        <ExportButton
          label={COMMON.exportCsv}
          fetchFile={() => downloadBookings(api, { from, to, centre: centre || undefined })}
          testId="bookings-export"
        />
      </div>
      <LoadState loading={loaded.loading && !loaded.data} error={loaded.error} reload={loaded.reload} />
      <ActionOutcome action={action} testId="booking-action" />
      {loaded.data ? (
        <ListTable
          testId="bookings-table"
          caption={<>共 {rows.length} 条预约</>}
          columns={['日期', '时间', '中心', '服务', '状态', '需要', '想谈的事', '已登记', '操作']}
          empty={rows.length === 0}
        >
          {rows.map((booking) => (
            <tr key={booking.id} data-testid="booking-row" data-status={booking.status}>
              <td>{formatDay(booking.date)}</td>
              <td>
                {formatClock(booking.start)}–{formatClock(booking.end)}
              </td>
              <td>{centreName(centres, booking.centreCode)}</td>
              <td>{BOOKABLE_SERVICE_LABELS[booking.service]}</td>
              <td>
                {BOOKING_STATUS_LABELS[booking.status]}
                {booking.declineReason ? `（${DECLINE_REASON_LABELS[booking.declineReason]}）` : ''}
              </td>
              <td>{booking.needs.length > 0 ? booking.needs.map((need) => NEED_TAGS[need]).join('、') : ''}</td>
              <td className="admin-table__text">{booking.topic ?? ''}</td>
              <td>{booking.recorded ? COMMON.yes : ''}</td>
              <td>
                <BookingActions booking={booking} action={action} onDone={loaded.reload} />
              </td>
            </tr>
          ))}
        </ListTable>
      ) : null}
    </>
  );
}

function windowText(window: SafeWindowDto): string {
  const when = window.date ? formatDay(window.date) : window.weekday ? `每${weekdayName(window.weekday)}` : '';
  return `${when} ${formatClock(window.from)}–${formatClock(window.to)}`;
}

function CallbackActions({
  item,
  action,
  onDone,
  onReveal,
}: {
  item: StaffCallbackDto;
  action: Action;
  onDone: () => void;
  onReveal: (id: string, phone: string | null) => void;
}) {
  const { api } = useAdmin();
  const [result, setResult] = useState<AttemptResult>('no_answer');
  const [outcome, setOutcome] = useState<CallbackOutcome>('helped');
  const run = (change: () => Promise<unknown>, done: string) =>
    void action.run(change, done).then((ok) => ok && onDone());
  // Closing or releasing ends this admin's claim, and with it the whole number on her screen.
  const endClaim = (change: () => Promise<unknown>, done: string) =>
    run(async () => {
      await change();
      onReveal(item.id, null);
    }, done);
  if (item.status === 'open') {
    return (
      <button
        type="button"
        className="admin-button admin-button--small"
        disabled={action.busy}
        onClick={() =>
          run(async () => {
            const claimed = await claimCallback(api, item.id);
            onReveal(item.id, claimed.phone);
          }, '已认领，完整号码只对您显示（会记入操作日志）。')
        }
        data-testid="callback-claim"
      >
        认领（显示号码）
      </button>
    );
  }
  if (item.status !== 'claimed' || !item.claimedByMe) {
    return null;
  }
  return (
    <span className="admin-stack">
      <span className="admin-inline">
        <label>
          <span className="admin-visually-hidden">这次拨打的结果</span>
          <CodeSelect
            labels={ATTEMPT_RESULT_LABELS}
            value={result}
            onChange={setResult}
            testId="callback-attempt-result"
          />
        </label>
        <button
          type="button"
          className="admin-button admin-button--small"
          disabled={action.busy}
          onClick={() => run(() => logCallbackAttempt(api, item.id, { result: result }), '已记录这次拨打。')}
          data-testid="callback-attempt"
        >
          记录拨打
        </button>
      </span>
      <span className="admin-inline">
        <label>
          <span className="admin-visually-hidden">结果</span>
          <CodeSelect
            labels={CALLBACK_OUTCOME_LABELS}
            value={outcome}
            onChange={setOutcome}
            testId="callback-outcome"
          />
        </label>
        <button
          type="button"
          className="admin-button admin-button--small"
          disabled={action.busy}
          onClick={() => endClaim(() => closeCallback(api, item.id, { outcome: outcome }), '已结束此回电。')}
          data-testid="callback-close"
        >
          结束
        </button>
        <button
          type="button"
          className="admin-button admin-button--small"
          disabled={action.busy}
          onClick={() => endClaim(() => releaseCallback(api, item.id), '已放回队列。')}
          data-testid="callback-release"
        >
          放回队列
        </button>
      </span>
    </span>
  );
}

function CallbacksTab() {
  const { api, centre, setCentre, centres } = useAdmin();
  const [status, setStatus] = useState<CallbackStatus | ''>('');
  const loaded = useLoad(
    () =>
      listCallbackQueue(api, { centre: centre || undefined, status: status || undefined }).then(({ items }) => items),
    [api, centre, status],
  );
  const action = useAction();
  // Whole numbers shown to this admin after claiming (the queue itself only has masked ones).
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const reveal = (id: string, phone: string | null) =>
    setRevealed((current) => {
      const next = { ...current };
      if (phone) {
        next[id] = phone;
      } else {
        delete next[id];
      }
      return next;
    });
  const showNumber = (id: string) =>
    void action.run(
      async () => reveal(id, (await getCallback(api, id)).phone),
      '完整号码只对您显示（已记入操作日志）。',
    );
  const rows = loaded.data ?? [];
  return (
    <>
      <div className="admin-filters" role="search" aria-label="筛选回电">
        <CentreSelect value={centre} onChange={setCentre} allowAll testId="callbacks-centre" />
        <Field label="状态">
          <CodeSelect
            labels={CALLBACK_STATUS_LABELS}
            value={status}
            onChange={setStatus}
            anyLabel="待处理（待回电和已认领）"
            testId="callbacks-status"
          />
        </Field>
      </div>
      <p className="admin-muted">只在她说安全的时段打电话；未获同意时不要表明来自援助中心，也不要留言。</p>
      <LoadState loading={loaded.loading && !loaded.data} error={loaded.error} reload={loaded.reload} />
      <ActionOutcome action={action} testId="callback-action" />
      {loaded.data ? (
        <ListTable
          testId="callbacks-table"
          caption={<>共 {rows.length} 条回电请求</>}
          columns={[
            '提交时间',
            '中心',
            '电话',
            '安全时段',
            '下次可打',
            '可表明身份',
            '可留言',
            '状态',
            '拨打记录',
            '操作',
          ]}
          empty={rows.length === 0}
        >
          {rows.map((item) => (
            <tr key={item.id} data-testid="callback-row">
              <td>{formatShanghaiInstant(item.createdAt)}</td>
              <td>{centreName(centres, item.centreCode)}</td>
              <td>
                {revealed[item.id] ?? item.phone ?? item.phoneMasked ?? '已删除'}
                {item.claimedByMe && item.status === 'claimed' && !revealed[item.id] && !item.phone ? (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="admin-link-button"
                      onClick={() => showNumber(item.id)}
                      data-testid="callback-show-number"
                    >
                      显示号码
                    </button>
                  </>
                ) : null}
              </td>
              <td>{item.windows.map(windowText).join('；')}</td>
              <td>{item.nextSafeAt ? formatShanghaiInstant(item.nextSafeAt) : '一个月内没有'}</td>
              <td>{item.mayIdentify ? COMMON.yes : COMMON.no}</td>
              <td>{item.mayLeaveMessage ? COMMON.yes : COMMON.no}</td>
              <td>
                {CALLBACK_STATUS_LABELS[item.status]}
                {item.claimed && !item.claimedByMe && item.status === 'claimed' ? '（他人）' : ''}
                {item.outcome ? `：${labelOf(CALLBACK_OUTCOME_LABELS, item.outcome)}` : ''}
              </td>
              <td data-testid="callback-attempts">
                {item.attempts
                  .map((attempt) => `${formatShanghaiInstant(attempt.at)} ${ATTEMPT_RESULT_LABELS[attempt.result]}`)
                  .join('；')}
              </td>
              <td>
                <CallbackActions item={item} action={action} onDone={loaded.reload} onReveal={reveal} />
              </td>
            </tr>
          ))}
        </ListTable>
      ) : null}
    </>
  );
}

export function BookingsSection() {
  const [tab, setTab] = useState<'bookings' | 'callbacks'>('bookings');
  return (
    <>
      <SectionTitle>预约与回电</SectionTitle>
      <div className="admin-tabs" role="tablist" aria-label="预约与回电">
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'bookings'}
          className={`admin-tab${tab === 'bookings' ? ' admin-tab--current' : ''}`}
          onClick={() => setTab('bookings')}
          data-testid="tab-bookings"
        >
          预约
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'callbacks'}
          className={`admin-tab${tab === 'callbacks' ? ' admin-tab--current' : ''}`}
          onClick={() => setTab('callbacks')}
          data-testid="tab-callbacks"
        >
          回电
        </button>
      </div>
      <div role="tabpanel">{tab === 'bookings' ? <BookingsTab /> : <CallbacksTab />}</div>
    </>
  );
}
