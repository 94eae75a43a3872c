import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { isSignedOut, staffSession, type StaffSession } from '../../../services/staff-api';
import { buildQuery } from '../../../services/url';
import { staffLoginPage } from '../routes';

/** Parameters Taro's routers add themselves (not part of the page's address). */
const ROUTER_PARAMS = ['$taroTimestamp', 'stamp'];

/** This page's own address, to come back to after logging in. */
function currentPage(path: string | undefined, params: Record<string, string | undefined>): string | undefined {
  if (!path) {
    return undefined;
  }
  const defined = Object.fromEntries(
    Object.entries(params).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && !ROUTER_PARAMS.includes(entry[0]),
    ),
  );
  return `/${path.replace(/^\//, '').split('?')[0]}${buildQuery(defined)}`;
}

/**
 * The logged-in staff member; with nobody logged in the page is replaced by the login page.
 * `signedOut(error)` does the same when the server stops accepting the token mid-way, and says
 * whether it did (then the caller has nothing more to show).
 */
export function useStaffSession() {
  const router = useRouter() as { path?: string; params: Record<string, string | undefined> };
  const [session] = useState<StaffSession | undefined>(() => staffSession());
  const here = currentPage(router.path, router.params);

  const toLogin = useCallback(
    (expired: boolean) => {
      void Taro.redirectTo({ url: staffLoginPage({ next: here, expired }) }).catch(() => undefined);
    },
    [here],
  );

  useEffect(() => {
    if (!session) {
      toLogin(false);
    }
  }, [session, toLogin]);

  const signedOut = useCallback(
    (error: unknown): boolean => {
      if (isSignedOut(error)) {
        toLogin(true);
        return true;
      }
      return false;
    },
    [toLogin],
  );

  return { session, signedOut };
}
