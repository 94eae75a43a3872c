import type { AttemptResult, CallbackOutcome, StaffCallbackDto } from '@wac/shared-types';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../../services/api';
import { staff } from '../../../services/staff-api';
import {
  claimCallback,
  closeCallback,
  getCallback,
  logCallbackAttempt,
  releaseCallback,
} from '../../../services/staff-api.generated';
import { CALL_TEXTS as T } from './texts';

export type CallState =
  | { status: 'loading' }
  | { status: 'loaded'; callback: StaffCallbackDto }
  | { status: 'missing' }
  | { status: 'failed' };

export interface CallMessage {
  tone: 'status' | 'alert';
  text: string;
}

/** Someone else acted, or it is gone: what is on screen is stale and is loaded again. */
const REFRESH_CODES: readonly ApiError['code'][] = ['CALLBACK_STATUS_CONFLICT', 'CALLBACK_NOT_CLAIMED_BY_YOU'];

const FAILURE_TEXT: Partial<Record<ApiError['code'], string>> = {
  CALLBACK_STATUS_CONFLICT: T.conflict,
  CALLBACK_NOT_CLAIMED_BY_YOU: T.notYours,
  CALLBACK_NOT_FOUND: T.notFound,
  NETWORK: T.network,
};

export function callFailureText(error: unknown): string {
  return (error instanceof ApiError ? FAILURE_TEXT[error.code] : undefined) ?? T.failedAction;
}

/**
 * One call-back request on the call screen. Every load of a request claimed by this staff member
 * shows (and the server audits) the whole number, so it is loaded once, and again only after a
 * conflict; each action's answer replaces what is shown.
 */
export function useCallbackWork(
  id: string | undefined,
  { enabled, signedOut }: { enabled: boolean; signedOut: (error: unknown) => boolean },
) {
  const [state, setState] = useState<CallState>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<CallMessage | null>(null);
  /** Closed on this screen just now: offer to register the call. */
  const [justClosed, setJustClosed] = useState(false);

  const load = useCallback(async () => {
    if (!enabled) {
      return;
    }
    if (!id) {
      setState({ status: 'missing' });
      return;
    }
    try {
      setState({ status: 'loaded', callback: await getCallback(staff, id) });
    } catch (error) {
      if (signedOut(error)) {
        return;
      }
      setState(
        error instanceof ApiError && error.code === 'CALLBACK_NOT_FOUND' ? { status: 'missing' } : { status: 'failed' },
      );
    }
  }, [id, enabled, signedOut]);

  useEffect(() => {
    void load();
  }, [load]);

  const run = useCallback(
    async (action: () => Promise<StaffCallbackDto>, done?: string): Promise<boolean> => {
      setBusy(true);
      setMessage(null);
      try {
        const callback = await action();
        setState({ status: 'loaded', callback });
        if (done) {
          setMessage({ tone: 'status', text: done });
        }
        return true;
      } catch (error) {
        if (signedOut(error)) {
          return false;
        }
        setMessage({ tone: 'alert', text: callFailureText(error) });
        if (error instanceof ApiError && REFRESH_CODES.includes(error.code)) {
          await load();
        }
        return false;
      } finally {
        setBusy(false);
      }
    },
    [load, signedOut],
  );

  return {
    state,
    busy,
    message,
    justClosed,
    reload: load,
    claim: () => (id ? run(() => claimCallback(staff, id)) : Promise.resolve(false)),
    release: () => (id ? run(() => releaseCallback(staff, id), T.released) : Promise.resolve(false)),
    logAttempt: (result: AttemptResult) =>
      id ? run(() => logCallbackAttempt(staff, id, { result: result }), T.attemptLogged) : Promise.resolve(false),
    close: async (outcome: CallbackOutcome) => {
      const closed = id ? await run(() => closeCallback(staff, id, { outcome: outcome })) : false;
      setJustClosed(closed);
      return closed;
    },
  };
}
