import type { AvailableSlotDto, BookingDto, CallbackDto } from '@wac/shared-types';
import { useState } from 'react';
import { addDays, formatSlot, shanghaiToday } from '../../domain/dates';
import { ApiError, her, noSession } from '../../services/api';
import {
  cancelBookingByCode,
  findBookingByCode,
  findCallbackByCode,
  getAvailability,
  rescheduleBookingByCode,
  withdrawCallbackByCode,
} from '../../services/api.generated';
import { LOOKUP_TEXTS as T } from './texts';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** What she typed as the server stores it, or null when it cannot be a code (no look-up is spent on it). */
export function normalizeCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return code.length === 10 && [...code].every((char) => ALPHABET.includes(char)) ? code : null;
}

export type Found = { kind: 'booking'; item: BookingDto } | { kind: 'callback'; item: CallbackDto };

export interface SlotChoice {
  slot: AvailableSlotDto;
  date: string;
}

function explain(error: unknown): string {
  if (error instanceof ApiError && error.statusCode === 404) {
    return T.notFound;
  }
  if (error instanceof ApiError && error.code === 'RATE_LIMITED') {
    return T.tooMany;
  }
  return T.failed;
}

const isNotFound = (error: unknown) => error instanceof ApiError && error.statusCode === 404;

/** The look-up, and what she may do with what it found: cancel, move or withdraw, with the code alone. */
export function useLookup() {
  const [found, setFound] = useState<Found | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [slots, setSlots] = useState<SlotChoice[] | null>(null);

  async function run(step: () => Promise<void>, onError: (error: unknown) => string = explain) {
    setBusy(true);
    setMessage(null);
    try {
      await step();
    } catch (error) {
      setMessage(onError(error));
    } finally {
      setBusy(false);
    }
  }

  async function find(input: string) {
    const normalized = normalizeCode(input);
    setFound(null);
    setSlots(null);
    if (!normalized) {
      setMessage(T.malformed);
      return;
    }
    setCode(normalized);
    await run(async () => {
      try {
        setFound({ kind: 'booking', item: await findBookingByCode(her, normalized) });
      } catch (error) {
        // Bookings and call-back requests have codes of their own: not a booking, perhaps a request.
        if (!isNotFound(error)) {
          throw error;
        }
        setFound({ kind: 'callback', item: await findCallbackByCode(her, normalized) });
      }
    });
  }

  async function cancel() {
    await run(async () => {
      setFound({ kind: 'booking', item: await cancelBookingByCode(her, code) });
      setMessage(T.cancelled);
    });
  }

  async function withdraw() {
    await run(async () => {
      setFound({ kind: 'callback', item: await withdrawCallbackByCode(her, code) });
      setMessage(T.withdrawn);
    });
  }

  async function showSlots(booking: BookingDto) {
    await run(async () => {
      const today = shanghaiToday();
      const days = await getAvailability(noSession, booking.centreCode, {
        from: today,
        to: addDays(today, 14),
        service: booking.service,
      });
      setSlots(
        days.days.flatMap((day) =>
          day.open
            ? day.slots
                .filter((slot) => slot.remaining > 0 && !(day.date === booking.date && slot.start === booking.start))
                .map((slot) => ({ slot, date: day.date }))
            : [],
        ),
      );
    });
  }

  async function move(choice: SlotChoice) {
    await run(
      async () => {
        const moved = await rescheduleBookingByCode(her, code, { slotId: choice.slot.slotId });
        setFound({ kind: 'booking', item: moved });
        setSlots(null);
        setMessage(T.moved(formatSlot(moved.date, moved.start, moved.end)));
      },
      (error) => (error instanceof ApiError && error.statusCode === 409 ? T.changeFailed : explain(error)),
    );
  }

  return { found, busy, message, slots, find, cancel, withdraw, showSlots, move };
}
