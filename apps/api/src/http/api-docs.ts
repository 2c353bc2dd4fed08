import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse } from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';
import { ErrorResponse } from './error.response';

const WHEN: Record<number, string> = {
  400: 'Invalid input: each bad field is named in details',
  401: 'Missing, unknown or revoked token',
  403: 'The key’s role or the plan’s rules forbid it',
  404: 'Unknown, or not visible to the caller',
  409: 'The plan’s state does not allow it',
  412: 'If-Match does not match the current ETag',
  413: 'Body larger than the limit',
  422: 'Idempotency-Key reused with a different body',
  429: 'Too many requests with this API key: retry after the Retry-After header’s seconds',
  503: 'The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create)',
};

const EXAMPLES: Record<number, object> = {
  400: { statusCode: 400, error: 'Bad Request', message: 'The request is invalid', code: 'REQUEST.INVALID', details: [{ field: 'countries[0]', message: 'countries has an unknown recipient country (ISO 3166-1 alpha-2): "MX"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV' }] },
  401: { statusCode: 401, error: 'Unauthorized', message: 'send an API key as Authorization: Bearer <token>', code: 'AUTH.UNAUTHENTICATED' },
  403: { statusCode: 403, error: 'Forbidden', message: 'this route is for partner keys; yours is a reviewer key', code: 'AUTH.FORBIDDEN' },
  404: { statusCode: 404, error: 'Not Found', message: 'action plan 0192f5c0-0000-7000-8000-000000000000 was not found', code: 'ACTION_PLAN.NOT_FOUND' },
  409: { statusCode: 409, error: 'Conflict', message: 'cannot submit an action plan that is submitted', code: 'ACTION_PLAN.INVALID_TRANSITION' },
  412: { statusCode: 412, error: 'Precondition Failed', message: 'If-Match "1" does not match the current ETag "2"', code: 'ACTION_PLAN.STALE' },
  413: { statusCode: 413, error: 'Payload Too Large', message: 'Request body is too large' },
  422: { statusCode: 422, error: 'Unprocessable Entity', message: 'Idempotency-Key "abc" was already used with a different request body', code: 'IDEMPOTENCY_KEY.REUSED' },
  429: { statusCode: 429, error: 'Too Many Requests', message: 'too many requests for this key: retry in 12 s', code: 'RATE_LIMITED' },
  503: { statusCode: 503, error: 'Service Unavailable', message: 'The service is temporarily unavailable; retry shortly' },
};

/** Headers an error response carries, by status. */
const HEADERS: Record<number, Record<string, { description: string; schema: object }>> = {
  // The limiter counts per minute: the wait is 1 to 60 seconds.
  429: { 'Retry-After': { description: 'Seconds until the key’s window resets', schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 60 } } },
  503: { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 60 } } },
};

/** Documents the error responses a route may give, in the contract's shape, with an example each. */
export function ApiErrors(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: WHEN[status] ?? STATUS_CODES[status], type: ErrorResponse, example: EXAMPLES[status], headers: HEADERS[status] }),
    ),
  );
}

/**
 * A route that needs a key: bearer auth plus the 401, 403, 429 (rate limited) and 503 (the database
 * away for a moment: the key itself is looked up there) every such route may give.
 */
export function ApiAuthenticated() {
  return applyDecorators(ApiBearerAuth(), ApiErrors(401, 403, 429, 503));
}

/** The plan's revision, which the next change sends back as If-Match. */
export const ETAG_HEADER = { ETag: { description: 'The plan’s revision: send it back as If-Match with the next change', schema: { type: 'string' } } };
