// A stand-in for the server in page tests: routes `Taro.request` calls by method and path, and
// records them, so tests read like "the server answers X; she taps Y; the app sent Z".
import taroMock, { httpResponse, type MockRequestOption, type MockRequestResult } from './taro-mock';

export type Answer = MockRequestResult | 'network-error';
export type Handler = (
  request: MockRequestOption & { path: string; query: URLSearchParams },
) => Answer | Promise<Answer>;

interface Route {
  method: string;
  path: string;
  handler: Handler;
}

export interface FakeApi {
  /** Adds (or replaces) the answer for `METHOD /path` (the path without its query). */
  on(route: string, answer: Answer | Handler): FakeApi;
  /** Every request made, oldest first. */
  calls(route?: string): (MockRequestOption & { path: string; query: URLSearchParams })[];
}

/** Installs a fake server on Taro.request; unknown routes answer 404 so a missing stub is visible. */
export function fakeApi(): FakeApi {
  const routes: Route[] = [];
  const log: (MockRequestOption & { path: string; query: URLSearchParams })[] = [];

  taroMock.request.mockImplementation(async (option) => {
    const [path = '', search = ''] = option.url.split('?');
    const request = { ...option, path, query: new URLSearchParams(search) };
    log.push(request);
    const method = option.method ?? 'GET';
    const route = [...routes].reverse().find((candidate) => candidate.method === method && candidate.path === path);
    if (!route) {
      return httpResponse(404, { statusCode: 404, code: 'NOT_FOUND', message: `no fake route ${method} ${path}` });
    }
    const answer = await route.handler(request);
    if (answer === 'network-error') {
      // What Taro.request rejects with when no answer arrives.
      throw Object.assign(new Error('request:fail'), { errMsg: 'request:fail' });
    }
    return answer;
  });

  const api: FakeApi = {
    on(route, answer) {
      const [method = '', path = ''] = route.split(' ');
      routes.push({ method, path, handler: typeof answer === 'function' ? answer : () => answer });
      return api;
    },
    calls(route) {
      if (!route) {
        return log;
      }
      const [method = '', path = ''] = route.split(' ');
      return log.filter((request) => (request.method ?? 'GET') === method && request.path === path);
    },
  };
  // Every woman's call first gets a guest session (the H5 login puzzle switched off, as GUEST_POW_BITS=0 does).
  api.on(
    'GET /api/auth/guest/challenge',
    httpResponse(200, { challenge: '', bits: 0, expiresAt: '2099-01-01T00:00:00.000Z' }),
  );
  api.on(
    'POST /api/auth/guest',
    httpResponse(200, { token: 'guest-token', role: 'woman', expiresAt: '2099-01-01T00:00:00.000Z', centreCode: null }),
  );
  return api;
}

export function errorAnswer(
  statusCode: number,
  code: string,
  fields: { field: string; reason: string }[] = [],
): MockRequestResult {
  return httpResponse(statusCode, { statusCode, code, message: code, ...(fields.length > 0 ? { fields } : {}) });
}

export { httpResponse };
