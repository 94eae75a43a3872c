import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The inline scripts of the H5 build's index.html (Taro's few lines that size the root font, and the loader that
 * runs the app's scripts once the static frame has painted), as CSP hashes: the policy allows exactly those and no
 * other inline script.
 */
export function inlineScriptHashes(staticDir: string): string[] {
  const index = join(staticDir, 'index.html');
  if (!existsSync(index)) {
    return [];
  }
  const scripts = [...readFileSync(index, 'utf8').matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)];
  return scripts
    .map((match) => match[1] ?? '')
    .filter((body) => body.trim() !== '')
    .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
}

/** What the browser may do for these pages: nothing from elsewhere, no framing, no sending the address on. */
const PERMISSIONS_POLICY = [
  'geolocation=(self)',
  'camera=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'interest-cohort=()',
].join(', ');

/** What pages and API answers are given alike. */
const BOTH_KINDS = {
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'no-referrer' },
  strictTransportSecurity: false, // set by the TLS terminator (nginx / Cloud Hosting), which knows it serves HTTPS
  xFrameOptions: { action: 'deny' },
} as const;

/**
 * Security headers for everything the server answers (Helmet). Pages (the H5 app, the admin console, the API's own
 * documentation page): a Content-Security-Policy (scripts only from this server; styles inline too, as Taro sets
 * them), `frame-ancestors 'none'`, nosniff, `Referrer-Policy: no-referrer` (the quick exit must not tell the next site
 * where she came from) and a Permissions-Policy. API answers: the set OWASP's REST Security Cheat Sheet gives an API,
 * `Cache-Control: no-store`, nosniff, a policy that lets an answer opened as a page load nothing and be framed by
 * nobody (`default-src 'none'; frame-ancestors 'none'`, and `X-Frame-Options: DENY`), `Cross-Origin-Resource-Policy`
 * and `Referrer-Policy`; not the headers only a page obeys (Permissions-Policy, Cross-Origin-Opener-Policy,
 * Origin-Agent-Cluster, the old IE and Flash ones): ~0.45 KB less on every answer. Handlers serving public data
 * may say otherwise about caching.
 */
export function securityHeaders(staticDir: string): RequestHandler {
  const pageHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...inlineScriptHashes(staticDir)],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    ...BOTH_KINDS,
  });
  const apiHeaders = helmet({
    ...BOTH_KINDS,
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  });
  return (request: Request, response: Response, next: NextFunction) => {
    if (isApiAnswer(request.path)) {
      response.setHeader('Cache-Control', 'no-store');
      apiHeaders(request, response, next);
      return;
    }
    response.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    pageHeaders(request, response, next);
  };
}

/** Everything under /api/ but the documentation page and its files (Swagger UI, a page like the others). */
const isApiAnswer = (path: string) =>
  path.startsWith('/api/') && path !== '/api/docs' && !path.startsWith('/api/docs/');

/**
 * The headers `securityHeaders` gives every API answer, worked out once by running the same handler on a recording
 * answer: for paths that answer without the framework (the hot reads, bookings), and agree with it by construction.
 */
export function apiAnswerHeaders(handler: RequestHandler): Map<string, string> {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader(name: string, value: number | string | readonly string[]) {
      headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
      return recorder;
    },
    removeHeader(name: string) {
      headers.delete(name);
    },
  };
  const request = { method: 'GET', path: '/api/', url: '/api/', headers: {} };
  void handler(request as unknown as Request, recorder as unknown as Response, () => undefined);
  return headers;
}
