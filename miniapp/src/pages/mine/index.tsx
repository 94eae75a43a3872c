import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { BookingDto, CallbackDto, WaitlistEntryDto } from '@wac/shared-types';
import { useState } from 'react';
import { ActionButton } from '../../components/ActionButton';
import { HelpNumbers } from '../../components/HelpNumbers';
import { LoadFailed } from '../../components/LoadFailed';
import { Notice } from '../../components/Notice';
import { PageShell } from '../../components/PageShell';
import {
  BOOKING_STATUS_LABELS,
  CALLBACK_STATUS_LABELS,
  DECLINE_REASON_LABELS,
  isUpcoming,
  SERVICE_CHOICES,
  WAITLIST_STATUS_LABELS,
} from '../../domain/booking';
import { describeWindow } from '../../domain/callback';
import { formatDay, formatShanghaiInstant, formatSlot } from '../../domain/dates';
import { type OpenPage, useOpenPage } from '../../hooks/useOpenPage';
import { useReloadOnReturn } from '../../hooks/useReloadOnReturn';
import { rememberBooking } from '../../services/recent';
import { ShortCodeLine } from '../../components/ShortCode';
import { bookingResultPage, bookPage, callbackPage, LOOKUP_PAGE } from '../../routes';
import { MINE_TEXTS as T } from './texts';
import { type ItemMessage, type MineData, useMine } from './useMine';

type Mine = ReturnType<typeof useMine>;

/** "Are you sure?" in place, under the item: one more tap, no pop-up. */
function InlineConfirm({
  question,
  confirm,
  keep,
  testId,
  onConfirm,
  onKeep,
}: {
  question: string;
  confirm: string;
  keep: string;
  testId: string;
  onConfirm: () => void;
  onKeep: () => void;
}) {
  return (
    <View data-testid={`${testId}-question`}>
      <Notice tone="alert">{question}</Notice>
      <ActionButton title={confirm} tone="danger" testId={`${testId}-confirm`} onPress={onConfirm} />
      <ActionButton title={keep} testId={`${testId}-keep`} onPress={onKeep} />
    </View>
  );
}

function StatusLine({ title, detail, testId }: { title: string; detail?: string; testId: string }) {
  return (
    <View>
      <Text className="action__title" data-testid={testId}>{`${T.statusPrefix}${title}`}</Text>
      {detail ? <Text className="list-item">{detail}</Text> : null}
    </View>
  );
}

function ItemMessageNotice({ id, message }: { id: string; message: ItemMessage | null }) {
  return message?.id === id ? (
    <Notice tone="alert" testId={`item-message-${id}`}>
      {message.text}
    </Notice>
  ) : null;
}

function BookingCard({ booking, mine, open }: { booking: BookingDto; mine: Mine; open: OpenPage }) {
  const [confirming, setConfirming] = useState(false);
  const status = BOOKING_STATUS_LABELS[booking.status];
  const when = formatSlot(booking.date, booking.start, booking.end);
  const upcoming = isUpcoming(booking);
  const detail =
    booking.status === 'declined' && booking.declineReason
      ? DECLINE_REASON_LABELS[booking.declineReason]
      : status.detail;
  return (
    <View className="card" data-testid={`booking-${booking.id}`} data-status={booking.status}>
      <StatusLine
        title={status.title}
        detail={upcoming || booking.status === 'declined' ? detail : undefined}
        testId={`booking-status-${booking.id}`}
      />
      <Text className="list-item">{when}</Text>
      <Text className="list-item">{`${booking.centreName} · ${SERVICE_CHOICES[booking.service].title}`}</Text>
      <ShortCodeLine code={booking.code} testId={`booking-code-${booking.id}`} />
      <ItemMessageNotice id={booking.id} message={mine.message} />
      {upcoming && mine.busyId !== booking.id ? (
        confirming ? (
          <InlineConfirm
            question={T.cancelQuestion(when)}
            confirm={T.cancelConfirm}
            keep={T.cancelKeep}
            testId={`booking-cancel-${booking.id}`}
            onConfirm={() => {
              setConfirming(false);
              void mine.cancel(booking.id);
            }}
            onKeep={() => setConfirming(false)}
          />
        ) : (
          <View>
            <ActionButton
              title={T.reschedule}
              // The centre closed that day: moving it is what she has to do next.
              tone={booking.status === 'day_closed' ? 'primary' : 'plain'}
              testId={`booking-reschedule-${booking.id}`}
              onPress={() =>
                open(bookPage({ code: booking.centreCode, service: booking.service, reschedule: booking.id }))
              }
            />
            <ActionButton
              title={T.cancel}
              testId={`booking-cancel-${booking.id}`}
              onPress={() => setConfirming(true)}
            />
          </View>
        )
      ) : null}
    </View>
  );
}

function CallbackCard({ callback, mine }: { callback: CallbackDto; mine: Mine }) {
  const [confirming, setConfirming] = useState(false);
  const status = CALLBACK_STATUS_LABELS[callback.status];
  const active = callback.status === 'open' || callback.status === 'claimed';
  return (
    <View className="card" data-testid={`callback-${callback.id}`} data-status={callback.status}>
      <StatusLine title={status.title} detail={status.detail} testId={`callback-status-${callback.id}`} />
      <Text className="list-item">{callback.centreName}</Text>
      <Text className="list-item">{T.phoneLine(callback.phoneMasked)}</Text>
      <ShortCodeLine code={callback.code} testId={`callback-code-${callback.id}`} />
      {active ? (
        <Text className="list-item">{T.windowsLine(callback.windows.map(describeWindow).join('；'))}</Text>
      ) : null}
      <ItemMessageNotice id={callback.id} message={mine.message} />
      {active && mine.busyId !== callback.id ? (
        confirming ? (
          <InlineConfirm
            question={T.withdrawQuestion}
            confirm={T.withdrawConfirm}
            keep={T.withdrawKeep}
            testId={`callback-withdraw-${callback.id}`}
            onConfirm={() => {
              setConfirming(false);
              void mine.withdraw(callback.id);
            }}
            onKeep={() => setConfirming(false)}
          />
        ) : (
          <ActionButton
            title={T.withdraw}
            testId={`callback-withdraw-${callback.id}`}
            onPress={() => setConfirming(true)}
          />
        )
      ) : null}
    </View>
  );
}

function OfferCard({ entry, mine }: { entry: WaitlistEntryDto; mine: Mine }) {
  const offer = entry.offer;
  if (!offer) {
    return null;
  }
  return (
    <View className="card" data-testid={`offer-${entry.id}`}>
      <StatusLine title={WAITLIST_STATUS_LABELS.offered.title} testId={`offer-status-${entry.id}`} />
      <Text className="list-item">{T.offerLine(formatSlot(entry.date, offer.start, offer.end))}</Text>
      <Text className="list-item">{`${entry.centreName} · ${SERVICE_CHOICES[entry.service].title}`}</Text>
      <Text className="list-item" data-testid={`offer-expires-${entry.id}`}>
        {T.offerExpires(formatShanghaiInstant(offer.expiresAt))}
      </Text>
      <ItemMessageNotice id={entry.id} message={mine.message} />
      {mine.busyId !== entry.id ? (
        <View>
          <ActionButton
            title={T.acceptOffer}
            tone="primary"
            testId={`offer-accept-${entry.id}`}
            onPress={() =>
              void mine.accept(entry.id).then((booking) => {
                if (booking) {
                  rememberBooking(booking);
                  void Taro.navigateTo({ url: bookingResultPage(booking.id) });
                }
              })
            }
          />
          <ActionButton
            title={T.declineOffer}
            testId={`offer-decline-${entry.id}`}
            onPress={() => void mine.decline(entry.id)}
          />
        </View>
      ) : null}
    </View>
  );
}

function WaitingCard({ entry, mine }: { entry: WaitlistEntryDto; mine: Mine }) {
  const status = WAITLIST_STATUS_LABELS[entry.status];
  const waiting = entry.status === 'waiting';
  return (
    <View className="card" data-testid={`waitlist-${entry.id}`} data-status={entry.status}>
      <StatusLine
        title={status.title}
        detail={waiting ? `${T.position(entry.position)}${status.detail}` : status.detail}
        testId={`waitlist-status-${entry.id}`}
      />
      <Text className="list-item">{formatDay(entry.date)}</Text>
      <Text className="list-item">{`${entry.centreName} · ${SERVICE_CHOICES[entry.service].title}`}</Text>
      <ItemMessageNotice id={entry.id} message={mine.message} />
      {waiting && mine.busyId !== entry.id ? (
        <ActionButton
          title={T.leaveWaitlist}
          testId={`waitlist-leave-${entry.id}`}
          onPress={() => void mine.leave(entry.id)}
        />
      ) : null}
    </View>
  );
}

function EmptyNotice() {
  return (
    <Notice testId="mine-empty">
      {T.empty}
      {/* Only a browser session can be lost; WeChat finds her bookings again at the next login. */}
      {process.env.TARO_ENV === 'weapp' ? null : T.emptyGuestNote}
    </Notice>
  );
}

function Lists({ data, mine, open }: { data: MineData; mine: Mine; open: OpenPage }) {
  // Held places are shown as offers (from the waiting list), not as bookings.
  const bookings = data.bookings.filter((booking) => booking.status !== 'offered');
  const upcoming = bookings.filter((booking) => isUpcoming(booking));
  const pastBookings = bookings.filter((booking) => !isUpcoming(booking));
  const offers = data.waitlist.filter((entry) => entry.status === 'offered' && entry.offer);
  const waiting = data.waitlist.filter((entry) => entry.status === 'waiting');
  const endedWaits = data.waitlist.filter((entry) => entry.status === 'expired');
  const activeCallbacks = data.callbacks.filter(
    (callback) => callback.status === 'open' || callback.status === 'claimed',
  );
  const pastCallbacks = data.callbacks.filter(
    (callback) => callback.status === 'closed' || callback.status === 'withdrawn',
  );
  const nothing = bookings.length + data.callbacks.length + data.waitlist.length === 0;

  if (nothing) {
    return <EmptyNotice />;
  }
  return (
    <View>
      {offers.length > 0 ? (
        <View data-testid="mine-offers">
          <Text className="section-title">{T.offersTitle}</Text>
          {offers.map((entry) => (
            <OfferCard key={entry.id} entry={entry} mine={mine} />
          ))}
        </View>
      ) : null}
      {upcoming.length > 0 ? (
        <View data-testid="mine-upcoming">
          <Text className="section-title">{T.upcomingTitle}</Text>
          {upcoming.map((booking) => (
            <BookingCard key={booking.id} booking={booking} mine={mine} open={open} />
          ))}
        </View>
      ) : null}
      {activeCallbacks.length > 0 ? (
        <View data-testid="mine-callbacks">
          <Text className="section-title">{T.callbacksTitle}</Text>
          {activeCallbacks.map((callback) => (
            <CallbackCard key={callback.id} callback={callback} mine={mine} />
          ))}
        </View>
      ) : null}
      {waiting.length > 0 ? (
        <View data-testid="mine-waiting">
          <Text className="section-title">{T.waitingTitle}</Text>
          {waiting.map((entry) => (
            <WaitingCard key={entry.id} entry={entry} mine={mine} />
          ))}
        </View>
      ) : null}
      {pastBookings.length + pastCallbacks.length + endedWaits.length > 0 ? (
        <View data-testid="mine-past">
          <Text className="section-title">{T.pastTitle}</Text>
          {pastBookings.map((booking) => (
            <BookingCard key={booking.id} booking={booking} mine={mine} open={open} />
          ))}
          {pastCallbacks.map((callback) => (
            <CallbackCard key={callback.id} callback={callback} mine={mine} />
          ))}
          {endedWaits.map((entry) => (
            <WaitingCard key={entry.id} entry={entry} mine={mine} />
          ))}
        </View>
      ) : null}
    </View>
  );
}

export default function MinePage() {
  const mine = useMine();
  const open = useOpenPage();
  useReloadOnReturn(() => void mine.reload());

  function renderState() {
    switch (mine.state.status) {
      case 'empty':
        return <EmptyNotice />;
      case 'loading':
        return <Notice>{T.loading}</Notice>;
      case 'failed':
        return (
          <LoadFailed
            message={T.failed}
            retryTitle={T.retry}
            testId="mine-error"
            retryTestId="retry"
            onRetry={() => void mine.reload()}
          />
        );
      case 'loaded':
        return <Lists data={mine.state.data} mine={mine} open={open} />;
    }
  }

  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      {renderState()}
      <ActionButton title={T.newBooking} testId="mine-new-booking" onPress={() => open(bookPage())} />
      <ActionButton title={T.newCallback} testId="mine-new-callback" onPress={() => open(callbackPage())} />
      <ActionButton title={T.findByCode} testId="mine-find-by-code" onPress={() => open(LOOKUP_PAGE)} />
      <HelpNumbers testIdPrefix="mine-call" />
    </PageShell>
  );
}
