import Taro from '@tarojs/taro';
import type {
  AuthTokenDto,
  CentreListDto,
  ErrorCode,
  ErrorResponseDto,
  FieldErrorDto,
  GuestLoginDto,
} from '@wac/shared-types';
import { apiBase } from './build-env';
import {
  endSession as endServerSession,
  getGuestChallenge,
  listCentres,
  loginAsGuest,
  loginWithWechat,
} from './api.generated';
import type { ApiMethod, ApiPath, Endpoint, ResponseOf } from './endpoint';
import type { ApiTransport, SendOptions } from './transport';
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
  if (statusCode === 204) {
    // The contract says "no content" (void) for these.
    return undefined as T;
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

/** Headers the generated client passes, without the ones left out. */
function definedHeaders(headers: SendOptions['headers'] = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/**
 * A transport for the generated client (api.generated.ts) with a given Bearer token, or none: the staff pages and
 * the admin console keep their own logins (services/staff-api.ts, admin-api.ts).
 */
export function tokenTransport(token: () => string | undefined): ApiTransport {
  return {
    async send<P extends ApiPath, M extends ApiMethod<P>>(target: Endpoint<P, M>, options: SendOptions = {}) {
      const { body, headers } = options;
      return parse<ResponseOf<P, M>>(
        await send(target.url, { method: target.method, body, headers: definedHeaders(headers) }, token()),
      );
    },
  };
}

/** The operations anyone may call without a session: the centres, a centre's days. */
export const noSession = tokenTransport(() => undefined);

/** Her session: signed in first when the phone has none, and once more when the server has ended it (401). */
export const her: ApiTransport = {
  send: <P extends ApiPath, M extends ApiMethod<P>>(target: Endpoint<P, M>, options: SendOptions = {}) =>
    call<ResponseOf<P, M>>(target.url, {
      method: target.method,
      auth: true,
      body: options.body,
      headers: definedHeaders(options.headers),
    }),
};

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
    session = await loginWithWechat(noSession, { code });
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
  const puzzle = await getGuestChallenge(noSession);
  const body: GuestLoginDto =
    puzzle.bits > 0 ? { challenge: puzzle.challenge, nonce: await solvePuzzle(puzzle.challenge, puzzle.bits) } : {};
  return loginAsGuest(noSession, body);
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
    try {
      await endServerSession(tokenTransport(() => stored.token));
    } catch (error) {
      // 401: the server had already ended it; only the phone's copy is left to forget.
      if (!(error instanceof ApiError && error.statusCode === 401)) {
        throw error;
      }
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
export function listCentresNear(position?: LatLng): Promise<CentreListDto> {
  return listCentres(
    noSession,
    position && { lat: Number(coarse(position.latitude)), lng: Number(coarse(position.longitude)) },
  );
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
