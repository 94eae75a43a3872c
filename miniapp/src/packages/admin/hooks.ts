import { useCallback, useEffect, useRef, useState } from 'react';
import { useAdmin } from './context';
import { describeError, isUnauthorized } from './errors';

export interface Loaded<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data when the inputs change (pass `enabled: false` to wait, e.g. until a centre is chosen).
 * An expired login signs the admin out; other failures become a message to show.
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[], enabled = true): Loaded<T> {
  const { signOut } = useAdmin();
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(false);
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (!enabled) {
      setData(undefined);
      return undefined;
    }
    let current = true;
    setLoading(true);
    setError(undefined);
    loadRef
      .current()
      .then((value) => {
        if (current) {
          setData(value);
        }
      })
      .catch((failure: unknown) => {
        if (!current) {
          return;
        }
        if (isUnauthorized(failure)) {
          signOut('expired');
          return;
        }
        setData(undefined);
        setError(describeError(failure));
      })
      .finally(() => {
        if (current) {
          setLoading(false);
        }
      });
    return () => {
      current = false;
    };
    // The caller's inputs decide when to load again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, enabled, round, signOut]);

  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { data, error, loading, reload };
}

export interface DateRange {
  from: string;
  to: string;
  setFrom: (date: string) => void;
  setTo: (date: string) => void;
  /** Both dates given and in order: only then is the list asked for. */
  valid: boolean;
}

/** A list's from/to filter (see DateRangeFields). */
export function useDateRange(initialFrom: string, initialTo: string): DateRange {
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  return { from, to, setFrom, setTo, valid: from !== '' && to !== '' && from <= to };
}

export interface Action {
  busy: boolean;
  error: string | undefined;
  done: string | undefined;
  /** Runs one change; resolves true when it worked. */
  run: (change: () => Promise<unknown>, doneText?: string) => Promise<boolean>;
  clear: () => void;
}

/** One change at a time (a save, a delete…), with its outcome to show next to the button. */
export function useAction(): Action {
  const { signOut } = useAdmin();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();

  const run = useCallback(
    async (change: () => Promise<unknown>, doneText?: string) => {
      setBusy(true);
      setError(undefined);
      setDone(undefined);
      try {
        await change();
        setDone(doneText);
        return true;
      } catch (failure) {
        if (isUnauthorized(failure)) {
          signOut('expired');
        } else {
          setError(describeError(failure));
        }
        return false;
      } finally {
        setBusy(false);
      }
    },
    [signOut],
  );
  const clear = useCallback(() => {
    setError(undefined);
    setDone(undefined);
  }, []);
  return { busy, error, done, run, clear };
}

/**
 * For a panel that opens after a click (a record's detail, a day's duty editor): moves keyboard focus
 * and the view to it, so keyboard and screen-reader users land where the new content is.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (element) {
      element.focus({ preventScroll: true });
      element.scrollIntoView?.({ block: 'nearest' });
    }
  }, []);
  return ref;
}
