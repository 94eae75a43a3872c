import { useCallback, useEffect, useRef, useState } from 'react';
import { useReloadOnReturn } from '../../../hooks/useReloadOnReturn';
import type { StaffSession } from '../../../services/staff-api';

export type StaffLoad<T> = { status: 'loading' } | { status: 'loaded'; data: T } | { status: 'failed' };

/**
 * A staff list page's data: loaded once someone is logged in, again when she comes back to the
 * page, and on `reload` (refresh, retry). Only the latest answer counts. A failed reload keeps what
 * is already shown; a lost login goes to the login page (`signedOut`) and shows nothing more.
 */
export function useStaffLoad<T>(
  fetch: () => Promise<T>,
  { session, signedOut }: { session: StaffSession | undefined; signedOut: (error: unknown) => boolean },
) {
  const [load, setLoad] = useState<StaffLoad<T>>({ status: 'loading' });
  const latest = useRef(0);
  // The page's fetch is a new function each render; the session decides when to load.
  const fetchRef = useRef(fetch);
  fetchRef.current = fetch;

  const reload = useCallback(async () => {
    if (!session) {
      return;
    }
    const current = ++latest.current;
    try {
      const data = await fetchRef.current();
      if (current === latest.current) {
        setLoad({ status: 'loaded', data });
      }
    } catch (error) {
      if (!signedOut(error) && current === latest.current) {
        setLoad((previous) => (previous.status === 'loaded' ? previous : { status: 'failed' }));
      }
    }
  }, [session, signedOut]);

  useEffect(() => {
    void reload();
  }, [reload]);
  useReloadOnReturn(() => void reload());

  return { load, reload };
}
