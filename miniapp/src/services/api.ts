import Taro from '@tarojs/taro';
import type {
  AuthTokenDto,
  AvailabilityDto,
  BookableService,
  BookingDto,
  BookingListDto,
  CallbackDto,
  CallbackListDto,
  CentreDetailDto,
  CentreListDto,
  CreateBookingDto,
  CreateCallbackDto,
  ErasureSummaryDto,
  ErrorCode,
  ErrorResponseDto,
  FieldErrorDto,
  GuestChallengeDto,
  GuestLoginDto,
  JoinWaitlistDto,
  WaitlistEntryDto,
  WaitlistListDto,
} from '@wac/shared-types';
import { apiBase } from './build-env';
import { endpoint, type ApiMethod, type ApiPath, type BodyOf, type Endpoint, type ResponseOf } from './endpoint';
import type { LatLng } from './coords';
import { solvePuzzle } from './guest-puzzle';
import { readStored, removeStored, STORAGE_KEYS, writeStored } from './storage';

// The one client for the server API. It never logs: URLs can carry a position, and requests
// carry what she wrote and her phone number.

const REQUEST_TIMEOUT_MS = 15_000;

/**
 * Errors this client reports itself: NETWORK when no response arrived (offline, timed out,
 * unreachable); UNEXPECTED_RESPONSE when the answer is not the JSON the contract promises
 * (e.g. a proxy's HTML error page).
 */
export type ClientErrorCode = 'NETWORK' | 'UNEXPECTED_RESPONSE';

export interface ApiErrorInit {
  statusCode: number;
  code: ErrorCode | ClientErrorCode;
  message: string;
  fields?: FieldErrorDto[];
}

export class ApiError extends Error {
  /** The HTTP status, or 0 when no response arrived. */
  readonly statusCode: number;
  readonly code: ErrorCode | ClientErrorCode;
  /** Which inputs the server refused, and why (validation errors only). */
  readonly fields: FieldErrorDto[];

  constructor({ statusCode, code, message, fields = [] }: ApiErrorInit) {
    super(message);
    this.name = 'ApiError';
    this.statusCode = statusCode;
    this.code = code;
    this.fields = fields;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isErrorResponse(body: unknown): body is ErrorResponseDto {
  return isRecord(body) && typeof body.code === 'string' && typeof body.message === 'string';
}

function toApiError(statusCode: number, body: unknown): ApiError {
  if (isErrorResponse(body)) {
    return new ApiError({ statusCode, code: body.code, message: body.message, fields: body.fields });
  }
  return new ApiError({ statusCode, code: 'UNEXPECTED_RESPONSE', message: `Unexpected response (HTTP ${statusCode})` });
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface CallOptions {
  method?: Method;
  body?: unknown;
  headers?: Record<string, string>;
  /** Send her session token (getting one first if the phone has none). */
  auth?: boolean;
}

interface RawResponse {
  statusCode: number;
  body: unknown;
}

async function send(
  path: string,
  { method = 'GET', body, headers = {} }: CallOptions,
  token?: string,
): Promise<RawResponse> {
  try {
    const response = await Taro.request({
      url: `${apiBase()}${path}`,
      method,
      header: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { data: body as TaroGeneral.IAnyObject }),
      dataType: 'json',
      timeout: REQUEST_TIMEOUT_MS,
    });
    return { statusCode: response.statusCode, body: response.data };
  } catch {
    throw new ApiError({ statusCode: 0, code: 'NETWORK', message: 'The server could not be reached' });
  }
}

function parse<T>({ statusCode, body }: RawResponse): T {
  if (statusCode < 200 || statusCode >= 300) {
    throw toApiError(statusCode, body);
  }
  if (!isRecord(body)) {
    throw toApiError(statusCode, undefined);
  }
  // The shape is the server's contract (shared-types); only its presence is checked here.
  return body as T;
}

async function call<T>(path: string, options: CallOptions = {}): Promise<T> {
  if (!options.auth) {
    return parse<T>(await send(path, options));
  }
  let response = await send(path, options, await sessionToken());
  if (response.statusCode === 401) {
    // The session ended (expired, or the server no longer knows it): start a new one, once.
    forgetSession();
    response = await send(path, options, await sessionToken());
  }
  return parse<T>(response);
}

/**
 * One request with a given Bearer token (or none), answered like every other call here: the admin
 * console's client (services/admin-api.ts) keeps its own login. A 204 answer resolves to undefined.
 */
export async function callWithToken<T>(
  path: string,
  token: string | undefined,
  options: Omit<CallOptions, 'auth'> = {},
): Promise<T> {
  const response = await send(path, options, token);
  if (response.statusCode === 204) {
    return undefined as T;
  }
  return parse<T>(response);
}

/**
 * One operation of the contract (see endpoint.ts) with a given Bearer token (or none): its body and its answer are
 * the types the server's OpenAPI document gives them.
 */
export function callOperation<P extends ApiPath, M extends ApiMethod<P>>(
  target: Endpoint<P, M>,
  token: string | undefined,
  ...[body]: [BodyOf<P, M>] extends [never] ? [] : [BodyOf<P, M>]
): Promise<ResponseOf<P, M>> {
  return callWithToken<ResponseOf<P, M>>(target.url, token, {
    method: target.method,
    ...(body === undefined ? {} : { body }),
  });
}

/** One operation of the contract, answered without a session (the centre list and its days). */
function publicCall<P extends ApiPath, M extends ApiMethod<P>>(target: Endpoint<P, M>): Promise<ResponseOf<P, M>> {
  return call<ResponseOf<P, M>>(target.url, { method: target.method });
}

/** One operation of the contract in her session; body and answer typed by the contract. */
function herCall<P extends ApiPath, M extends ApiMethod<P>>(
  target: Endpoint<P, M>,
  options: { body?: BodyOf<P, M>; headers?: Record<string, string> } = {},
): Promise<ResponseOf<P, M>> {
  return call<ResponseOf<P, M>>(target.url, { method: target.method, auth: true, ...options });
}

// ---- Her session ------------------------------------------------------------------------------
// Only the token and its expiry are kept on the phone. WeChat: a silent wx.login maps her to the
// same client every time. H5: an anonymous guest session; a new one cannot see the old bookings.

/** Renew a little before the server would refuse the token. */
const SESSION_MARGIN_MS = 60_000;

interface StoredSession {
  token: string;
  expiresAt: string;
}

function storedSession(): StoredSession | undefined {
  const value = readStored(STORAGE_KEYS.session);
  if (!isRecord(value) || typeof value.token !== 'string' || typeof value.expiresAt !== 'string') {
    return undefined;
  }
  const expiresAt = Date.parse(value.expiresAt);
  if (Number.isNaN(expiresAt) || expiresAt - SESSION_MARGIN_MS <= Date.now()) {
    return undefined;
  }
  return { token: value.token, expiresAt: value.expiresAt };
}

/** Whether this phone already has a live session (then "my bookings" can be asked for). */
export function hasSession(): boolean {
  return storedSession() !== undefined;
}

export function forgetSession(): void {
  removeStored(STORAGE_KEYS.session);
}

async function signIn(): Promise<string> {
  let session: AuthTokenDto;
  if (process.env.TARO_ENV === 'weapp') {
    let code: string;
    try {
      ({ code } = await Taro.login());
    } catch {
      throw new ApiError({ statusCode: 0, code: 'NETWORK', message: 'WeChat login did not answer' });
    }
    const login = endpoint('post', '/api/auth/wechat');
    const body: BodyOf<'/api/auth/wechat', 'post'> = { code };
    session = parse<ResponseOf<'/api/auth/wechat', 'post'>>(await send(login.url, { method: login.method, body }));
  } else {
    session = await guestSession();
  }
  writeStored(STORAGE_KEYS.session, { token: session.token, expiresAt: session.expiresAt });
  return session.token;
}

type ConnectingListener = (connecting: boolean) => void;

const connectingListeners = new Set<ConnectingListener>();

/** Told when an H5 guest sign-in (its small puzzle, about a second) starts and ends, to say "正在连接…". */
export function onConnecting(listener: ConnectingListener): () => void {
  connectingListeners.add(listener);
  return () => {
    connectingListeners.delete(listener);
  };
}

function setConnecting(connecting: boolean): void {
  connectingListeners.forEach((listener) => listener(connecting));
}

async function solvedGuestLogin(): Promise<AuthTokenDto> {
  const challenge = endpoint('get', '/api/auth/guest/challenge');
  const puzzle = parse<GuestChallengeDto>(await send(challenge.url, { method: challenge.method }));
  const body: GuestLoginDto =
    puzzle.bits > 0 ? { challenge: puzzle.challenge, nonce: await solvePuzzle(puzzle.challenge, puzzle.bits) } : {};
  const login = endpoint('post', '/api/auth/guest');
  return parse<AuthTokenDto>(await send(login.url, { method: login.method, body }));
}

/** H5: an anonymous session, after the login puzzle; a puzzle that lapsed or was used meanwhile is fetched anew once. */
async function guestSession(): Promise<AuthTokenDto> {
  setConnecting(true);
  try {
    return await solvedGuestLogin();
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'CHALLENGE_EXPIRED' || error.code === 'CHALLENGE_USED')) {
      return await solvedGuestLogin();
    }
    throw error;
  } finally {
    setConnecting(false);
  }
}

/**
 * H5: she ends her session on this phone. The token stops working at the server (a copy of it is useless) and the
 * phone forgets it; what she booked stays with the centre. Without a session there is nothing to end.
 */
export async function endSession(): Promise<void> {
  const stored = storedSession();
  if (stored) {
    const target = endpoint('post', '/api/auth/end-session');
    const response = await send(target.url, { method: target.method }, stored.token);
    // 401: the server had already ended it; only the phone's copy is left to forget.
    if (response.statusCode !== 204 && response.statusCode !== 401) {
      throw toApiError(response.statusCode, response.body);
    }
  }
  forgetSession();
}

let signingIn: Promise<string> | undefined;

/** Her token, signing in first when there is none; parallel callers share one sign-in. */
function sessionToken(): Promise<string> {
  const stored = storedSession();
  if (stored) {
    return Promise.resolve(stored.token);
  }
  if (!signingIn) {
    signingIn = signIn().finally(() => {
      signingIn = undefined;
    });
  }
  return signingIn;
}

/**
 * Three decimals is about 100 m: enough to sort centres by distance, and less precise than
 * where the person actually is. It is the only form in which a position leaves the phone.
 */
function coarse(degrees: number): string {
  return degrees.toFixed(3);
}

/** All 13 centres in the server's order, or nearest first (with distances) when given a GCJ-02 position. */
export function listCentres(position?: LatLng): Promise<CentreListDto> {
  const query = position ? { lat: Number(coarse(position.latitude)), lng: Number(coarse(position.longitude)) } : {};
  return publicCall(endpoint('get', '/api/centres', { query }));
}

export function getCentre(code: string): Promise<CentreDetailDto> {
  return publicCall(endpoint('get', '/api/centres/{code}', { path: { code } }));
}

/** Server paths such as `/api/centres/photos/<id>` need the API origin on weapp (H5 is same-origin). */
export function photoUrl(path: string | null): string | null {
  if (!path) {
    return null;
  }
  if (/^https?:\/\//.test(path)) {
    return path;
  }
  return `${apiBase()}${path}`;
}

// ---- Booking --------------------------------------------------------------------------------

export interface AvailabilityQuery {
  from: string;
  to: string;
  service?: BookableService;
}

/** Days (open, or closed with the reason) and slots with the places left, Asia/Shanghai dates. */
export function getAvailability(code: string, { from, to, service }: AvailabilityQuery): Promise<AvailabilityDto> {
  return publicCall(
    endpoint('get', '/api/centres/{code}/availability', { path: { code }, query: { from, to, service } }),
  );
}

/**
 * Books a slot. `idempotencyKey` belongs to this one attempt: send the same key again when
 * retrying after a network failure, so the server books at most once.
 */
export function createBooking(request: CreateBookingDto, idempotencyKey: string): Promise<BookingDto> {
  return herCall(endpoint('post', '/api/bookings'), { body: request, headers: { 'Idempotency-Key': idempotencyKey } });
}

export function listMyBookings(): Promise<BookingListDto> {
  return herCall(endpoint('get', '/api/bookings/mine'));
}

export function cancelBooking(id: string): Promise<BookingDto> {
  return herCall(endpoint('post', '/api/bookings/{id}/cancel', { path: { id } }));
}

/** Moves a booking to another slot; on the server it is all or nothing (she keeps the old one if the new is full). */
export function rescheduleBooking(id: string, slotId: string): Promise<BookingDto> {
  return herCall(endpoint('post', '/api/bookings/{id}/reschedule', { path: { id } }), { body: { slotId } });
}

// ---- Call me back ---------------------------------------------------------------------------

/** Asks to be called back; `idempotencyKey` belongs to this one request and is sent again on a retry. */
export function createCallback(request: CreateCallbackDto, idempotencyKey: string): Promise<CallbackDto> {
  return herCall(endpoint('post', '/api/callbacks'), { body: request, headers: { 'Idempotency-Key': idempotencyKey } });
}

export function listMyCallbacks(): Promise<CallbackListDto> {
  return herCall(endpoint('get', '/api/callbacks/mine'));
}

export function withdrawCallback(id: string): Promise<CallbackDto> {
  return herCall(endpoint('post', '/api/callbacks/{id}/withdraw', { path: { id } }));
}

// ---- Her data ------------------------------------------------------------------------------

/** Erases everything of hers at the centres (bookings cancelled, requests withdrawn, identity forgotten). */
export function eraseMyData(): Promise<ErasureSummaryDto> {
  return herCall(endpoint('delete', '/api/me'));
}

// ---- Waiting list ---------------------------------------------------------------------------

/** Waits for a place on a full day (409 PLACES_AVAILABLE when the day still has room: book instead). */
export function joinWaitlist(request: JoinWaitlistDto): Promise<WaitlistEntryDto> {
  return herCall(endpoint('post', '/api/waitlist'), { body: request });
}

export function listMyWaitlist(): Promise<WaitlistListDto> {
  return herCall(endpoint('get', '/api/waitlist/mine'));
}

/** Takes the place held for her: it becomes a pending booking (409 OFFER_EXPIRED when too late). */
export function acceptOffer(id: string): Promise<BookingDto> {
  return herCall(endpoint('post', '/api/waitlist/{id}/accept', { path: { id } }));
}

export function declineOffer(id: string): Promise<WaitlistEntryDto> {
  return herCall(endpoint('post', '/api/waitlist/{id}/decline', { path: { id } }));
}

export function leaveWaitlist(id: string): Promise<WaitlistEntryDto> {
  return herCall(endpoint('post', '/api/waitlist/{id}/withdraw', { path: { id } }));
}

// ---- With a short code alone ---------------------------------------------------------------
// A booking or call-back request found by the code she noted, from any session (browser data cleared, another
// phone). The server counts every look-up; a wrong code answers 404 like an unknown booking.

export function findBookingByCode(code: string): Promise<BookingDto> {
  return herCall(endpoint('get', '/api/bookings/by-code/{code}', { path: { code } }));
}

export function cancelBookingByCode(code: string): Promise<BookingDto> {
  return herCall(endpoint('post', '/api/bookings/by-code/{code}/cancel', { path: { code } }));
}

export function rescheduleBookingByCode(code: string, slotId: string): Promise<BookingDto> {
  return herCall(endpoint('post', '/api/bookings/by-code/{code}/reschedule', { path: { code } }), {
    body: { slotId },
  });
}

export function findCallbackByCode(code: string): Promise<CallbackDto> {
  return herCall(endpoint('get', '/api/callbacks/by-code/{code}', { path: { code } }));
}

export function withdrawCallbackByCode(code: string): Promise<CallbackDto> {
  return herCall(endpoint('post', '/api/callbacks/by-code/{code}/withdraw', { path: { code } }));
}
