import type { Request } from 'express';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The HTTP method as a label; anything unusual is one value, so a scanner cannot add series. */
export function methodLabel(method: string): string {
  return METHODS.has(method) ? method : 'OTHER';
}

/**
 * The route a request matched, as its template (`/api/bookings/:id/cancel`), never the path itself: paths hold ids
 * and codes, which would make a series per booking and show who booked what. Requests no route matched are one of
 * two labels: what the static files answered, and everything else (404s, probes).
 */
export function routeLabel(request: Pick<Request, 'baseUrl'> & { route?: { path?: unknown } }, status: number): string {
  const template = request.route?.path;
  if (typeof template === 'string') {
    return `${request.baseUrl}${template}`;
  }
  return status < 400 ? '(static files)' : '(no route)';
}
