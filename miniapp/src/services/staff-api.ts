import Taro from '@tarojs/taro';
import type { AuthRole, BookingDto, Profession } from '@wac/shared-types';
import { ApiError, noSession, tokenTransport } from './api';
import { loginStaff, logoutStaff } from './api.generated';
import { completeBooking, confirmBooking, markBookingArrived, markBookingNoShow } from './staff-api.generated';
import type { ApiMethod, ApiPath, Endpoint } from './endpoint';
import type { ApiTransport, SendOptions } from './transport';

// The staff pages' client (weapp sub-package packages/staff, and the same pages on H5). Same
// request and error machinery as the women's client (services/api.ts), with the staff member's own
// Bearer token, kept under its own key: a woman's session on the same phone is never touched, and
// logging out clears only this one. Like api.ts it never logs: answers carry phone numbers.

const SESSION_KEY = 'wac.staff.session';
/** The helper profession chosen last on this phone, to pre-select in the next record (not personal data). */
const PROFESSION_KEY = 'wac.staff.profession';
/** Log in again a little before the server would refuse the token. */
const SESSION_MARGIN_MS = 60_000;

export type StaffRole = Exclude<AuthRole, 'woman'>;

export interface StaffSession {
  token: string;
  role: StaffRole;
  expiresAt: string;
  /** Their centre; null for a city admin (who sees every centre). */
  centreCode: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isStaffRole(value: unknown): value is StaffRole {
  return value === 'staff' || value === 'centre_admin' || value === 'city_admin';
}

function readKey(key: string): unknown {
  try {
    const value: unknown = Taro.getStorageSync(key);
    return value === '' || value === null ? undefined : value;
  } catch {
    return undefined;
  }
}

function writeKey(key: string, value: string | Record<string, string>): void {
  try {
    Taro.setStorageSync(key, value);
  } catch {
    // Storage full or refused: the session lasts only as long as this page.
  }
}

function removeKey(key: string): void {
  try {
    Taro.removeStorageSync(key);
  } catch {
    // Nothing stored, nothing to remove.
  }
}

/** The logged-in staff member, or undefined when nobody is (or the token has run out). */
export function staffSession(nowMs: number = Date.now()): StaffSession | undefined {
  const value = readKey(SESSION_KEY);
  if (
    !isRecord(value) ||
    typeof value.token !== 'string' ||
    typeof value.expiresAt !== 'string' ||
    !isStaffRole(value.role)
  ) {
    return undefined;
  }
  const expiresAt = Date.parse(value.expiresAt);
  if (Number.isNaN(expiresAt) || expiresAt - SESSION_MARGIN_MS <= nowMs) {
    return undefined;
  }
  const centreCode = typeof value.centreCode === 'string' && value.centreCode !== '' ? value.centreCode : null;
  return { token: value.token, role: value.role, expiresAt: value.expiresAt, centreCode };
}

/** Username and password → a staff session on this phone (401 LOGIN_FAILED when either is wrong). */
export async function staffLogin(username: string, password: string): Promise<StaffSession> {
  const answer = await loginStaff(noSession, { username, password });
  if (!isStaffRole(answer.role)) {
    throw new ApiError({ statusCode: 403, code: 'FORBIDDEN', message: 'Not a staff login' });
  }
  const session: StaffSession = {
    token: answer.token,
    role: answer.role,
    expiresAt: answer.expiresAt,
    centreCode: answer.centreCode,
  };
  writeKey(SESSION_KEY, {
    token: session.token,
    role: session.role,
    expiresAt: session.expiresAt,
    centreCode: session.centreCode ?? '',
  });
  return session;
}

/**
 * Forgets the staff login on this phone (and the remembered profession: the next person may be someone else), and
 * asks the server to end every session of the login, so a copy of the token is worthless. The phone forgets at
 * once, even offline.
 */
export function staffLogout(): void {
  const token = staffSession()?.token;
  removeKey(SESSION_KEY);
  removeKey(PROFESSION_KEY);
  if (token) {
    logoutStaff(tokenTransport(() => token)).catch(() => undefined);
  }
}

export function rememberedProfession(): Profession | undefined {
  const value = readKey(PROFESSION_KEY);
  return typeof value === 'string' ? (value as Profession) : undefined;
}

export function rememberProfession(profession: Profession): void {
  writeKey(PROFESSION_KEY, profession);
}

/** Whether an error means "log in again" (no session, or the server no longer accepts it). */
export function isSignedOut(error: unknown): boolean {
  return error instanceof ApiError && error.statusCode === 401;
}

/**
 * The staff member's login, for the generated client (api.generated.ts): a refused token is forgotten, so the next
 * page asks to log in again.
 */
export const staff: ApiTransport = {
  async send<P extends ApiPath, M extends ApiMethod<P>>(target: Endpoint<P, M>, options?: SendOptions) {
    const session = staffSession();
    if (!session) {
      throw new ApiError({ statusCode: 401, code: 'UNAUTHORIZED', message: 'Not logged in' });
    }
    try {
      return await tokenTransport(() => session.token).send(target, options);
    } catch (error) {
      if (isSignedOut(error)) {
        // Expired, or the account was reset or deactivated: the stored token is of no more use.
        removeKey(SESSION_KEY);
      }
      throw error;
    }
  },
};

export type BookingAction = 'confirm' | 'arrive' | 'complete' | 'no-show';

const BOOKING_ACTIONS = {
  confirm: confirmBooking,
  arrive: markBookingArrived,
  complete: completeBooking,
  'no-show': markBookingNoShow,
} as const;

/** 409 BOOKING_STATUS_CONFLICT when someone else acted first; 422 NOT_YET_STARTED for a no-show before the start. */
export function actOnBooking(transport: ApiTransport, bookingId: string, action: BookingAction): Promise<BookingDto> {
  return BOOKING_ACTIONS[action](transport, bookingId);
}
