import compression from 'compression';
import type { RequestHandler } from 'express';

/** Below about one network packet, compressing an answer saves no round trip and only costs CPU. */
const THRESHOLD_BYTES = 1400;

/**
 * Compresses the API's larger answers (brotli or gzip, as the client accepts), e.g. the centre list. Never a stream
 * of server-sent events: each event must reach the phone when it is written, not when a compressor's buffer fills.
 */
export function compressApiResponses(): RequestHandler {
  return compression({
    threshold: THRESHOLD_BYTES,
    filter: (request, response) =>
      !String(response.getHeader('Content-Type') ?? '').startsWith('text/event-stream') &&
      compression.filter(request, response),
  });
}
