import type { ApiPaths } from '@wac/shared-types';
import { buildQuery } from './url';

// The bridge from the generated client (api.generated.ts) to the contract: every call names an operation by the path
// template and method the server's OpenAPI document has (generated into ApiPaths). When the server renames a path,
// drops a method or changes a parameter, both are regenerated and every call that no longer matches stops compiling.

export type ApiPath = keyof ApiPaths;
export type ApiMethod<P extends ApiPath> = keyof ApiPaths[P] & ('get' | 'post' | 'put' | 'patch' | 'delete');
type Operation<P extends ApiPath, M extends ApiMethod<P>> = ApiPaths[P][M] extends {
  path: infer Path;
  query: infer Query;
  body: infer Body;
  response: infer Response;
}
  ? { path: Path; query: Query; body: Body; response: Response }
  : never;

/** What an operation's answer is, as the contract says. */
export type ResponseOf<P extends ApiPath, M extends ApiMethod<P>> = Operation<P, M>['response'];
/** What an operation's JSON body is. */
export type BodyOf<P extends ApiPath, M extends ApiMethod<P>> = Operation<P, M>['body'];
/** An operation's path parameters, by name. */
export type PathOf<P extends ApiPath, M extends ApiMethod<P>> = Operation<P, M>['path'];
/** An operation's query parameters. */
export type QueryOf<P extends ApiPath, M extends ApiMethod<P>> = Operation<P, M>['query'];

type Parameters<P extends ApiPath, M extends ApiMethod<P>> = (Operation<P, M>['path'] extends Record<string, never>
  ? { path?: undefined }
  : { path: Operation<P, M>['path'] }) &
  (Operation<P, M>['query'] extends Record<string, never>
    ? { query?: undefined }
    : { query?: Operation<P, M>['query'] });

export interface Endpoint<P extends ApiPath, M extends ApiMethod<P>> {
  method: Uppercase<M>;
  url: string;
  /** Carries the answer's type to the caller; never set at run time. */
  readonly response?: ResponseOf<P, M>;
}

/**
 * The method and URL of one operation of the contract, its path parameters filled in (encoded) and its defined
 * query parameters appended, e.g. `endpoint('post', '/api/bookings/{id}/cancel', { path: { id } })`.
 */
export function endpoint<P extends ApiPath, M extends ApiMethod<P>>(
  method: M,
  template: P,
  ...[parameters]: Operation<P, M>['path'] extends Record<string, never> ? [Parameters<P, M>?] : [Parameters<P, M>]
): Endpoint<P, M> {
  const path = (parameters?.path ?? {}) as Record<string, string | number>;
  const url = String(template).replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = path[name];
    if (value === undefined) {
      throw new Error(`endpoint ${String(template)}: no value for {${name}}`);
    }
    return encodeURIComponent(String(value));
  });
  const query = Object.entries((parameters?.query ?? {}) as Record<string, unknown>).filter(
    // An "all" filter is simply left out: undefined, null and '' never reach the URL.
    (entry): entry is [string, string | number | boolean] =>
      entry[1] !== undefined && entry[1] !== null && entry[1] !== '',
  );
  return {
    method: method.toUpperCase() as Uppercase<M>,
    url: url + buildQuery(Object.fromEntries(query.map(([key, value]) => [key, String(value)]))),
  };
}
