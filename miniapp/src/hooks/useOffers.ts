import type { WaitlistEntryDto } from '@wac/shared-types';
import { useCallback, useEffect, useState } from 'react';
import { hasSession, her } from '../services/api';
import { listMyWaitlist } from '../services/api.generated';
import { useReloadOnReturn } from './useReloadOnReturn';

/** One empty list for "nothing offered": setting a new empty array would render the home page again for nothing. */
const NO_OFFERS: readonly WaitlistEntryDto[] = [];

/**
 * Places held for her on a waiting list, for the in-app notice on the home page. Asks the server
 * only when this phone already has a session (never creates one just to look).
 */
export function useOffers(): readonly WaitlistEntryDto[] {
  const [offers, setOffers] = useState<readonly WaitlistEntryDto[]>(NO_OFFERS);

  const load = useCallback(async () => {
    if (!hasSession()) {
      setOffers(NO_OFFERS);
      return;
    }
    try {
      const { items } = await listMyWaitlist(her);
      const offered = items.filter((entry) => entry.status === 'offered' && entry.offer !== null);
      setOffers(offered.length > 0 ? offered : NO_OFFERS);
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
