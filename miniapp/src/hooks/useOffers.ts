import type { WaitlistEntryDto } from '@wac/shared-types';
import { useCallback, useEffect, useState } from 'react';
import { hasSession, her } from '../services/api';
import { listMyWaitlist } from '../services/api.generated';
import { useReloadOnReturn } from './useReloadOnReturn';

/**
 * Places held for her on a waiting list, for the in-app notice on the home page. Asks the server
 * only when this phone already has a session (never creates one just to look).
 */
export function useOffers(): WaitlistEntryDto[] {
  const [offers, setOffers] = useState<WaitlistEntryDto[]>([]);

  const load = useCallback(async () => {
    if (!hasSession()) {
      setOffers([]);
      return;
    }
    try {
      const { items } = await listMyWaitlist(her);
      setOffers(items.filter((entry) => entry.status === 'offered' && entry.offer !== null));
    } catch {
      // The notice is a convenience; 我的预约 shows offers too.
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);
  useReloadOnReturn(() => void load());

  return offers;
}
