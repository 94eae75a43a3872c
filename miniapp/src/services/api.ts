import Taro from '@tarojs/taro'
import type { CentreDetailDto, CentreListDto, ErrorCode, ErrorResponseDto, FieldErrorDto } from '@wac/shared-types'
import { apiBase } from './build-env'
import type { LatLng } from './coords'
import { buildQuery } from './url'

// The one client for the server API. It never logs: URLs can carry a position, and positions
// are personal data.

const REQUEST_TIMEOUT_MS = 15_000

/**
 * Errors this client reports itself: NETWORK when no response arrived (offline, timed out,
 * unreachable); UNEXPECTED_RESPONSE when the answer is not the JSON the contract promises
 * (e.g. a proxy's HTML error page).
 */
export type ClientErrorCode = 'NETWORK' | 'UNEXPECTED_RESPONSE'

export interface ApiErrorInit {
  statusCode: number
  code: ErrorCode | ClientErrorCode
  message: string
  fields?: FieldErrorDto[]
}

export class ApiError extends Error {
  /** The HTTP status, or 0 when no response arrived. */
  readonly statusCode: number
  readonly code: ErrorCode | ClientErrorCode
  /** Which inputs the server refused, and why (validation errors only). */
  readonly fields: FieldErrorDto[]

  constructor({ statusCode, code, message, fields = [] }: ApiErrorInit) {
    super(message)
    this.name = 'ApiError'
    this.statusCode = statusCode
    this.code = code
    this.fields = fields
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function isErrorResponse(body: unknown): body is ErrorResponseDto {
  return isRecord(body) && typeof body.code === 'string' && typeof body.message === 'string'
}

function toApiError(statusCode: number, body: unknown): ApiError {
  if (isErrorResponse(body)) {
    return new ApiError({ statusCode, code: body.code, message: body.message, fields: body.fields })
  }
  return new ApiError({ statusCode, code: 'UNEXPECTED_RESPONSE', message: `Unexpected response (HTTP ${statusCode})` })
}

async function getJson<T>(path: string): Promise<T> {
  let statusCode: number
  let body: unknown
  try {
    const response = await Taro.request({
      url: `${apiBase()}${path}`,
      method: 'GET',
      header: { Accept: 'application/json' },
      dataType: 'json',
      timeout: REQUEST_TIMEOUT_MS,
    })
    statusCode = response.statusCode
    body = response.data
  } catch {
    throw new ApiError({ statusCode: 0, code: 'NETWORK', message: 'The server could not be reached' })
  }

  if (statusCode < 200 || statusCode >= 300) {
    throw toApiError(statusCode, body)
  }
  if (!isRecord(body)) {
    throw toApiError(statusCode, undefined)
  }
  // The shape is the server's contract (shared-types); only its presence is checked here.
  return body as T
}

/**
 * Three decimals is about 100 m: enough to sort centres by distance, and less precise than
 * where the person actually is. It is the only form in which a position leaves the phone.
 */
function coarse(degrees: number): string {
  return degrees.toFixed(3)
}

/** All 13 centres in the server's order, or nearest first (with distances) when given a GCJ-02 position. */
export function listCentres(position?: LatLng): Promise<CentreListDto> {
  const query = position ? buildQuery({ lat: coarse(position.latitude), lng: coarse(position.longitude) }) : ''
  return getJson<CentreListDto>(`/api/centres${query}`)
}

export function getCentre(code: string): Promise<CentreDetailDto> {
  return getJson<CentreDetailDto>(`/api/centres/${encodeURIComponent(code)}`)
}

/** Server paths such as `/api/centres/photos/<id>` need the API origin on weapp (H5 is same-origin). */
export function photoUrl(path: string | null): string | null {
  if (!path) {
    return null
  }
  if (/^https?:\/\//.test(path)) {
    return path
  }
  return `${apiBase()}${path}`
}
