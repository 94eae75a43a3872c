import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ServerResponse } from 'node:http';
import { isDatabaseUnavailable } from '../../database/database-errors.js';
import { MAX_JSON_DEPTH } from '../http/json-body.js';
import { DomainError } from './domain-error.js';
import { ERROR_STATUS, type ErrorCode } from './error-codes.js';
import type { ErrorResponseDto } from './error-response.dto.js';

const CODE_FOR_HTTP_STATUS: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: 'BAD_REQUEST',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHORIZED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'SERVICE_UNAVAILABLE',
};

/** What an error answer needs to know of its request (for the 404 message and the log line). */
export interface FailedRequest {
  method: string;
  path: string;
  requestId: string;
}

const logger = new Logger('ApiExceptionFilter');

/**
 * The one place where failures become HTTP answers `{ statusCode, code, message, fields? }`. Never a stack trace;
 * unexpected errors are logged with the request id (and nothing from the request body) and answered as 500.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const body = errorResponseBody(exception, {
      method: request.method,
      path: request.path,
      requestId: String(request.res?.locals.requestId ?? ''),
    });
    setRetryAfter(response, exception);
    response.status(body.statusCode).json(body);
  }
}

/** A 429 or 503 the client may retry says when (Retry-After): for the filter and for the edges. */
export function setRetryAfter(response: ServerResponse, exception: unknown): void {
  if (exception instanceof DomainError && exception.retryAfterSeconds !== undefined) {
    response.setHeader('Retry-After', String(exception.retryAfterSeconds));
  }
}

/** The answer to a failure, for the filter and for the paths that answer before the framework (the edges). */
export function errorResponseBody(exception: unknown, request: FailedRequest): ErrorResponseDto {
  if (exception instanceof DomainError) {
    const body: ErrorResponseDto = {
      statusCode: ERROR_STATUS[exception.code],
      code: exception.code,
      message: exception.message,
    };
    return exception.fields ? { ...body, fields: exception.fields } : body;
  }
  if (exception instanceof HttpException) {
    // Nest wraps the body parser's errors; their `type` says which field-level answer to give.
    const fromBodyParser = asHttpClientError(exception.cause);
    if (fromBodyParser) {
      return fromBodyParser;
    }
    const statusCode = exception.getStatus();
    const code = CODE_FOR_HTTP_STATUS[statusCode] ?? (statusCode >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
    const message = statusCode === 404 ? `No such endpoint: ${request.method} ${request.path}` : exception.message;
    return { statusCode, code, message };
  }
  const clientError = asHttpClientError(exception);
  if (clientError) {
    return clientError;
  }
  if (isDatabaseUnavailable(exception)) {
    // A database node died or is rejoining: the load balancer moves new connections on; this request may be retried.
    logger.warn({ msg: 'database unavailable', requestId: request.requestId, path: request.path });
    return {
      statusCode: 503,
      code: 'DATABASE_UNAVAILABLE',
      message: 'The service is switching over; please try again in a moment.',
    };
  }
  logger.error({
    msg: 'unhandled error',
    requestId: request.requestId,
    path: request.path,
    error: exception instanceof Error ? `${exception.name}: ${exception.message}` : 'non-error thrown',
    stack: exception instanceof Error ? exception.stack : undefined,
  });
  return { statusCode: 500, code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' };
}

/** Errors from Express's body parser (bad JSON, body too large) carry a 4xx `status` and a `type`. */
function asHttpClientError(exception: unknown): ErrorResponseDto | undefined {
  if (typeof exception !== 'object' || exception === null) {
    return undefined;
  }
  const { status, type } = exception as { status?: unknown; type?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500 || typeof type !== 'string') {
    return undefined;
  }
  if (type === 'entity.too.large') {
    return {
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'The request body is too large',
      fields: [{ field: 'body', reason: 'is larger than this endpoint accepts' }],
    };
  }
  if (type === 'entity.parse.failed') {
    return {
      statusCode: 400,
      code: 'BAD_REQUEST',
      message: 'The request body is not valid JSON',
      fields: [{ field: 'body', reason: 'is not valid JSON' }],
    };
  }
  if (type === 'entity.too.deep') {
    return {
      statusCode: 400,
      code: 'BAD_REQUEST',
      message: 'The request body is nested too deeply',
      fields: [{ field: 'body', reason: `nests objects or arrays more than ${MAX_JSON_DEPTH} deep` }],
    };
  }
  return { statusCode: status, code: 'BAD_REQUEST', message: 'The request could not be read' };
}
