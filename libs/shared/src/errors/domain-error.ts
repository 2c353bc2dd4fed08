/** What kind of refusal a domain error is; the API maps each kind to one HTTP status. */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'unprocessable'
  | 'rate_limited'
  | 'unavailable';

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Base of every error the domain throws on purpose. The `code` is stable (clients and tests match
 * on it); workers treat a DomainError as final and never retry it.
 */
export class DomainError extends Error {
  /** A race lost to another writer: trying again later can succeed, unlike any other domain refusal. */
  readonly retryable: boolean = false;

  constructor(
    readonly code: string,
    readonly kind: DomainErrorKind,
    message: string,
    readonly details?: FieldProblem[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidInputError extends DomainError {
  constructor(details: FieldProblem[], message = 'The request is invalid') {
    super('REQUEST.INVALID', 'invalid', message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super(`${what.toUpperCase().replace(/ /g, '_')}.NOT_FOUND`, 'not_found', `${what} ${id} was not found`);
  }
}

export class IdempotencyKeyReusedError extends DomainError {
  constructor(key: string) {
    super('IDEMPOTENCY_KEY.REUSED', 'unprocessable', `Idempotency-Key "${key}" was already used with a different request body`);
  }
}

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', 'rate_limited', `too many requests for this key: retry in ${retryAfterSeconds} s`);
  }
}
