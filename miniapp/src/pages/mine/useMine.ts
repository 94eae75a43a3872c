import type { BookingDto, CallbackDto, WaitlistEntryDto } from '@wac/shared-types';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, hasSession, her } from '../../services/api';
import {
  acceptWaitlistOffer,
  cancelBooking,
  declineWaitlistOffer,
  leaveWaitlist,
  listMyBookings,
  listMyCallbacks,
  listMyWaitlist,
  withdrawCallback,
} from '../../services/api.generated';
import { MINE_TEXTS as T } from './texts';

export interface MineData {
  bookings: BookingDto[];
  callbacks: CallbackDto[];
  waitlist: WaitlistEntryDto[];
}

export type MineState =
  /** Nothing was ever made on this phone (no session): nothing to ask the server. */
  { status: 'empty' } | { status: 'loading' } | { status: 'loaded'; data: MineData } | { status: 'failed' };

/** The result of her last tap on an item, shown on that item. */
export interface ItemMessage {
  id: string;
  text: string;
}

/** Everything she made on this phone, at once: bookings, call-back requests, waiting lists (with offers). */
export async function loadMine(): Promise<MineData> {
  const [bookings, callbacks, waitlist] = await Promise.all([
    listMyBookings(her),
    listMyCallbacks(her),
    listMyWaitlist(her),
  ]);
  return { bookings: bookings.items, callbacks: callbacks.items, waitlist: waitlist.items };
}

const FAILURE_TEXT: Partial<Record<ApiError['code'], string>> = {
  NETWORK: T.actionNetwork,
  OFFER_EXPIRED: T.offerExpired,
  LIMIT_REACHED: T.offerLimit,
  BOOKING_STATUS_CONFLICT: T.changedMeanwhile,
  CALLBACK_STATUS_CONFLICT: T.changedMeanwhile,
  WAITLIST_STATUS_CONFLICT: T.changedMeanwhile,
  TOO_LATE_TO_CHANGE: T.changedMeanwhile,
};

function failureText(error: unknown): string {
  return (error instanceof ApiError ? FAILURE_TEXT[error.code] : undefined) ?? T.actionFailed;
}

/**
 * Whether there can be anything to show. WeChat maps her to the same client at every login, so an
 * expired session still has a history behind it; an H5 phone without a session has none.
 */
function mayHaveHistory(): boolean {
  return process.env.TARO_ENV === 'weapp' || hasSession();
}

export function useMine() {
  const [state, setState] = useState<MineState>(() => (mayHaveHistory() ? { status: 'loading' } : { status: 'empty' }));
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<ItemMessage | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    if (!mayHaveHistory()) {
      setState({ status: 'empty' });
      return;
    }
    const load = ++latest.current;
    setState((previous) => (previous.status === 'loaded' ? previous : { status: 'loading' }));
    try {
      const data = await loadMine();
      if (load === latest.current) {
        setState({ status: 'loaded', data });
      }
    } catch {
      if (load === latest.current) {
        setState({ status: 'failed' });
      }
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Runs one action on one item, then shows the fresh list; a refusal is explained on the item. */
  const act = useCallback(
    async <T>(id: string, action: () => Promise<T>): Promise<T | undefined> => {
      setBusyId(id);
      setMessage(null);
      try {
        const result = await action();
        await reload();
        return result;
      } catch (error) {
        setMessage({ id, text: failureText(error) });
        if (!(error instanceof ApiError && error.code === 'NETWORK')) {
          await reload();
        }
        return undefined;
      } finally {
        setBusyId(null);
      }
    },
    [reload],
  );

  return {
    state,
    busyId,
    message,
    reload,
    cancel: (id: string) => act(id, () => cancelBooking(her, id)),
    withdraw: (id: string) => act(id, () => withdrawCallback(her, id)),
    accept: (id: string) => act(id, () => acceptWaitlistOffer(her, id)),
    decline: (id: string) => act(id, () => declineWaitlistOffer(her, id)),
    leave: (id: string) => act(id, () => leaveWaitlist(her, id)),
  };
}
