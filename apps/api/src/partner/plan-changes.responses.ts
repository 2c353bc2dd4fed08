import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { CHANGE_KINDS } from '@accord/action-plans';
import { CONTENT_VALUE_SCHEMA } from './content-value.schema';

export class PlanChangesRequest {
  @ApiPropertyOptional({ type: 'integer', format: 'int32', minimum: 1, maximum: 999999999, description: 'The earlier version to compare with; the one before `n` when not given' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'since must be a positive whole number' })
  @Min(1, { message: 'since must be a positive whole number' })
  @Max(999999999, { message: 'since must be a positive whole number' })
  since?: number;
}

export class PlanChangeResponse {
  @ApiProperty({
    example: '/activities/A2/budget/amount',
    description: 'A JSON Pointer into the content; activities and indicators are addressed by their ref, and sets (codes, participants) only whole',
  })
  path: string;

  @ApiProperty({ enum: CHANGE_KINDS, example: 'changed', description: '`added` and `removed` are activities or indicators; every other field can only change' })
  kind: string;

  @ApiPropertyOptional({ ...CONTENT_VALUE_SCHEMA, example: '1500000.00', description: 'The value in the earlier version; absent for an added item' })
  before?: unknown;

  @ApiPropertyOptional({ ...CONTENT_VALUE_SCHEMA, example: '1750000.00', description: 'The value in this version; absent for a removed item' })
  after?: unknown;

  @ApiPropertyOptional({ example: 'A2', description: 'The ref of the activity or indicator the change is in' })
  ref?: string;
}

export class ActionPlanChangesResponse {
  @ApiProperty({ format: 'uuid' })
  planId: string;

  @ApiProperty({ example: 2 })
  version: number;

  @ApiProperty({ example: 1 })
  since: number;

  @ApiProperty({ type: [PlanChangeResponse], description: 'In the order of the content’s fields; an empty list when nothing changed' })
  changes: PlanChangeResponse[];
}
