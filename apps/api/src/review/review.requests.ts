import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength, Validate, ValidateIf, ValidateNested, ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';
import { CHECK_TYPES, COORDINATION_ACTIONS, DECISIONS, type CheckType, type CoordinationAction, type DecisionKind } from '@accord/action-plans';
import { PlanScopeRequest } from '../partner/list-plans.request';

/**
 * One message for a comment, whichever way it is wrong. An approval needs none, so there a blank one
 * is as good as none (stored as none).
 */
@ValidatorConstraint({ name: 'comment' })
class Comment implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    if (typeof value !== 'string' || value.length > 5000) return false;
    return (args.object as DecisionRequest).decision === 'approve' || /\S/.test(value);
  }

  defaultMessage(args: ValidationArguments): string {
    if (typeof args.value === 'string' && args.value.length > 5000) return 'comment must be at most 5000 characters';
    return (args.object as DecisionRequest).decision === 'approve' ? 'comment must be a string' : 'comment is required to reject or request changes';
  }
}

export class OverrideRequest {
  @ApiProperty({ enum: CHECK_TYPES, isArray: true, maxItems: CHECK_TYPES.length, example: ['budget'], description: 'Every failed check the approval overrides' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(CHECK_TYPES, { each: true })
  checks: CheckType[];

  @ApiProperty({ example: 'The exchange rate table was stale; the budget was verified by hand.', minLength: 10, maxLength: 5000 })
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  justification: string;
}

export class CoordinationRequest {
  @ApiProperty({ enum: COORDINATION_ACTIONS, example: 'co_fund' })
  @IsIn(COORDINATION_ACTIONS)
  action: CoordinationAction;

  @ApiProperty({ example: 'Canada joins as co-funder of the precincts component.', maxLength: 5000 })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  note: string;
}

export class DecisionRequest {
  @ApiProperty({ enum: DECISIONS, example: 'approve' })
  @IsIn(DECISIONS)
  decision: DecisionKind;

  @ApiPropertyOptional({ example: 'Well aligned with the SICA strategy.', maxLength: 5000, description: 'Required to reject or request changes' })
  @ValidateIf((request: DecisionRequest) => request.decision !== 'approve' || (request.comment !== undefined && request.comment !== null))
  @Validate(Comment)
  comment?: string;

  @ApiPropertyOptional({ type: OverrideRequest, description: 'Admins only: approve although these checks failed' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OverrideRequest)
  override?: OverrideRequest;

  @ApiPropertyOptional({ type: CoordinationRequest, description: 'Required to approve when the overlap check warned' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CoordinationRequest)
  coordination?: CoordinationRequest;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxLength: 36,
    maxItems: 50,
    description: '`request_changes` only: the threads the lead must address, open `participants` threads of the plan',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  threads?: string[];
}

/** The review queue takes the same filters and paging as the plan list. */
export class ReviewQueueRequest extends PlanScopeRequest {}
