import compression from 'compression';
import type { RequestHandler } from 'express';

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
