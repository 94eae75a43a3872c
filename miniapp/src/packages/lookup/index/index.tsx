import { Text, View } from '@tarojs/components';
import type { BookingDto, CallbackDto } from '@wac/shared-types';
import { useState } from 'react';
import { ActionButton } from '../../../components/ActionButton';
import { HelpNumbers } from '../../../components/HelpNumbers';
import { Notice } from '../../../components/Notice';
import { PageShell } from '../../../components/PageShell';
import { ShortCodeLine } from '../../../components/ShortCode';
import { TextField } from '../../../components/TextField';
import { BOOKING_STATUS_LABELS, CALLBACK_STATUS_LABELS, isUpcoming, SERVICE_CHOICES } from '../../../domain/booking';
import { describeWindow } from '../../../domain/callback';
import { formatSlot } from '../../../domain/dates';
import { LOOKUP_TEXTS as T } from '../texts';
import { type SlotChoice, useLookup } from '../useLookup';

type Lookup = ReturnType<typeof useLookup>;

function Confirm({
  question,
  confirm,
  onConfirm,
  onKeep,
}: {
  question: string;
  confirm: string;
  onConfirm: () => void;
  onKeep: () => void;
}) {
  return (
    <View data-testid="lookup-confirm">
      <Notice tone="alert">{question}</Notice>
      <ActionButton title={confirm} tone="danger" testId="lookup-confirm-yes" onPress={onConfirm} />
      <ActionButton title={T.keep} testId="lookup-confirm-no" onPress={onKeep} />
    </View>
  );
}

function Slots({ slots, lookup }: { slots: SlotChoice[]; lookup: Lookup }) {
  return (
    <View className="card" data-testid="lookup-slots">
      <Text className="action__title">{T.slotsTitle}</Text>
      {slots.length === 0 ? <Text className="list-item">{T.noSlots}</Text> : null}
      {slots.map((choice) => (
        <ActionButton
          key={choice.slot.slotId}
          title={formatSlot(choice.date, choice.slot.start, choice.slot.end)}
          testId={`lookup-slot-${choice.date}-${choice.slot.start}`}
          onPress={() => void lookup.move(choice)}
        />
      ))}
    </View>
  );
}

function FoundBooking({ booking, lookup }: { booking: BookingDto; lookup: Lookup }) {
  const [confirming, setConfirming] = useState(false);
  const when = formatSlot(booking.date, booking.start, booking.end);
  return (
    <View className="card" data-testid="lookup-booking" data-status={booking.status}>
      <Text className="action__title">{`${T.bookingTitle} · ${T.statusPrefix}${BOOKING_STATUS_LABELS[booking.status].title}`}</Text>
      <Text className="list-item" data-testid="lookup-booking-time">
        {when}
      </Text>
      <Text className="list-item">{`${booking.centreName} · ${SERVICE_CHOICES[booking.service].title}`}</Text>
      <ShortCodeLine code={booking.code} testId="lookup-booking-code" />
      {isUpcoming(booking) && !lookup.busy ? (
        confirming ? (
          <Confirm
            question={T.cancelQuestion(when)}
            confirm={T.cancelConfirm}
            onConfirm={() => {
              setConfirming(false);
              void lookup.cancel();
            }}
            onKeep={() => setConfirming(false)}
          />
        ) : (
          <View>
            <ActionButton
              title={T.reschedule}
              testId="lookup-reschedule"
              onPress={() => void lookup.showSlots(booking)}
            />
            <ActionButton title={T.cancel} testId="lookup-cancel" onPress={() => setConfirming(true)} />
          </View>
        )
      ) : null}
    </View>
  );
}

function FoundCallback({ callback, lookup }: { callback: CallbackDto; lookup: Lookup }) {
  const [confirming, setConfirming] = useState(false);
  const active = callback.status === 'open' || callback.status === 'claimed';
  return (
    <View className="card" data-testid="lookup-callback" data-status={callback.status}>
      <Text className="action__title">{`${T.callbackTitle} · ${T.statusPrefix}${CALLBACK_STATUS_LABELS[callback.status].title}`}</Text>
      <Text className="list-item">{callback.centreName}</Text>
      {active ? <Text className="list-item">{callback.windows.map(describeWindow).join('；')}</Text> : null}
      <ShortCodeLine code={callback.code} testId="lookup-callback-code" />
      {active && !lookup.busy ? (
        confirming ? (
          <Confirm
            question={T.withdrawQuestion}
            confirm={T.withdrawConfirm}
            onConfirm={() => {
              setConfirming(false);
              void lookup.withdraw();
            }}
            onKeep={() => setConfirming(false)}
          />
        ) : (
          <ActionButton title={T.withdraw} testId="lookup-withdraw" onPress={() => setConfirming(true)} />
        )
      ) : null}
    </View>
  );
}

export default function LookupPage() {
  const lookup = useLookup();
  const [input, setInput] = useState('');
  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="list-item">{T.intro}</Text>
      <TextField
        label={T.codeLabel}
        hint={T.codeHint}
        value={input}
        onChange={setInput}
        maxLength={16}
        testId="lookup-code"
      />
      <ActionButton
        title={lookup.busy ? T.finding : T.find}
        tone="primary"
        testId="lookup-find"
        onPress={() => void lookup.find(input)}
      />
      {lookup.message ? (
        <Notice tone="alert" testId="lookup-message">
          {lookup.message}
        </Notice>
      ) : null}
      {lookup.found?.kind === 'booking' ? <FoundBooking booking={lookup.found.item} lookup={lookup} /> : null}
      {lookup.found?.kind === 'callback' ? <FoundCallback callback={lookup.found.item} lookup={lookup} /> : null}
      {lookup.slots ? <Slots slots={lookup.slots} lookup={lookup} /> : null}
      <HelpNumbers testIdPrefix="lookup-call" />
    </PageShell>
  );
}
