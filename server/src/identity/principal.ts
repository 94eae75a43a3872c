import { notAllowed } from './identity.errors.js';

export const STAFF_ROLES = ['staff', 'centre_admin', 'city_admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A woman using the mini-program: known only by an opaque client id (WeChat or an anonymous H5 session). */
export interface WomanPrincipal {
  kind: 'woman';
  clientId: string;
  /** How she signed in: WeChat-identified women are never held back by the limits meant for scripted H5 sessions. */
  via: 'wechat' | 'guest';
  /** An H5 session's origin (a keyed hash of the address it was started from); null for WeChat women. */
  origin: string | null;
  /** The session her token belongs to; ending her sessions moves her client row past it (`Client.tokenVersion`). */
  sessionVersion: number;
  /**
   * False when whoever authenticated her left the check that this session is still live to the work she asked for
   * (`AuthService.authenticate`); that work must then check it before it answers anything, success or refusal.
   */
  sessionChecked: boolean;
}

/** A staff member or admin. `centreCode` is null only for city admins, who see every centre. */
export interface StaffPrincipal {
  kind: 'staff';
  accountId: string;
  role: StaffRole;
  centreCode: string | null;
}

export type Principal = WomanPrincipal | StaffPrincipal;

/** Centres whose data a staff principal may see: their own, or all (null) for a city admin. */
export function visibleCentre(principal: StaffPrincipal): string | null {
  return principal.role === 'city_admin' ? null : principal.centreCode;
}

export function canSeeCentre(principal: StaffPrincipal, centreCode: string): boolean {
  return principal.role === 'city_admin' || principal.centreCode === centreCode;
}

/**
 * The centres a staff principal's request covers: their own centre, or for a city admin every centre (or the one
 * asked for). Asking for another centre than one's own is refused.
 */
export function staffCentreScope(principal: StaffPrincipal, requestedCentre?: string): { centreCode?: string } {
  const own = visibleCentre(principal);
  if (own === null) {
    return requestedCentre ? { centreCode: requestedCentre } : {};
  }
  if (requestedCentre && requestedCentre !== own) {
    throw notAllowed();
  }
  return { centreCode: own };
}
