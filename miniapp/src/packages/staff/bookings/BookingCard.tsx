import { Text, View } from '@tarojs/components';
import type { BookingDto, DeclineReason } from '@wac/shared-types';
import { useState } from 'react';
import { ActionButton } from '../../../components/ActionButton';
import { Choice } from '../../../components/Choice';
import { Notice } from '../../../components/Notice';
import { DECLINE_REASON_LABELS } from '../../../domain/booking';
import { formatDay } from '../../../domain/dates';
import type { OpenPage } from '../../../hooks/useOpenPage';
import { InlineConfirm } from '../components/InlineConfirm';
import { arrivalNeedsCheck, bookingButtons, type BookingButton } from '../domain/bookings';
import { BOOKING_STATUS_TEXT, DECLINE_REASON_TEXT, DECLINE_REASONS } from '../domain/labels';
import { recordPage } from '../routes';
import { BOOKINGS_TEXTS as T } from './texts';
import type { useStaffBookings } from './useStaffBookings';
import { BOOKABLE_SERVICE_LABELS, NEED_TAGS } from '@wac/rules';

type Bookings = ReturnType<typeof useStaffBookings>;

const STATUS_CLASS: Partial<Record<BookingDto['status'], string>> = {
  pending: 'staff-status staff-status--pending',
  offered: 'staff-status staff-status--muted',
  declined: 'staff-status staff-status--muted',
  cancelled: 'staff-status staff-status--muted',
  no_show: 'staff-status staff-status--muted',
};

type Asking = null | 'decline' | 'no-show' | 'arrive';

function DeclinePanel({
  booking,
  onDecline,
  onKeep,
}: {
  booking: BookingDto;
  onDecline: (reason: DeclineReason) => void;
  onKeep: () => void;
}) {
  const [reason, setReason] = useState<DeclineReason | null>(null);
  const [problem, setProblem] = useState(false);
  return (
    <View role="radiogroup" aria-label={T.declineTitle} data-testid={`staff-booking-decline-panel-${booking.id}`}>
      <Text className="staff-subtitle">{T.declineTitle}</Text>
      {DECLINE_REASONS.map((option) => (
        <Choice
          key={option}
          title={DECLINE_REASON_TEXT[option]}
          selected={reason === option}
          testId={`staff-booking-reason-${option}-${booking.id}`}
          onPress={() => {
            setReason(option);
            setProblem(false);
          }}
        />
      ))}
      {reason ? (
        <Notice testId={`staff-booking-decline-shown-${booking.id}`}>
          {T.declineShown(DECLINE_REASON_LABELS[reason])}
        </Notice>
      ) : null}
      {problem ? <Notice tone="alert">{T.declineChooseFirst}</Notice> : null}
      <ActionButton
        title={T.declineConfirm}
        tone="danger"
        testId={`staff-booking-decline-confirm-${booking.id}`}
        onPress={() => (reason ? onDecline(reason) : setProblem(true))}
      />
      <ActionButton title={T.declineKeep} testId={`staff-booking-decline-keep-${booking.id}`} onPress={onKeep} />
    </View>
  );
}

export function BookingCard({
  booking,
  bookings,
  today,
  showCentre,
  open,
}: {
  booking: BookingDto;
  bookings: Bookings;
  today: string;
  showCentre: boolean;
  open: OpenPage;
}) {
  const [asking, setAsking] = useState<Asking>(null);
  const busy = bookings.busyId === booking.id;
  const message = bookings.message?.id === booking.id ? bookings.message : null;
  const buttons = bookingButtons(booking);
  const needs = booking.needs.map((need) => NEED_TAGS[need]);

  function press(button: BookingButton) {
    switch (button) {
      case 'confirm':
      case 'complete':
        void bookings.act(booking.id, button);
        return;
      case 'arrive':
        if (arrivalNeedsCheck(booking, today)) {
          setAsking('arrive');
        } else {
          void bookings.act(booking.id, 'arrive');
        }
        return;
      case 'no-show':
        setAsking('no-show');
        return;
      case 'decline':
        setAsking('decline');
        return;
      case 'record':
        open(recordPage({ fromBookingId: booking.id, date: booking.date, service: booking.service }));
        return;
    }
  }

  const TITLES: Record<BookingButton, string> = {
    confirm: T.confirm,
    decline: T.decline,
    arrive: T.arrive,
    complete: T.complete,
    'no-show': T.noShow,
    record: T.record,
  };

  function renderActions() {
    if (busy) {
      return <Notice>{T.busy}</Notice>;
    }
    switch (asking) {
      case 'decline':
        return (
          <DeclinePanel
            booking={booking}
            onDecline={(reason) => {
              setAsking(null);
              void bookings.decline(booking.id, reason);
            }}
            onKeep={() => setAsking(null)}
          />
        );
      case 'no-show':
        return (
          <InlineConfirm
            question={T.noShowQuestion}
            confirm={T.noShowConfirm}
            keep={T.noShowKeep}
            testId={`staff-booking-no-show-${booking.id}`}
            onConfirm={() => {
              setAsking(null);
              void bookings.act(booking.id, 'no-show');
            }}
            onKeep={() => setAsking(null)}
          />
        );
      case 'arrive':
        return (
          <InlineConfirm
            question={T.arriveQuestion(formatDay(booking.date))}
            confirm={T.arriveConfirm}
            keep={T.arriveKeep}
            testId={`staff-booking-arrive-${booking.id}`}
            onConfirm={() => {
              setAsking(null);
              void bookings.act(booking.id, 'arrive');
            }}
            onKeep={() => setAsking(null)}
          />
        );
      case null:
        return (
          <View>
            {bookings.justCompleted === booking.id && buttons.includes('record') ? (
              <Notice testId={`staff-booking-record-offer-${booking.id}`}>{T.recordOffer}</Notice>
            ) : null}
            {buttons.map((button, index) => (
              <ActionButton
                key={button}
                title={TITLES[button]}
                // Only the usual next step stands out (确认 on a new booking); the others are there when needed.
                tone={index === 0 ? 'primary' : 'plain'}
                testId={`staff-booking-${button}-${booking.id}`}
                onPress={() => press(button)}
              />
            ))}
          </View>
        );
    }
  }

  return (
    <View className="card" data-testid={`staff-booking-${booking.id}`} data-status={booking.status}>
      <Text
        className={STATUS_CLASS[booking.status] ?? 'staff-status'}
        data-testid={`staff-booking-status-${booking.id}`}
      >
        {BOOKING_STATUS_TEXT[booking.status]}
      </Text>
      <Text className="action__title">{BOOKABLE_SERVICE_LABELS[booking.service]}</Text>
      {showCentre ? <Text className="list-item muted">{booking.centreName}</Text> : null}
      {needs.length > 0 ? (
        <View className="staff-tags" data-testid={`staff-booking-needs-${booking.id}`}>
          {needs.map((need) => (
            <Text key={need} className="staff-tag">
              {need}
            </Text>
          ))}
        </View>
      ) : null}
      <Text className="list-item">{booking.topic ? T.topic(booking.topic) : T.noTopic}</Text>
      {booking.recorded ? <Text className="list-item muted">{T.recorded}</Text> : null}
      {message ? (
        <Notice tone={message.tone} testId={`staff-booking-message-${booking.id}`}>
          {message.text}
        </Notice>
      ) : null}
      {renderActions()}
    </View>
  );
}
