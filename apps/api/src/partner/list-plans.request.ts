import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { ACTION_PLAN_STATUSES, type ActionPlanStatus } from '@accord/action-plans';
import { IsReferenceCode } from '@accord/reference-data';

export class ListPlansRequest {
  @ApiPropertyOptional({ enum: ACTION_PLAN_STATUSES })
  @IsOptional()
  @IsIn(ACTION_PLAN_STATUSES)
  status?: ActionPlanStatus;

  @ApiPropertyOptional({ example: 'HN' })
  @IsOptional()
  @IsString()
  @IsReferenceCode('country')
  country?: string;

  @ApiPropertyOptional({ example: 'SAFE_STREETS' })
  @IsOptional()
  @IsString()
  @IsReferenceCode('goal')
  goal?: string;

  @ApiPropertyOptional({ example: 'US', description: 'Plans this partner leads or takes part in' })
  @IsOptional()
  @IsString()
  @IsReferenceCode('partner')
  partner?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'limit must be a whole number from 1 to 100' })
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,100}$/, { message: 'cursor must be a nextCursor returned by a previous page' })
  cursor?: string;
}
