import Taro from '@tarojs/taro';
import type {
  AttemptResult,
  AuthRole,
  BookingDto,
  BookingStatus,
  CallbackOutcome,
  CallbackStatus,
  CreateRecordDto,
  DeclineReason,
  Profession,
  RecordCategory,
  RecordChannel,
  RecordDto,
  RecordFieldsDto,
  StaffCallbackDto,
  StaffMeDto,
} from '@wac/shared-types';
import { ApiError, callOperation } from './api';
import { endpoint, type ApiMethod, type ApiPath, type BodyOf, type Endpoint, type ResponseOf } from './endpoint';

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
  const answer = await callOperation(endpoint('post', '/api/auth/login'), undefined, { username, password });
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
    callOperation(endpoint('post', '/api/auth/logout'), token).catch(() => undefined);
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

/** One operation of the contract with the staff member's token; a refused token is forgotten. */
async function staffCall<P extends ApiPath, M extends ApiMethod<P>>(
  target: Endpoint<P, M>,
  ...body: [BodyOf<P, M>] extends [never] ? [] : [BodyOf<P, M>]
): Promise<ResponseOf<P, M>> {
  const session = staffSession();
  if (!session) {
    throw new ApiError({ statusCode: 401, code: 'UNAUTHORIZED', message: 'Not logged in' });
  }
  try {
    return await callOperation(target, session.token, ...body);
  } catch (error) {
    if (isSignedOut(error)) {
      // Expired, or the account was reset or deactivated: the stored token is of no more use.
      removeKey(SESSION_KEY);
    }
    throw error;
  }
}

// ---- Notices to her WeChat ----------------------------------------------------------------------

/** Who is logged in, and whether staff notices also reach her WeChat. */
export function staffMe(): Promise<StaffMeDto> {
  return staffCall(endpoint('get', '/api/staff/me'));
}

/** weapp only: the WeChat user of this wx.login code gets the staff notices (409 WECHAT_ALREADY_BOUND elsewhere). */
export function bindStaffWechat(code: string): Promise<StaffMeDto> {
  return staffCall(endpoint('put', '/api/staff/me/wechat'), { code });
}

export function unbindStaffWechat(): Promise<StaffMeDto> {
  return staffCall(endpoint('delete', '/api/staff/me/wechat'));
}

// ---- Bookings ---------------------------------------------------------------------------------

export interface StaffBookingsQuery {
  from: string;
  to: string;
  status?: BookingStatus;
  /** City admins only. */
  centre?: string;
}

export async function listStaffBookings({ from, to, status, centre }: StaffBookingsQuery): Promise<BookingDto[]> {
  return (await staffCall(endpoint('get', '/api/staff/bookings', { query: { from, to, status, centre } }))).items;
}

export type BookingAction = 'confirm' | 'arrive' | 'complete' | 'no-show';

/** 409 BOOKING_STATUS_CONFLICT when someone else acted first; 422 NOT_YET_STARTED for a no-show before the start. */
export function actOnBooking(bookingId: string, action: BookingAction): Promise<BookingDto> {
  return staffCall(endpoint('post', `/api/staff/bookings/{id}/${action}`, { path: { id: bookingId } }));
}

/** She sees the reason in neutral words (never who declined or why beyond the code). */
export function declineBooking(bookingId: string, reason: DeclineReason): Promise<BookingDto> {
  return staffCall(endpoint('post', '/api/staff/bookings/{id}/decline', { path: { id: bookingId } }), { reason });
}

// ---- Call-back queue --------------------------------------------------------------------------

/** Open and claimed requests in the order to call (or one status); numbers masked. */
export async function listCallbackQueue(status?: CallbackStatus): Promise<StaffCallbackDto[]> {
  return (await staffCall(endpoint('get', '/api/staff/callbacks', { query: { status } }))).items;
}

/** One request; the whole number only for whoever claimed it, and the server audits every such view. */
export function getStaffCallback(callbackId: string): Promise<StaffCallbackDto> {
  return staffCall(endpoint('get', '/api/staff/callbacks/{id}', { path: { id: callbackId } }));
}

/** Takes the request (409 CALLBACK_STATUS_CONFLICT if a colleague was first); the answer holds the number. */
export function claimCallback(callbackId: string): Promise<StaffCallbackDto> {
  return staffCall(endpoint('post', '/api/staff/callbacks/{id}/claim', { path: { id: callbackId } }));
}

export function releaseCallback(callbackId: string): Promise<StaffCallbackDto> {
  return staffCall(endpoint('post', '/api/staff/callbacks/{id}/release', { path: { id: callbackId } }));
}

export function logCallbackAttempt(callbackId: string, result: AttemptResult): Promise<StaffCallbackDto> {
  return staffCall(endpoint('post', '/api/staff/callbacks/{id}/attempts', { path: { id: callbackId } }), { result });
}

export function closeCallback(callbackId: string, outcome: CallbackOutcome): Promise<StaffCallbackDto> {
  return staffCall(endpoint('post', '/api/staff/callbacks/{id}/close', { path: { id: callbackId } }), { outcome });
}

// ---- Records (来访来电登记) --------------------------------------------------------------------

export function createRecord(record: CreateRecordDto): Promise<RecordDto> {
  return staffCall(endpoint('post', '/api/staff/records'), record);
}

export interface RecordsQuery {
  from: string;
  to: string;
  channel?: RecordChannel;
  category?: RecordCategory;
}

export async function listRecords({ from, to, channel, category }: RecordsQuery): Promise<RecordDto[]> {
  return (await staffCall(endpoint('get', '/api/staff/records', { query: { from, to, channel, category } }))).items;
}

export function getRecord(recordId: string): Promise<RecordDto> {
  return staffCall(endpoint('get', '/api/staff/records/{id}', { path: { id: recordId } }));
}

/** Its author, within 24 hours (409 RECORD_LOCKED otherwise: correct it instead). */
export function editRecord(recordId: string, fields: RecordFieldsDto): Promise<RecordDto> {
  return staffCall(endpoint('put', '/api/staff/records/{id}', { path: { id: recordId } }), fields);
}

/** A new version that replaces the record in reports; the old one is kept, marked as replaced. */
export function correctRecord(recordId: string, fields: RecordFieldsDto): Promise<RecordDto> {
  return staffCall(endpoint('post', '/api/staff/records/{id}/corrections', { path: { id: recordId } }), fields);
}
