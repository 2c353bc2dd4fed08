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
    return super.transform(value ?? {}, metadata);
  }
}
