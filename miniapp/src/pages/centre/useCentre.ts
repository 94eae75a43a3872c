import type { CentreDetailDto } from '@wac/shared-types';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, noSession } from '../../services/api';
import { getCentre } from '../../services/api.generated';

export type CentreState =
  | { status: 'loading' }
  | { status: 'loaded'; centre: CentreDetailDto }
  | { status: 'not-found' }
  | { status: 'failed' };

/** Loads one centre; `reload` retries after a failure. */
export function useCentre(code: string | undefined) {
  const [state, setState] = useState<CentreState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!code) {
      setState({ status: 'not-found' });
      return;
    }
    // Ignore an answer that arrives after the page moved on (another code, or it closed).
    let current = true;
    setState({ status: 'loading' });
    getCentre(noSession, code).then(
      (centre) => {
        if (current) {
          setState({ status: 'loaded', centre });
        }
      },
      (error: unknown) => {
        if (current) {
          setState({ status: error instanceof ApiError && error.statusCode === 404 ? 'not-found' : 'failed' });
        }
      },
    );
    return () => {
      current = false;
    };
  }, [code, attempt]);

  const reload = useCallback(() => setAttempt((previous) => previous + 1), []);
  return { state, reload };
}
