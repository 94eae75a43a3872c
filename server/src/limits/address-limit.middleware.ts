import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { setRetryAfter } from '../common/errors/exception.filter.js';
import { TokenService } from '../identity/token.service.js';
import { RateLimited, RateLimits } from './rate-limits.service.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Requests whose address the hot-read edge has already counted before handing them on (to answer an error the
 * framework's way): they are not counted twice.
 */
export const countedAtEdge = new WeakSet<IncomingMessage>();

/**
 * The first line against floods, before any work: every API request without a WeChat or staff identity counts
 * against its address (a generous limit: many women share a carrier's address), and an H5 guest session's writes
 * count against the session itself. WeChat-identified women and staff are known people and are never slowed here.
 */
@Injectable()
export class AddressLimitMiddleware implements NestMiddleware {
  constructor(
    private readonly limits: RateLimits,
    private readonly tokens: TokenService,
  ) {}

  use(request: Request, response: Response, next: NextFunction): void {
    void this.check(request)
      .then(() => next())
      .catch((error: unknown) => {
        if (!(error instanceof RateLimited)) {
          next(error);
          return;
        }
        setRetryAfter(response, error);
        response.status(429).json({ statusCode: 429, code: error.code, message: error.message });
      });
  }

  private async check(request: Request): Promise<void> {
    if (!countedAtEdge.has(request)) {
      await countAgainstLimits(this.limits, this.tokens, request, request.ip ?? 'unknown');
    }
  }
}

/**
 * Counts a request against its address and, for an H5 guest session's writes, against the session (a RateLimited
 * error when either is spent); WeChat-identified women and staff are not counted.
 */
export async function countAgainstLimits(
  limits: RateLimits,
  tokens: TokenService,
  request: IncomingMessage,
  address: string,
): Promise<void> {
  const token = /^Bearer ([\w.-]+)$/.exec(request.headers.authorization ?? '')?.[1];
  const claims = token ? tokens.verify(token) : undefined;
  if (claims?.typ === 'staff' || (claims?.typ === 'woman' && claims.via === 'wechat')) {
    return;
  }
  await limits.consume('address', address);
  if (claims?.typ === 'woman' && !READS.has(request.method ?? '')) {
    await limits.consume('person', claims.sub);
  }
}
