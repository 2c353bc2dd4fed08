import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { InvalidInputError, NOT_XML_TEXT, type FieldProblem } from '@accord/shared';

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

/**
 * The strings that cannot be stored or published, by field: PostgreSQL refuses NUL (text, jsonb)
 * and unpaired surrogates (jsonb), and XML 1.0, in which approved plans are published as IATI
 * activities, has no way to write the other control characters. Refused as input rather than
 * failing at the insert or making the export ill-formed.
 */
function unstorable(value: unknown, field: string, depth = 0): FieldProblem[] {
  if (typeof value === 'string') return NOT_XML_TEXT.test(value) ? [{ field: field || 'body', message: `${field || 'the body'} contains a control character or an unpaired UTF-16 surrogate` }] : [];
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
    // A POST sent without a body (withdraw, an endorsement without a comment) is an empty object:
    // its request class says whether anything was required.
    if (metadata.type === 'body' && value === undefined) value = {};
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
