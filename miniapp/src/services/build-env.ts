// Values fixed at build time by config/index.ts. They are read inside functions (not at import)
// so unit tests can set process.env per test.
//
// Platform branches are written inline as `process.env.TARO_ENV === 'weapp'` where they are
// needed: the build replaces the constant, and the minifier then drops the other platform's code.

/** The API origin; '' means the page's own origin (the H5 build is served by the API server). */
export function apiBase(): string {
  return process.env.TARO_APP_API_BASE ?? '';
}

/** The ordinary page the H5 quick exit opens; about:blank only if the build forgot to set one. */
export function quickExitUrl(): string {
  return process.env.TARO_APP_QUICK_EXIT_URL || 'about:blank';
}

/** WeChat subscribe-message template ids (comma-separated at build time); empty: do not ask. */
export function subscribeTemplateIds(): string[] {
  return (process.env.TARO_APP_SUBSCRIBE_TEMPLATE_IDS ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
}
