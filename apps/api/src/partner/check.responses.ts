import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ACTION_PLAN_STATUSES, CHECK_STATUSES, CHECK_TYPES } from '@accord/action-plans';
import { PeriodRequest } from './plan-content.request';

export class PartnerRefResponse {
  @ApiProperty({ example: 'EU' })
  code: string;

  @ApiProperty({ example: 'European Union' })
  name: string;
}

/**
 * The other plan of a finding: what the two plans share, and whom to coordinate with (its lead and
 * status), for every caller shown the finding; its title only for a caller who may see the plan.
 */
class RelatedPlanResponse {
  @ApiProperty({ example: 78 })
  score: number;

  @ApiPropertyOptional({ enum: ACTION_PLAN_STATUSES, example: 'awaiting_decision', description: 'The other plan’s status now' })
  status?: string;

  @ApiPropertyOptional({ type: PartnerRefResponse, description: 'The partner that leads the other plan: the one to coordinate with' })
  leadPartner?: PartnerRefResponse;

  @ApiPropertyOptional({ example: 'Community policing in San Pedro Sula', description: 'Only when the caller may see the other plan' })
  title?: string;

  @ApiPropertyOptional({ example: ['HN'] })
  sharedCountries?: string[];

  @ApiPropertyOptional({ example: ['15132'] })
  sharedSectors?: string[];

  @ApiPropertyOptional({ example: ['PREVENTION'] })
  sharedProgramAreas?: string[];

  @ApiPropertyOptional({ type: PeriodRequest, nullable: true, description: 'The days both plans run' })
  overlappingPeriod?: PeriodRequest | null;
}

class FindingResponse {
  @ApiProperty({ example: 'OVERLAP' })
  code: string;

  @ApiProperty({ enum: ['info', 'warning', 'error'], example: 'warning' })
  severity: string;

  @ApiProperty({ example: 'Overlaps with action plan 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f (score 78)' })
  message: string;

  @ApiPropertyOptional({ example: 'activities[0].budget' })
  path?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  relatedPlanId?: string;

  @ApiPropertyOptional({ type: RelatedPlanResponse })
  related?: RelatedPlanResponse;
}

export class CheckResultResponse {
  @ApiProperty({ enum: CHECK_TYPES, example: 'overlap' })
  type: string;

  @ApiProperty({ enum: CHECK_STATUSES, example: 'warning' })
  status: string;

  @ApiPropertyOptional({ type: Number, example: 78, nullable: true, description: '0 to 100, for the checks that score' })
  score: number | null;

  @ApiProperty({ type: [FindingResponse] })
  findings: FindingResponse[];

  @ApiPropertyOptional({ type: String, example: '2026-11-25T13:00:05.000Z', nullable: true })
  completedAt: string | null;
}

export class EndorsePlanRequest {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Endorsed by the Ministry of Security.', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string | null;
}

export class EndorsementResponse {
  @ApiProperty({ format: 'uuid' })
  planId: string;

  @ApiProperty({ example: 1 })
  version: number;

  @ApiProperty({ example: 'GOV-HN' })
  partnerCode: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Endorsed by the Ministry of Security.' })
  comment: string | null;

  @ApiProperty({ example: '2026-11-25T13:00:00.000Z' })
  createdAt: string;
}

class SummaryOverlapResponse {
  @ApiProperty({ format: 'uuid', description: 'The caller’s plan (any plan, for reviewers and admins) whose overlap check names this one' })
  planId: string;

  @ApiProperty({ example: 86 })
  score: number;

  @ApiProperty({ type: [String], example: ['HN'] })
  sharedCountries: string[];

  @ApiProperty({ type: [String], example: ['11330'] })
  sharedSectors: string[];

  @ApiProperty({ type: [String], example: ['PREVENTION'] })
  sharedProgramAreas: string[];

  @ApiProperty({ type: PeriodRequest, nullable: true })
  overlappingPeriod: PeriodRequest | null;
}

/** A plan as a counterpart to coordinate with: never its budget or text, its title only for a caller who may see it. */
export class ActionPlanSummaryResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ACTION_PLAN_STATUSES, example: 'awaiting_decision' })
  status: string;

  @ApiProperty({ type: PartnerRefResponse })
  leadPartner: PartnerRefResponse;

  @ApiPropertyOptional({ example: 'Community policing in San Pedro Sula', description: 'Only when the caller may see the plan' })
  title?: string;

  @ApiProperty({ type: [SummaryOverlapResponse], description: 'What the overlap findings of the caller’s plans say of this one' })
  overlaps: SummaryOverlapResponse[];
}
