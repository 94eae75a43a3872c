import type { CentreSummaryDto } from '@wac/shared-types';
import { useCallback, useRef, useState } from 'react';
import { listCentresNear } from '../../services/api';
import { locateOnce } from '../../services/location';

export type DistrictReason = 'no-location' | 'by-choice';

export type FinderState =
  /** Explaining why we would like the location; nothing has been asked yet. */
  | { step: 'intro' }
  | { step: 'locating' }
  /** Sorted nearest first by the server, each with a distance. */
  | { step: 'nearby'; centres: CentreSummaryDto[] }
  /** The district list; `centres` is null while it loads. */
  | { step: 'districts'; reason: DistrictReason; centres: CentreSummaryDto[] | null }
  /** The server could not be reached; `retry` says which step to run again. */
  | { step: 'failed'; retry: 'nearby' | 'districts' };

/**
 * The finder's flow. Location is requested only from `findNearby`, i.e. after a tap; a refusal
 * or failure falls through to the district list. Every tap starts a new attempt and only the
 * latest attempt may change the state, so a slow answer cannot overwrite a newer choice.
 */
export function useCentreFinder() {
  const [state, setState] = useState<FinderState>({ step: 'intro' });
  const latestAttempt = useRef(0);

  const loadDistricts = useCallback(async (reason: DistrictReason, attempt: number) => {
    setState({ step: 'districts', reason, centres: null });
    try {
      const { items } = await listCentresNear();
      if (attempt === latestAttempt.current) {
        setState({ step: 'districts', reason, centres: items });
      }
    } catch {
      if (attempt === latestAttempt.current) {
        setState({ step: 'failed', retry: 'districts' });
      }
    }
  }, []);

  const findNearby = useCallback(async () => {
    const attempt = ++latestAttempt.current;
    setState({ step: 'locating' });
    const position = await locateOnce();
    if (attempt !== latestAttempt.current) {
      return;
    }
    if (!position) {
      await loadDistricts('no-location', attempt);
      return;
    }
    try {
      const { items } = await listCentresNear(position);
      if (attempt === latestAttempt.current) {
        setState({ step: 'nearby', centres: items });
      }
    } catch {
      if (attempt === latestAttempt.current) {
        setState({ step: 'failed', retry: 'nearby' });
      }
    }
  }, [loadDistricts]);

  const chooseDistrict = useCallback(() => loadDistricts('by-choice', ++latestAttempt.current), [loadDistricts]);

  return { state, findNearby, chooseDistrict };
}
