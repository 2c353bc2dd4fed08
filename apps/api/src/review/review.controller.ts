import { Body, Controller, Get, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CHECK_STATUSES, CHECK_TYPES, DECISIONS, DecideOnActionPlanCommand, GetReviewQueueQuery, RECOMMENDATIONS, type DecisionView, type ReviewQueuePage } from '@accord/action-plans';
import { InvalidInputError, UUID_PATTERN, type Actor } from '@accord/shared';
import { ApiAuthenticated, ApiErrors, ETAG_HEADER } from '../http/api-docs';
import { CurrentActor, Roles } from '../http/auth';
import { UuidParam } from '../http/params';
import { ActionPlanResponse } from '../partner/plan.responses';
import { CitedThreadResponse } from '../partner/thread.responses';
import { CoordinationRequest, DecisionRequest, OverrideRequest, ReviewQueueRequest } from './review.requests';

class QueueCheckResponse {
  @ApiProperty({ enum: CHECK_TYPES, example: 'overlap' })
  type: string;

  @ApiProperty({ enum: CHECK_STATUSES, example: 'warning' })
  status: string;

  @ApiPropertyOptional({ type: Number, example: 78, nullable: true })
  score: number | null;
}

class ApprovalResponse {
  @ApiProperty({ example: '0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f', description: 'The reviewer’s key id' })
  reviewerId: string;

  @ApiPropertyOptional({ type: String, example: 'OAS', nullable: true })
  affiliation: string | null;

  @ApiProperty({ example: '2026-11-25T13:00:00.000Z' })
  decidedAt: string;
}

class ReviewQueueItemResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Community policing in San Pedro Sula' }) title: string;
  @ApiProperty({ example: 'US' }) leadPartner: string;
  @ApiProperty({ example: ['US', 'GOV-HN'] }) partners: string[];
  @ApiProperty({ example: ['HN'] }) countries: string[];
  @ApiProperty({ example: ['SAFE_STREETS'] }) goals: string[];
  @ApiProperty({ example: 1 }) version: number;
  // OpenAPI 3.0's `nullable` does not add null to an enum: it has to be listed.
  @ApiPropertyOptional({ type: String, enum: [...RECOMMENDATIONS, null] as string[], example: 'review_closely', nullable: true }) recommendation: string | null;
  @ApiProperty({ example: '2026-11-25T13:00:00.000Z' }) awaitingSince: string;
  @ApiProperty({ example: 3600 }) ageSeconds: number;
  @ApiProperty({ example: false, description: 'Waited longer than REVIEW_SLA_HOURS' }) overdue: boolean;
  @ApiProperty({ type: [QueueCheckResponse] }) checks: QueueCheckResponse[];
  @ApiProperty({ type: [ApprovalResponse] }) approvals: ApprovalResponse[];
  @ApiProperty({ example: 2 }) approvalsRequired: number;
  @ApiProperty({ example: 2, description: 'The round of review: 1, and one more after each request for changes' }) round: number;
  @ApiProperty({ example: 1, description: 'Threads of the plan still open' }) openThreads: number;
  @ApiProperty({ type: [CitedThreadResponse], description: 'The threads the last request for changes cited, each with whether this version changed its field' })
  citedThreads: CitedThreadResponse[];
}

class ReviewQueueResponse {
  @ApiProperty({ type: [ReviewQueueItemResponse] }) items: ReviewQueueItemResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page' }) nextCursor: string | null;
}

class DecisionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ enum: DECISIONS, example: 'approve' }) decision: string;
  @ApiProperty({ example: '0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f' }) reviewerId: string;
  @ApiPropertyOptional({ type: String, example: 'OAS', nullable: true }) affiliation: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Well aligned with the SICA strategy.' }) comment: string | null;
  @ApiPropertyOptional({ type: OverrideRequest, nullable: true, description: 'An admin’s override of failed checks' }) override: OverrideRequest | null;
  @ApiPropertyOptional({ type: CoordinationRequest, nullable: true, description: 'How the overlap the check warned of is resolved' }) coordination: CoordinationRequest | null;
  @ApiProperty({ type: [String], format: 'uuid', example: [], description: 'The threads a request for changes cited' }) threads: string[];
  @ApiProperty({ example: '2026-11-25T13:00:00.000Z' }) createdAt: string;
}

class DecisionOutcomeResponse {
  @ApiProperty({ type: DecisionResponse }) decision: DecisionResponse;
  @ApiProperty({ type: ActionPlanResponse, description: 'The plan after the decision: still awaiting_decision until enough reviewers approved' }) plan: ActionPlanResponse;
}

function decodeCursor(cursor: string): { awaitingSince: string; id: string } {
  const [awaitingSince, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!id || !UUID_PATTERN.test(id) || Number.isNaN(Date.parse(awaitingSince))) {
    throw new InvalidInputError([{ field: 'cursor', message: 'cursor must be a nextCursor returned by a previous page' }]);
  }
  return { awaitingSince, id };
}

@ApiTags('review')
@ApiAuthenticated()
@Roles('reviewer', 'admin')
@Controller('v1/review')
export class ReviewController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('queue')
  @ApiOperation({ summary: 'Plans awaiting a decision, oldest first, with their check summary and approvals so far' })
  @ApiOkResponse({ type: ReviewQueueResponse })
  @ApiErrors(400)
  async queue(@Query() query: ReviewQueueRequest): Promise<ReviewQueuePage> {
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const page = await this.queries.execute(new GetReviewQueueQuery({ country: query.country, goal: query.goal, partner: query.partner }, query.limit, after));
    return { items: page.items, nextCursor: page.nextCursor ? Buffer.from(page.nextCursor).toString('base64url') : null };
  }

  @Post('plans/:id/decisions')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Approve, reject or request changes on the current version',
    description:
      'A plan is approved once APPROVALS_REQUIRED distinct reviewers approved the same version; one rejection rejects. ' +
      'A reviewer affiliated with the lead or a participating partner is refused (403); a second decision by the same reviewer on a version is 409; ' +
      'a failed check blocks approval unless an admin overrides it (409); when the overlap check warned, approval needs `coordination` (409). ' +
      '`request_changes` may cite `threads`, open `participants` threads of the plan (400 otherwise): the review queue and the plan then show, once the plan is revised, whether each one’s field changed.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The plan’s ETag last read; a stale one is refused with 412' })
  @ApiCreatedResponse({ type: DecisionOutcomeResponse, headers: ETAG_HEADER })
  @ApiErrors(400, 404, 409, 412)
  async decide(
    @CurrentActor() reviewer: Actor,
    @UuidParam('id') id: string,
    @Body() body: DecisionRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ decision: DecisionView; plan: unknown }> {
    const input = {
      decision: body.decision,
      comment: body.comment?.trim() || null,
      override: body.override ?? null,
      coordination: body.coordination ?? null,
      threads: (body.threads ?? []).map((id) => id.toLowerCase()),
    };
    const outcome = await this.commands.execute(new DecideOnActionPlanCommand(reviewer, id, input, ifMatch));
    reply.header('etag', outcome.etag);
    return { decision: outcome.decision, plan: outcome.plan };
  }
}
