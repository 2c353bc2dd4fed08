import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** A page size from a query string: a whole number from 1 to `max`. */
export function PageLimit(max = 100) {
  return applyDecorators(
    IsOptional(),
    Transform(({ value }) => (typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : value)),
    IsInt({ message: `limit must be a whole number from 1 to ${max}` }),
    Min(1),
    Max(max),
  );
}
