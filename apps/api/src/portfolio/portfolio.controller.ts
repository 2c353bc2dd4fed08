import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNumber, IsOptional, IsString, Max, Min, Validate } from 'class-validator';
import { GetCoverageQuery, GetGapsQuery, GetOverlapClustersQuery, type CoverageView, type Gap, type OverlapClusterView } from '@accord/portfolio';
import { ACTION_PLAN_STATUSES, COORDINATION_ACTIONS } from '@accord/action-plans';
import { IsReferenceCode } from '@accord/reference-data';
import type { Actor } from '@accord/shared';
import { ApiAuthenticated, ApiErrors } from '../http/api-docs';
import { CurrentActor, Roles } from '../http/auth';
import { CalendarDate, PeriodRequest } from '../partner/plan-content.request';

export class PortfolioFiltersRequest {
  @ApiPropertyOptional({ example: 'US', maxLength: 20, description: 'Plans this partner leads or takes part in' })
  @IsOptional()
  @IsString()
  @IsReferenceCode('partner')
  partner?: string;

  @ApiPropertyOptional({ example: 'PREVENTION', maxLength: 50 })
  @IsOptional()
  @IsString()
  @IsReferenceCode('program_area')
  programArea?: string;

  @ApiPropertyOptional({ example: '2027-01-01', format: 'date', maxLength: 10, description: 'Plans running on or after this day' })
  @IsOptional()
  @IsString()
  @Validate(CalendarDate)
  from?: string;

  @ApiPropertyOptional({ example: '2028-12-31', format: 'date', maxLength: 10, description: 'Plans running on or before this day' })
  @IsOptional()
  @IsString()
  @Validate(CalendarDate)
  to?: string;
}

export class GapsRequest extends PortfolioFiltersRequest {
  @ApiPropertyOptional({ example: 0.02, default: 0.02, description: 'A funded cell below this share of the region’s approved total is a gap' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^(0|1)?(\.\d{1,6})?$/.test(value) ? Number(value) : value))
  @IsNumber({}, { message: 'minShare must be a number from 0 to 1' })
  @Min(0)
  @Max(1)
  minShare: number = 0.02;
}

class StageFiguresResponse {
  @ApiProperty({ example: 3 }) plans: number;
  @ApiProperty({ example: ['CA', 'GOV-HN', 'US'] }) partners: string[];
  @ApiProperty({ example: '2750000.00' }) usd: string;
}

class CoverageCellResponse {
  @ApiProperty({ example: 'SAFE_STREETS' }) goal: string;
  @ApiProperty({ example: 'HN' }) country: string;
  @ApiProperty({ type: StageFiguresResponse, description: 'Approved plans' }) approved: StageFiguresResponse;
  @ApiProperty({ type: StageFiguresResponse, description: 'Plans submitted, in review or awaiting a decision' }) pipeline: StageFiguresResponse;
}

class CoverageTotalsResponse {
  @ApiProperty({ example: '12500000.00' }) approvedUsd: string;
  @ApiProperty({ example: '3000000.00' }) pipelineUsd: string;
}

class CoverageResponse {
  @ApiProperty({ enum: ['USD'], example: 'USD' }) currency: string;
  @ApiProperty({ type: [CoverageCellResponse] }) cells: CoverageCellResponse[];
  @ApiProperty({ type: CoverageTotalsResponse, description: 'Over every cell' }) totals: CoverageTotalsResponse;
}

class GapResponse {
  @ApiProperty({ example: 'DISRUPT_TRAFFICKING' }) goal: string;
  @ApiProperty({ example: 'NI' }) country: string;
  @ApiProperty({ enum: ['unfunded', 'underfunded'], example: 'unfunded' }) severity: string;
  @ApiProperty({ example: '0.00' }) approvedUsd: string;
  @ApiProperty({ example: 0 }) share: number;
  @ApiProperty({ example: '500000.00' }) pipelineUsd: string;
}

class GapsResponse {
  @ApiProperty({ example: 0.02 }) minShare: number;
  @ApiProperty({ type: [GapResponse] }) gaps: GapResponse[];
}

class ClusterPlanResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ example: 'Community policing in San Pedro Sula', description: 'Only for plans the caller may see' }) title?: string;
  @ApiPropertyOptional({ example: 'US' }) leadPartner?: string;
  @ApiPropertyOptional({ enum: ACTION_PLAN_STATUSES, example: 'awaiting_decision' }) status?: string;
  @ApiPropertyOptional({ example: ['HN'] }) countries?: string[];
  @ApiPropertyOptional({ example: '1500000.00' }) budgetUsd?: string;
  @ApiPropertyOptional({ example: ['0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f'], description: 'Plans this one co-funds' }) coFunds?: string[];
}

class OverlapResolutionResponse {
  @ApiProperty({ enum: COORDINATION_ACTIONS, example: 'co_fund' }) action: string;
  @ApiProperty({ example: 'Canada joins as co-funder of the precincts component.' }) note: string;
  @ApiProperty({ example: '2026-11-25T13:00:00.000Z', description: 'When the approval that carried it was given' }) decidedAt: string;
}

class OverlapClusterResponse {
  @ApiProperty({ type: [ClusterPlanResponse] }) plans: ClusterPlanResponse[];
  @ApiProperty({ example: 88 }) maxScore: number;
  @ApiProperty({ example: ['HN'] }) sharedCountries: string[];
  @ApiProperty({ example: ['15132'] }) sharedSectors: string[];
  @ApiProperty({ example: ['PREVENTION'] }) sharedProgramAreas: string[];
  @ApiPropertyOptional({ type: PeriodRequest, nullable: true, description: 'The span of the links’ overlapping periods' }) period: PeriodRequest | null;
  @ApiProperty({ example: '3000000.00', description: 'Over the plans the caller may see' }) combinedBudgetUsd: string;
  @ApiProperty({
    enum: ['merge', 'co_fund', 'coordinate', 'none'],
    example: 'merge',
    description: 'From the links not yet resolved: merge from score 85; co_fund from 70 when they share sectors; else coordinate. none once every link is resolved',
  })
  suggestedAction: string;

  @ApiProperty({ type: OverlapResolutionResponse, nullable: true, description: 'Once every link is resolved (each plan that warned of the other approved with a coordination): the latest of those coordinations' })
  resolution: OverlapResolutionResponse | null;
}

@ApiTags('portfolio')
@ApiAuthenticated()
@Roles('partner', 'reviewer', 'admin')
@Controller('v1/portfolio')
export class PortfolioController {
  constructor(private readonly queries: QueryBus) {}

  @Get('coverage')
  @ApiOperation({
    summary: 'For each goal x country: approved plans, partners and USD, with the pipeline apart',
    description:
      'A plan’s money is split over the goals and countries its activities serve, so it is never counted twice. A partner’s pipeline figures count only the plans not yet approved that it leads or takes part in.',
  })
  @ApiOkResponse({ type: CoverageResponse })
  @ApiErrors(400)
  coverage(@CurrentActor() actor: Actor, @Query() query: PortfolioFiltersRequest): Promise<CoverageView> {
    return this.queries.execute(new GetCoverageQuery(actor, query));
  }

  @Get('gaps')
  @ApiOperation({ summary: 'Goal x country cells with no approved funding, or less than minShare of the region’s, most severe first' })
  @ApiOkResponse({ type: GapsResponse })
  @ApiErrors(400)
  gaps(@CurrentActor() actor: Actor, @Query() query: GapsRequest): Promise<{ minShare: number; gaps: Gap[] }> {
    const { minShare, ...filters } = query;
    return this.queries.execute(new GetGapsQuery(actor, filters, minShare));
  }

  @Get('overlaps')
  @ApiOperation({
    summary: 'Clusters of active plans linked by overlap warnings, with what they share and a suggested action',
    description: 'A partner sees only clusters holding one of its plans, and the other plans only as far as it may see them.',
  })
  @ApiOkResponse({ type: [OverlapClusterResponse] })
  overlaps(@CurrentActor() actor: Actor): Promise<OverlapClusterView[]> {
    return this.queries.execute(new GetOverlapClustersQuery(actor));
  }
}
