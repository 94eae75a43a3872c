import { BOOKABLE_SERVICES, isIsoDate, type BookableService } from '@wac/rules';
import type { AvailabilityQueryDto } from '../availability/dto/availability.dto.js';
import { NEAREST_PAGE_MAX, type CentreListQueryDto } from '../centres/dto/centre-query.dto.js';

/** The two reads a woman's phone makes most, in the shape the services take once validated. */
export type HotRead =
  | { kind: 'centres'; query: CentreListQueryDto }
  | { kind: 'availability'; code: string; query: AvailabilityQueryDto };

/** The route templates, as the metrics label the same requests when the framework answers them. */
export const HOT_READ_ROUTES: Record<HotRead['kind'], string> = {
  centres: '/api/centres',
  availability: '/api/centres/:code/availability',
};

const AVAILABILITY_PATH = /^\/api\/centres\/([A-Za-z0-9-]{1,32})\/availability$/;
const DEGREES = /^-?\d{1,3}(?:\.\d{1,12})?$/;
const PAGE_SIZE = /^[1-9]\d?$/;
/** As the DTO's `after` pattern. */
const CURSOR = /^\d{1,9}_[A-Za-z0-9-]{1,32}$/;

/**
 * The request as a hot read, or undefined. Only plain, valid requests qualify, each a subset of what the controllers'
 * DTOs accept with the same meaning; anything else (a missing or repeated parameter, an unusual number format, an
 * unknown key) is left to the framework, whose validation answers it, with a 400 naming the field where it is wrong.
 */
export function parseHotRead(method: string | undefined, url: string | undefined): HotRead | undefined {
  if (method !== 'GET' || !url) {
    return undefined;
  }
  const mark = url.indexOf('?');
  const path = mark < 0 ? url : url.slice(0, mark);
  const params = singleValues(mark < 0 ? '' : url.slice(mark + 1));
  if (!params) {
    return undefined;
  }
  if (path === HOT_READ_ROUTES.centres) {
    const query = centreListQuery(params);
    return query && { kind: 'centres', query };
  }
  const code = AVAILABILITY_PATH.exec(path)?.[1];
  const query = code ? availabilityQuery(params) : undefined;
  return code && query ? { kind: 'availability', code, query } : undefined;
}

/** Each parameter once; undefined when one repeats or the query cannot be decoded. */
function singleValues(search: string): Map<string, string> | undefined {
  const values = new Map<string, string>();
  let params;
  try {
    params = new URLSearchParams(search);
  } catch {
    return undefined;
  }
  for (const [key, value] of params) {
    if (values.has(key)) {
      return undefined;
    }
    values.set(key, value);
  }
  return values;
}

function onlyKeys(params: Map<string, string>, allowed: readonly string[]): boolean {
  return [...params.keys()].every((key) => allowed.includes(key));
}

function degrees(value: string | undefined, limit: number): number | undefined {
  if (value === undefined || !DEGREES.test(value)) {
    return undefined;
  }
  const number = Number(value);
  return Math.abs(number) <= limit ? number : undefined;
}

function centreListQuery(params: Map<string, string>): CentreListQueryDto | undefined {
  if (!onlyKeys(params, ['lat', 'lng', 'limit', 'after'])) {
    return undefined;
  }
  if (params.size === 0) {
    return {};
  }
  const lat = degrees(params.get('lat'), 90);
  const lng = degrees(params.get('lng'), 180);
  if (lat === undefined || lng === undefined) {
    return undefined;
  }
  const query: CentreListQueryDto = { lat, lng };
  const limit = params.get('limit');
  if (limit !== undefined) {
    if (!PAGE_SIZE.test(limit) || Number(limit) > NEAREST_PAGE_MAX) {
      return undefined;
    }
    query.limit = Number(limit);
  }
  const after = params.get('after');
  if (after !== undefined) {
    if (!CURSOR.test(after)) {
      return undefined;
    }
    query.after = after;
  }
  return query;
}

function availabilityQuery(params: Map<string, string>): AvailabilityQueryDto | undefined {
  const from = params.get('from');
  const to = params.get('to');
  const service = params.get('service');
  if (!onlyKeys(params, ['from', 'to', 'service']) || !from || !to || !isIsoDate(from) || !isIsoDate(to)) {
    return undefined;
  }
  if (service === undefined) {
    return { from, to };
  }
  return isBookableService(service) ? { from, to, service } : undefined;
}

function isBookableService(value: string): value is BookableService {
  return (BOOKABLE_SERVICES as readonly string[]).includes(value);
}
