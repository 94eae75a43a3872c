import type { CentreSummaryDto } from '@wac/shared-types';
import { createContext, useContext } from 'react';
import type { AdminApi } from '../../services/admin-api';
import type { AdminSession } from './session';

export interface AdminContextValue {
  api: AdminApi;
  session: AdminSession;
  centres: CentreSummaryDto[];
  /** The centre the admin is working on: a centre admin's own; for the city admin the chosen one, '' for all. */
  centre: string;
  setCentre: (code: string) => void;
  /** Sign out, e.g. when the server no longer accepts the token. */
  signOut: (reason?: 'expired') => void;
}

export const AdminContext = createContext<AdminContextValue | undefined>(undefined);

export function useAdmin(): AdminContextValue {
  const value = useContext(AdminContext);
  if (!value) {
    throw new Error('useAdmin outside the admin console');
  }
  return value;
}

export function centreName(centres: CentreSummaryDto[], code: string | null | undefined): string {
  if (!code) {
    return '';
  }
  return centres.find((centre) => centre.code === code)?.name ?? code;
}
