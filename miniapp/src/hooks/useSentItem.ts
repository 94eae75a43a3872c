import type { CentreDetailDto } from '@wac/shared-types';
import { useEffect, useState } from 'react';
import { noSession } from '../services/api';
import { getCentre } from '../services/api.generated';

export type SentItemState<T> =
  | { status: 'loading' }
  | { status: 'loaded'; item: T }
  | { status: 'not-found' }
  | { status: 'failed' };

/**
 * What she just sent (a booking, a call-back request) for its result page, and its centre.
 * Shown at once from memory when this phone just sent it (`recent`); after a restart, looked up
 * in her own list on the server (`listMine`, a module function so it stays the same between renders).
 */
export function useSentItem<T extends { id: string; centreCode: string }>(
  id: string,
  recent: (id: string) => T | undefined,
  listMine: () => Promise<{ items: T[] }>,
): { state: SentItemState<T>; centre: CentreDetailDto | null } {
  const [state, setState] = useState<SentItemState<T>>(() => {
    const item = recent(id);
    return item ? { status: 'loaded', item } : { status: 'loading' };
  });
  const [centre, setCentre] = useState<CentreDetailDto | null>(null);

  useEffect(() => {
    if (state.status !== 'loading') {
      return;
    }
    let current = true;
    listMine().then(
      ({ items }) => {
        if (current) {
          const item = items.find((entry) => entry.id === id);
          setState(item ? { status: 'loaded', item } : { status: 'not-found' });
        }
      },
      () => {
        if (current) {
          setState({ status: 'failed' });
        }
      },
    );
    return () => {
      current = false;
    };
  }, [id, state.status, listMine]);

  const centreCode = state.status === 'loaded' ? state.item.centreCode : null;
  useEffect(() => {
    if (!centreCode) {
      return;
    }
    let current = true;
    // The address and phone are a help, not a must: without them the page still says what happens next.
    getCentre(noSession, centreCode).then(
      (loaded) => {
        if (current) {
          setCentre(loaded);
        }
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [centreCode]);

  return { state, centre };
}
