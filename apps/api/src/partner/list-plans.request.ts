import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { ACTION_PLAN_STATUSES, type ActionPlanStatus } from '@accord/action-plans';
import { IsReferenceCode } from '@accord/reference-data';
import { PageLimit } from '../http/paging';

/** Plans of a country, a goal or a partner, a page at a time: the filters the plan lists share. */
export class PlanScopeRequest {
  @ApiPropertyOptional({ example: 'HN', maxLength: 2 })
  @IsOptional()
  @IsString()
  @IsReferenceCode('country')
  country?: string;

  @ApiPropertyOptional({ example: 'SAFE_STREETS', maxLength: 50 })
  @IsOptional()
  @IsString()
  @IsReferenceCode('goal')
  goal?: string;

  @ApiPropertyOptional({ example: 'US', maxLength: 20, description: 'Plans this partner leads or takes part in' })
  @IsOptional()
  @IsString()
  @IsReferenceCode('partner')
  partner?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @PageLimit()
  limit: number = 20;

  @ApiPropertyOptional({ maxLength: 100, pattern: '^[A-Za-z0-9_-]{1,100}$', description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,100}$/, { message: 'cursor must be a nextCursor returned by a previous page' })
  cursor?: string;
}

export class ListPlansRequest extends PlanScopeRequest {
  @ApiPropertyOptional({ enum: ACTION_PLAN_STATUSES })
  @IsOptional()
  @IsIn(ACTION_PLAN_STATUSES)
  status?: ActionPlanStatus;
}
