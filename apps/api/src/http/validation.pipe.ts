import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { InvalidInputError, type FieldProblem } from '@accord/shared';

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: error.constraints?.whitelistValidation ? `${error.property} is not a known field` : message,
    }));
    // A value of the wrong shape (an array for an object) has no meaningful nested problems.
    const wrongShape = error.constraints?.isObject !== undefined || error.constraints?.nestedValidation !== undefined;
    return wrongShape ? own : [...own, ...flatten(error.children ?? [], field)];
  });
}

/** A NUL character, or half of a UTF-16 surrogate pair without the other half. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The strings PostgreSQL cannot store (text refuses NUL, jsonb NUL and unpaired surrogates), by
 * field: refused as input rather than failing as a 500 at the insert.
 */
function unstorable(value: unknown, field: string, depth = 0): FieldProblem[] {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? [{ field: field || 'body', message: `${field || 'the body'} contains a NUL character or an unpaired UTF-16 surrogate` }] : [];
  if (!value || typeof value !== 'object' || depth > 32) return [];
  return Object.entries(value).flatMap(([key, item]) => unstorable(item, Array.isArray(value) ? `${field}[${key}]` : field ? `${field}.${key}` : key, depth + 1));
}

/**
 * class-validator on every body, query and parameter object: unknown fields refused, each problem
 * reported with the path of its field.
 */
export class RequestValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      transformOptions: { exposeDefaultValues: true },
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new InvalidInputError(flatten(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && metadata.metatype !== Object && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new InvalidInputError([{ field: 'body', message: 'the body must be a JSON object' }]);
    }
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const problems = unstorable(value, metadata.type === 'param' ? (metadata.data ?? 'param') : '');
      if (problems.length > 0) throw new InvalidInputError(problems);
    }
    return super.transform(value ?? {}, metadata);
  }
}
