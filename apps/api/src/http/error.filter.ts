import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { ConnectionException, DriverException } from '@mikro-orm/core';
import type { FastifyReply } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { DomainError, RateLimitedError, type DomainErrorKind, type FieldProblem } from '@accord/shared';

const STATUS_OF: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
};

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  code?: string;
  details?: FieldProblem[];
}

export function errorBody(statusCode: number, message: string, code?: string, details?: FieldProblem[]): ErrorBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, ...(code ? { code } : {}), ...(details ? { details } : {}) };
}

/** PostgreSQL's codes for a server shutting down or refusing connections, and connection exceptions. */
const UNAVAILABLE_CODES = /^(57P0[1-3]|08\d{3}|53300)$/;
const UNAVAILABLE_MESSAGES = /ECONNREFUSED|ETIMEDOUT|ECONNRESET|terminat|not queryable|Connection|connect|Transaction query already complete/i;

/**
 * Whether the database, not the request, failed: a lost or refused connection (also at COMMIT, whose
 * transaction PostgreSQL then rolls back). The client may retry, with its idempotency key.
 */
function databaseUnavailable(error: unknown): boolean {
  if (error instanceof ConnectionException) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.test(code)) return true;
  return (error instanceof DriverException || error.constructor.name === 'DatabaseError' || error.constructor.name === 'Error') && UNAVAILABLE_MESSAGES.test(error.message);
}

/**
 * Maps every error to the contract's shape. Domain errors by kind; database outages to 503 so a
 * client retries; anything unforeseen to a 500 without its stack, which goes to the log only.
 */
export function toErrorBody(error: unknown, logger: Logger): ErrorBody {
  if (error instanceof DomainError) return errorBody(STATUS_OF[error.kind], error.message, error.code, error.details);
  if (error instanceof HttpException) {
    const response = error.getResponse();
    const message = typeof response === 'string' ? response : String((response as { message?: unknown }).message ?? error.message);
    return errorBody(error.getStatus(), message);
  }
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return errorBody(status, (error as Error).message, (error as { code?: string }).code);
  }
  if (databaseUnavailable(error)) {
    logger.warn(`database unavailable: ${(error as Error).message}`);
    return errorBody(503, 'The service is temporarily unavailable; retry shortly');
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return errorBody(500, 'Internal server error');
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const body = toErrorBody(error, this.logger);
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (body.statusCode === 503) reply.header('retry-after', '2');
    if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
    void reply.status(body.statusCode).send(body);
  }
}
