import type { BookingDto, DeclineReason } from '@wac/shared-types';
import { useCallback, useEffect, useRef, useState } from 'react';
import { addDays, shanghaiToday } from '../../../domain/dates';
import { ApiError } from '../../../services/api';
import { actOnBooking, type BookingAction, staff } from '../../../services/staff-api';
import { declineBooking, listCentreBookings } from '../../../services/staff-api.generated';
import { BOOKING_DAYS_AHEAD } from '../domain/bookings';
import { BOOKINGS_TEXTS as T } from './texts';

export type BookingsState = { status: 'loading' } | { status: 'loaded'; items: BookingDto[] } | { status: 'failed' };

/** The result of the last tap on a booking, shown on that booking. */
export interface BookingMessage {
  id: string;
  tone: 'status' | 'alert';
  text: string;
}

/** Someone else acted first, or the booking is gone: the list is stale and is loaded again. */
const REFRESH_CODES: readonly ApiError['code'][] = [
  'BOOKING_STATUS_CONFLICT',
  'BOOKING_NOT_FOUND',
  'TOO_LATE_TO_CHANGE',
  'NOT_YET_STARTED',
];

const FAILURE_TEXT: Partial<Record<ApiError['code'], string>> = {
  BOOKING_STATUS_CONFLICT: T.conflict,
  BOOKING_NOT_FOUND: T.notFound,
  NOT_YET_STARTED: T.notYetStarted,
  TOO_LATE_TO_CHANGE: T.tooLate,
  NETWORK: T.network,
};

export function actionFailureText(error: unknown): string {
  return (error instanceof ApiError ? FAILURE_TEXT[error.code] : undefined) ?? T.failedAction;
}

export function useStaffBookings({ enabled, signedOut }: { enabled: boolean; signedOut: (error: unknown) => boolean }) {
  const [state, setState] = useState<BookingsState>({ status: 'loading' });
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<BookingMessage | null>(null);
  /** Completed just now on this page: its card offers to register the visit. */
  const [justCompleted, setJustCompleted] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    if (!enabled) {
      return;
    }
    const load = ++latest.current;
    const today = shanghaiToday();
    setState((previous) => (previous.status === 'loaded' ? previous : { status: 'loading' }));
    try {
      const items = await listCentreBookings(staff, { from: today, to: addDays(today, BOOKING_DAYS_AHEAD) }).then(
        ({ items }) => items,
      );
      if (load === latest.current) {
        setState({ status: 'loaded', items });
      }
    } catch (error) {
      if (!signedOut(error) && load === latest.current) {
        setState((previous) => (previous.status === 'loaded' ? previous : { status: 'failed' }));
      }
    }
  }, [enabled, signedOut]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const run = useCallback(
    async (id: string, kind: BookingAction | 'decline', action: () => Promise<BookingDto>) => {
      setBusyId(id);
      setMessage(null);
      try {
        await action();
        setMessage({ id, tone: 'status', text: T.done[kind] });
        setJustCompleted(kind === 'complete' ? id : null);
        await reload();
      } catch (error) {
        if (signedOut(error)) {
          return;
        }
        setMessage({ id, tone: 'alert', text: actionFailureText(error) });
        if (error instanceof ApiError && REFRESH_CODES.includes(error.code)) {
          await reload();
        }
      } finally {
        setBusyId(null);
      }
    },
    [reload, signedOut],
  );

  return {
    state,
    busyId,
    message,
    justCompleted,
    reload,
    act: (id: string, action: BookingAction) => run(id, action, () => actOnBooking(staff, id, action)),
    decline: (id: string, reason: DeclineReason) =>
      run(id, 'decline', () => declineBooking(staff, id, { reason: reason })),
  };
}
