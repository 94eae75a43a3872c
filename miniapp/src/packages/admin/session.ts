import type { AdminRole } from '../../services/admin-api';

// The admin's login lives in this browser tab only (sessionStorage): closing the tab signs out,
// and nothing of it is shared with the women's pages of the same site.

export interface AdminSession {
  token: string;
  role: AdminRole;
  /** The centre of a centre admin; null for the city admin. */
  centreCode: string | null;
  expiresAt: string;
  username: string;
}

const KEY = 'wac.admin.session';

export function isAdminRole(role: string): role is AdminRole {
  return role === 'centre_admin' || role === 'city_admin';
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function readSession(now: number = Date.now()): AdminSession | undefined {
  try {
    const raw = storage()?.getItem(KEY);
    if (!raw) {
      return undefined;
    }
    const value = JSON.parse(raw) as Partial<AdminSession>;
    if (
      typeof value.token !== 'string' ||
      typeof value.expiresAt !== 'string' ||
      typeof value.username !== 'string' ||
      !isAdminRole(value.role ?? '')
    ) {
      return undefined;
    }
    if (Date.parse(value.expiresAt) <= now) {
      return undefined;
    }
    return {
      token: value.token,
      role: value.role as AdminRole,
      centreCode: value.centreCode ?? null,
      expiresAt: value.expiresAt,
      username: value.username,
    };
  } catch {
    return undefined;
  }
}

export function writeSession(session: AdminSession): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(session));
  } catch {
    // Without storage the login only lasts until the page reloads.
  }
}

export function clearSession(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // nothing stored
  }
}
