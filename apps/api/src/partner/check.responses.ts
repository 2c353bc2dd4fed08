import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { CHECK_STATUSES, CHECK_TYPES } from '@accord/action-plans';
import { PeriodRequest } from './plan-content.request';

class RelatedPlanResponse {
  @ApiProperty({ example: 78 })
  score: number;

  @ApiPropertyOptional({ example: ['HN'], description: 'Only when the caller may see the related plan' })
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
