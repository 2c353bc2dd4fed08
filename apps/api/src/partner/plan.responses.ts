import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTION_PLAN_STATUSES, RECOMMENDATIONS } from '@accord/action-plans';
import { ActorResponse } from './event.responses';
import { ActivityRequest, IndicatorRequest, PlanContentRequest } from './plan-content.request';
import { CitedThreadResponse } from './thread.responses';

export class ActivityResponse extends ActivityRequest {
  @ApiProperty({ required: true, nullable: false, example: 'A1', minLength: 1, maxLength: 40, description: 'What identifies the activity across versions, unique within the plan' })
  override ref: string;
}

export class IndicatorResponse extends IndicatorRequest {
  @ApiProperty({ required: true, nullable: false, example: 'I1', minLength: 1, maxLength: 40, description: 'What identifies the indicator across versions, unique within the plan' })
  override ref: string;
}

/** Content as the service returns it: every activity and indicator with its ref. */
class PlanContentResponse extends PlanContentRequest {
  @ApiProperty({ type: [ActivityResponse], maxItems: 200 })
  override activities: ActivityResponse[];

  @ApiProperty({ type: [IndicatorResponse], maxItems: 100, required: true, nullable: false })
  override indicators: IndicatorResponse[];
}

export class ActionPlanResponse extends PlanContentResponse {
  @ApiProperty({ format: 'uuid', example: '0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f' })
  id: string;

  @ApiProperty({ enum: ACTION_PLAN_STATUSES, example: 'draft' })
  status: string;

  @ApiProperty({ example: 1, description: 'The current version’s number' })
  version: number;

  @ApiProperty({ example: 'US', description: 'Code of the lead partner' })
  leadPartner: string;

  // OpenAPI 3.0's `nullable` does not add null to an enum: it has to be listed.
  @ApiPropertyOptional({ type: String, enum: [...RECOMMENDATIONS, null] as string[], nullable: true, description: 'Once every check of the current version has a result; null until then' })
  recommendation: string | null;

  @ApiProperty({ example: '2026-11-25T13:00:00.000Z' })
  createdAt: string;

  @ApiProperty({ example: '2026-11-25T13:00:00.000Z' })
  updatedAt: string;
}

export class ActionPlanDetailResponse extends ActionPlanResponse {
  @ApiProperty({ example: 2, description: 'The round of review: 1, and one more after each request for changes' })
  round: number;

  @ApiProperty({
    type: [CitedThreadResponse],
    description: 'The threads the last request for changes cited, each with whether the plan has changed its field since; empty when none (or for a partner that takes no part in the plan)',
  })
  citedThreads: CitedThreadResponse[];
}

export class ActionPlanPageResponse {
  @ApiProperty({ type: [ActionPlanResponse] })
  items: ActionPlanResponse[];

  @ApiProperty({ type: String, nullable: true, example: 'MDE5MmY1YzAtN2ExYi03YzNkLThlNGYtNWE2YjdjOGQ5ZTBm', description: 'Pass as cursor for the next page' })
  nextCursor: string | null;
}

export class ActionPlanVersionResponse extends PlanContentResponse {
  @ApiProperty({ format: 'uuid' })
  planId: string;

  @ApiProperty({ example: 2 })
  version: number;

  @ApiProperty({ example: '2026-11-25T13:00:00.000Z' })
  createdAt: string;

  @ApiProperty({ type: ActorResponse })
  createdBy: ActorResponse;
}
