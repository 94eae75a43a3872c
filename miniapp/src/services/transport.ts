import type { ApiMethod, ApiPath, Endpoint, ResponseOf } from './endpoint';

/** What goes with a request besides its URL: the JSON body and declared headers (e.g. Idempotency-Key). */
export interface SendOptions {
  body?: unknown;
  headers?: Record<string, string | undefined>;
}

/**
 * How the generated client (api.generated.ts) reaches the server: one per kind of caller (her session, a staff or
 * admin login, or no session). It sends one operation and answers what the contract says it answers, or throws an
 * ApiError.
 */
export interface ApiTransport {
  send<P extends ApiPath, M extends ApiMethod<P>>(
    target: Endpoint<P, M>,
    options?: SendOptions,
  ): Promise<ResponseOf<P, M>>;
}
