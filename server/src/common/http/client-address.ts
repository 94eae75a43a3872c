import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/**
 * The address a request came from, as Express gives it under the TRUST_PROXY setting (the proxy in front may name
 * the real client in X-Forwarded-For; nobody else can). Used to count, never stored as it is.
 */
export const ClientAddress = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string => context.switchToHttp().getRequest<Request>().ip ?? 'unknown',
);
