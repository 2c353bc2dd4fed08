import { Injectable, Param, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { InvalidInputError, UUID_PATTERN } from '@accord/shared';

@Injectable()
class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (!UUID_PATTERN.test(value)) throw new InvalidInputError([{ field: this.name, message: `${this.name} must be a UUID` }]);
    return value.toLowerCase();
  }
}

@Injectable()
class PositiveIntPipe implements PipeTransform<string, number> {
  constructor(private readonly name: string) {}

  transform(value: string): number {
    if (!/^[1-9]\d{0,8}$/.test(value)) throw new InvalidInputError([{ field: this.name, message: `${this.name} must be a positive whole number` }]);
    return Number(value);
  }
}

/** A UUID path parameter, checked and documented as one (format uuid, 36 characters). */
export const UuidParam =
  (name: string): ParameterDecorator =>
  (target, key, index) => {
    Param(name, new UuidPipe(name))(target, key, index);
    if (key !== undefined) {
      ApiParam({ name, schema: { type: 'string', format: 'uuid', maxLength: 36 } })(target, key, Object.getOwnPropertyDescriptor(target, key)!);
    }
  };
export const PositiveIntParam = (name: string) => Param(name, new PositiveIntPipe(name));
