/**
 * Where the mini-program sends its API calls, decided at build time. The H5 build is served by the API server itself:
 * '' (same origin) needs no CORS. The weapp has no origin and needs an absolute URL: a release build (production
 * mode) must name the real https:// domain, which WeChat requires (request合法域名); development and test builds
 * use a local server. A production-mode build is a release unless it says otherwise (WEAPP_LOCAL_BUILD=true), so a
 * weapp pointing at http://127.0.0.1 is never uploaded by mistake.
 */
export function resolveApiBase(
  platform: string | undefined,
  env: { NODE_ENV?: string; TARO_APP_API_BASE?: string; WEAPP_LOCAL_BUILD?: string },
): string {
  const configured = env.TARO_APP_API_BASE;
  if (platform !== 'weapp') {
    return configured ?? '';
  }
  const release = env.NODE_ENV === 'production' && env.WEAPP_LOCAL_BUILD !== 'true';
  if (!release) {
    return configured ?? 'http://127.0.0.1:3000';
  }
  if (configured === undefined || !/^https:\/\/[^/\s]+/.test(configured)) {
    throw new Error(
      `A release build of the weapp needs TARO_APP_API_BASE=https://<the API's domain> (got ${configured === undefined ? 'nothing' : `"${configured}"`}). ` +
        'WeChat only calls https domains listed under 开发管理 → 服务器域名 → request合法域名. ' +
        'For a local build against http://127.0.0.1:3000, set WEAPP_LOCAL_BUILD=true.',
    );
  }
  return configured.replace(/\/+$/, '');
}
