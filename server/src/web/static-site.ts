import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { NOT_FOUND_PAGE } from './not-found-page.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** webpack's `[contenthash:8]` names: a new build gets new names, so these never change and are kept a year. */
const HASHED_NAME = /\.[0-9a-f]{8}\.[a-z0-9]+$/;

/** The encodings made at build time (miniapp/config/h5-assets.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

interface Variant {
  body: Buffer;
  etag: string;
}

interface StaticFile {
  path: string;
  /** Size and modification time when read: a new build changes them. */
  stamp: string | undefined;
  contentType: string;
  cacheControl: string;
  /** Only the variants the build made: identity always, br and gzip for text files. */
  variants: Partial<Record<'identity' | 'br' | 'gzip', Variant>>;
}

/**
 * Serves the H5 build at `/`, as a phone on a slow network needs it: brotli or gzip made at build time when the
 * browser accepts them (`Vary: Accept-Encoding`), hashed files cached for a year as immutable, `index.html` always
 * revalidated (`no-cache`, with an ETag, so a new build is picked up at once), and a 304 for a file she already has.
 * Files are read once and kept in memory (the whole build is a few MB). An address outside `/api` that is not in
 * the build gets the app's own Chinese "页面不存在" page (404); `/api` keeps its JSON errors.
 */
export function serveStaticSite(app: NestExpressApplication, root: string): void {
  if (!existsSync(join(root, 'index.html'))) {
    return;
  }
  const base = resolve(root);
  const files = new Map<string, StaticFile>();
  // One stat per request notices a new build (the same path with other bytes) without a restart.
  const find = (path: string): StaticFile | null => {
    const cached = files.get(path);
    if (cached && cached.stamp === stampOf(cached.path)) {
      return cached;
    }
    files.delete(path);
    const file = load(base, path);
    if (file) {
      files.set(path, file);
    }
    return file;
  };

  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isApiPath(request.path)) {
      next();
      return;
    }
    const file = find(request.path === '/' ? '/index.html' : request.path);
    if (!file) {
      sendNotFoundPage(request, response);
      return;
    }
    const encoding = chooseEncoding(request.header('accept-encoding') ?? '', file);
    const variant = file.variants[encoding];
    if (!variant) {
      next();
      return;
    }
    if (!isDocument(file.contentType)) {
      DOCUMENT_ONLY_HEADERS.forEach((header) => response.removeHeader(header));
    }
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Cache-Control', file.cacheControl);
    response.setHeader('ETag', variant.etag);
    if (file.variants.br || file.variants.gzip) {
      response.setHeader('Vary', 'Accept-Encoding');
    }
    if (encoding !== 'identity') {
      response.setHeader('Content-Encoding', encoding);
    }
    if (ifNoneMatch(request.header('if-none-match'), variant.etag)) {
      response.status(304).end();
      return;
    }
    response.setHeader('Content-Length', variant.body.length);
    response.status(200).end(request.method === 'HEAD' ? undefined : variant.body);
  });
}

/**
 * Headers only a document obeys (security-headers.ts sets them on every answer). A script, style sheet, image or
 * font does without them: about 0.6 KB less on each of the files a first visit loads on a slow network. It keeps
 * `X-Content-Type-Options: nosniff`, `Cross-Origin-Resource-Policy` and `Referrer-Policy`, which apply to it.
 */
const DOCUMENT_ONLY_HEADERS = [
  'Content-Security-Policy',
  'Cross-Origin-Opener-Policy',
  'Origin-Agent-Cluster',
  'Permissions-Policy',
  'X-DNS-Prefetch-Control',
  'X-Download-Options',
  'X-Frame-Options',
  'X-Permitted-Cross-Domain-Policies',
  'X-XSS-Protection',
];

/** HTML, and SVG (an image that can carry scripts when opened by itself), keep every header. */
function isDocument(contentType: string): boolean {
  return contentType.startsWith('text/html') || contentType.startsWith('image/svg+xml');
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

function sendNotFoundPage(request: Request, response: Response): void {
  const body = Buffer.from(NOT_FOUND_PAGE);
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Cache-Control', 'no-cache');
  response.setHeader('Content-Length', body.length);
  response.status(404).end(request.method === 'HEAD' ? undefined : body);
}

function load(base: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const path = resolve(base, `.${decoded}`);
  const name = path.slice(path.lastIndexOf(sep) + 1);
  // Nothing outside the build, no dot-files, and never the precompressed copies by their own names.
  const stamp = stampOf(path);
  if (!path.startsWith(base + sep) || name.startsWith('.') || /\.(br|gz)$/.test(name) || stamp === undefined) {
    return null;
  }
  const contentType = CONTENT_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
  const variants: StaticFile['variants'] = { identity: variant(readFileSync(path), 'identity') };
  for (const { name: encoding, suffix } of ENCODINGS) {
    if (stampOf(path + suffix) !== undefined) {
      variants[encoding] = variant(readFileSync(path + suffix), encoding);
    }
  }
  return { path, stamp, contentType, cacheControl: cacheControlFor(name), variants };
}

function cacheControlFor(name: string): string {
  if (HASHED_NAME.test(name)) {
    return 'public, max-age=31536000, immutable';
  }
  // index.html names the current build's files: always ask whether it changed (a 304 costs a few bytes).
  return name.endsWith('.html') ? 'no-cache' : 'public, max-age=86400';
}

function variant(body: Buffer, encoding: string): Variant {
  const hash = body.length.toString(36) + '-' + fnv1a(body).toString(36);
  return { body, etag: `"${hash}-${encoding}"` };
}

/** A quick 32-bit hash: an ETag only has to change when the bytes do. */
function fnv1a(bytes: Buffer): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return hash;
}

function stampOf(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? `${stat.size}-${stat.mtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

/** The best encoding the browser accepts (`q=0` refuses one) among those the build made; identity otherwise. */
export function chooseEncoding(acceptEncoding: string, file: Pick<StaticFile, 'variants'>): 'identity' | 'br' | 'gzip' {
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [coding, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
    if (coding) {
      accepted.set(coding.trim(), q === undefined ? 1 : Number(q));
    }
  }
  const quality = (coding: string) => accepted.get(coding) ?? accepted.get('*') ?? 0;
  const best = ENCODINGS.filter(({ name }) => file.variants[name] && quality(name) > 0).sort(
    (a, b) => quality(b.name) - quality(a.name),
  )[0];
  return best?.name ?? 'identity';
}

function ifNoneMatch(header: string | undefined, etag: string): boolean {
  return header !== undefined && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
