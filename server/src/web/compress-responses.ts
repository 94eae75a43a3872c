import compression from 'compression';
import type { RequestHandler } from 'express';
import Negotiator from 'negotiator';
import type { IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** Below about one network packet, compressing an answer saves no round trip and only costs CPU. */
export const COMPRESSION_THRESHOLD_BYTES = 1400;
/** Fast enough to compress each answer as it is sent, and still well ahead of gzip in size. */
export const BROTLI_QUALITY = 4;

/**
 * Compresses the API's larger answers (brotli or gzip, as the client accepts), e.g. the centre list. Never a stream
 * of server-sent events: each event must reach the phone when it is written, not when a compressor's buffer fills.
 */
export function compressApiResponses(): RequestHandler {
  return compression({
    threshold: COMPRESSION_THRESHOLD_BYTES,
    brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
    filter: (request, response) =>
      !String(response.getHeader('Content-Type') ?? '').startsWith('text/event-stream') &&
      compression.filter(request, response),
  });
}

export type Encoding = 'br' | 'gzip' | 'deflate' | 'identity';

/** What the framework's compression offers, in the order it prefers them. */
const ENCODINGS = ['br', 'gzip', 'deflate', 'identity'];
const PREFERRED_ENCODINGS = ['br', 'gzip'];

/** negotiator 0.6.4 takes the server's preference order as a second argument, which its types leave out. */
interface PreferringNegotiator {
  encoding(available: readonly string[], preferred: readonly string[]): string | undefined;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const deflate = promisify(zlib.deflate);

/** For answers made before the framework (the edges): the encoding its compression would choose (brotli first). */
export function chooseEncoding(request: IncomingMessage): Encoding {
  if (!request.headers['accept-encoding']) {
    return 'identity';
  }
  const negotiator = new Negotiator(request) as unknown as PreferringNegotiator;
  const chosen = negotiator.encoding(ENCODINGS, PREFERRED_ENCODINGS);
  return chosen === 'br' || chosen === 'gzip' || chosen === 'deflate' ? chosen : 'identity';
}

/** The body compressed as the framework's compression would, off the main thread (libuv's pool) as it is. */
export function compressBody(json: Buffer, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } })
    : encoding === 'gzip'
      ? gzip(json)
      : deflate(json);
}
