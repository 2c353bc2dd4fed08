import { Body, Controller, Get, Headers, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiExtraModels, ApiHeader, ApiOkResponse, ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import {
  CreateActionPlanCommand,
  EndorseActionPlanCommand,
  GetActionPlanChangesQuery,
  GetActionPlanChecksQuery,
  GetActionPlanHistoryQuery,
  GetActionPlanQuery,
  GetActionPlanSummaryQuery,
  GetActionPlanVersionQuery,
  ListActionPlansQuery,
  ReviseActionPlanCommand,
  SubmitActionPlanCommand,
  WithdrawActionPlanCommand,
  type ActionPlanChangesView,
  type ActionPlanDetailView,
  type ActionPlanEventView,
  type ActionPlanPage,
  type ActionPlanSummaryView,
  type ActionPlanVersionView,
  type ActionPlanView,
  type CheckResultView,
  type EndorsementView,
  type SavedActionPlan,
} from '@accord/action-plans';
import { canonicalJson, InvalidInputError, UUID_PATTERN, type Actor } from '@accord/shared';
import { ApiAuthenticated, ApiErrors, ETAG_HEADER } from '../http/api-docs';
import { CurrentActor, Roles } from '../http/auth';
import { PositiveIntParam, UuidParam } from '../http/params';
import { ActionPlanSummaryResponse, CheckResultResponse, EndorsementResponse, EndorsePlanRequest } from './check.responses';
import { ListPlansRequest } from './list-plans.request';
import { ActionPlanChangesResponse, PlanChangesRequest } from './plan-changes.responses';
import { PlanContentRequest } from './plan-content.request';
import { ACTION_PLAN_EVENT_SCHEMA, HISTORY_EVENT_MODELS } from './event.responses';
import { ActionPlanDetailResponse, ActionPlanPageResponse, ActionPlanResponse, ActionPlanVersionResponse } from './plan.responses';
import { WithdrawPlanRequest } from './withdraw-plan.request';

const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

function encodeCursor(id: string): string {
  return Buffer.from(id).toString('base64url');
}

function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString();
  if (!UUID_PATTERN.test(id)) throw new InvalidInputError([{ field: 'cursor', message: 'cursor must be a nextCursor returned by a previous page' }]);
  return id;
}

const IF_MATCH = ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; a stale one is refused with 412' });

@ApiTags('plans')
@ApiAuthenticated()
@ApiExtraModels(...HISTORY_EVENT_MODELS)
@Controller('v1/plans')
export class PlansController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('partner')
  @ApiOperation({ summary: 'Create a draft action plan led by the caller’s organisation' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key and body returns the first response; another body is 422' })
  @ApiCreatedResponse({
    type: ActionPlanResponse,
    headers: {
      ...ETAG_HEADER,
      Location: { description: 'The plan’s URL', schema: { type: 'string' } },
      'Idempotent-Replayed': { description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key', schema: { type: 'string', enum: ['true'] } },
    },
  })
  @ApiErrors(400, 413, 422)
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: PlanContentRequest,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActionPlanView> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
      throw new InvalidInputError([{ field: 'Idempotency-Key', message: 'Idempotency-Key must be 1 to 200 visible ASCII characters' }]);
    }
    const idempotency = idempotencyKey
      ? { key: idempotencyKey, requestHash: createHash('sha256').update(canonicalJson(body)).digest('hex') }
      : undefined;
    const saved = await this.commands.execute(new CreateActionPlanCommand(actor, body, idempotency));
    reply.header('location', `/v1/plans/${saved.view.id}`);
    if (saved.replayed) reply.header('idempotent-replayed', 'true');
    return this.withEtag(reply, saved);
  }

  @Get()
  @Roles('partner', 'reviewer', 'admin')
  @ApiOperation({ summary: 'List the plans the caller may see, newest first' })
  @ApiOkResponse({ type: ActionPlanPageResponse })
  @ApiErrors(400)
  async list(@CurrentActor() actor: Actor, @Query() query: ListPlansRequest): Promise<ActionPlanPage> {
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const filters = { status: query.status, country: query.country, goal: query.goal, partner: query.partner };
    const page = await this.queries.execute(new ListActionPlansQuery(actor, filters, query.limit, after));
    return { items: page.items, nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null };
  }

  @Get(':id')
  @Roles('partner', 'reviewer', 'admin')
  @ApiOperation({ summary: 'One plan, its current version’s content, its review round and the threads its last request for changes cited' })
  @ApiOkResponse({ type: ActionPlanDetailResponse, headers: ETAG_HEADER })
  @ApiErrors(400, 404)
  async get(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<ActionPlanDetailView> {
    const { view, etag } = await this.queries.execute(new GetActionPlanQuery(actor, id));
    reply.header('etag', etag);
    return view;
  }

  @Put(':id')
  @Roles('partner')
  @IF_MATCH
  @ApiOperation({ summary: 'Revise a plan (lead partner, while draft or changes_requested): a new version, back in draft' })
  @ApiOkResponse({ type: ActionPlanResponse, headers: ETAG_HEADER })
  @ApiErrors(400, 404, 409, 412, 413)
  async revise(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: PlanContentRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActionPlanView> {
    return this.withEtag(reply, await this.commands.execute(new ReviseActionPlanCommand(actor, id, body, ifMatch)));
  }

  @Post(':id/submit')
  @HttpCode(202)
  @Roles('partner')
  @IF_MATCH
  @ApiOperation({ summary: 'Submit the current version for checks and review (lead partner)' })
  @ApiAcceptedResponse({ type: ActionPlanResponse, description: 'Submitted; the checks run in the background', headers: ETAG_HEADER })
  @ApiErrors(400, 404, 409, 412)
  async submit(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActionPlanView> {
    return this.withEtag(reply, await this.commands.execute(new SubmitActionPlanCommand(actor, id, ifMatch)));
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('partner')
  @IF_MATCH
  @ApiOperation({ summary: 'Withdraw a plan from any state that is not final (lead partner)' })
  @ApiOkResponse({ type: ActionPlanResponse, headers: ETAG_HEADER })
  @ApiErrors(400, 404, 409, 412)
  async withdraw(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: WithdrawPlanRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActionPlanView> {
    return this.withEtag(reply, await this.commands.execute(new WithdrawActionPlanCommand(actor, id, body.reason ?? null, ifMatch)));
  }

  @Get(':id/versions/:n')
  @Roles('partner', 'reviewer', 'admin')
  @ApiOperation({ summary: 'One version of a plan, as it was written' })
  @ApiOkResponse({ type: ActionPlanVersionResponse })
  @ApiErrors(400, 404)
  version(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @PositiveIntParam('n') n: number): Promise<ActionPlanVersionView> {
    return this.queries.execute(new GetActionPlanVersionQuery(actor, id, n));
  }

  @Get(':id/versions/:n/changes')
  @Roles('partner', 'reviewer', 'admin')
  @ApiOperation({
    summary: 'What version n changed since an earlier one (the one before it by default), field by field',
    description: 'Activities and indicators are matched by ref, so reordering them is no change. 400 when `since` is not before `n`; 404 for a version the plan does not have.',
  })
  @ApiOkResponse({ type: ActionPlanChangesResponse })
  @ApiErrors(400, 404)
  changes(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @PositiveIntParam('n') n: number, @Query() query: PlanChangesRequest): Promise<ActionPlanChangesView> {
    return this.queries.execute(new GetActionPlanChangesQuery(actor, id, n, query.since));
  }

  @Get(':id/history')
  @Roles('partner', 'reviewer', 'admin')
  @ApiOperation({ summary: 'Every event of the plan, oldest first' })
  @ApiOkResponse({ schema: { type: 'array', items: { $ref: `#/components/schemas/${ACTION_PLAN_EVENT_SCHEMA}` } } })
  @ApiErrors(400, 404)
  history(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<ActionPlanEventView[]> {
    return this.queries.execute(new GetActionPlanHistoryQuery(actor, id));
  }

  @Get(':id/checks')
  @Roles('partner', 'reviewer', 'admin')
  @ApiOperation({ summary: 'The current version’s check results (pending until the workers have run them)' })
  @ApiOkResponse({ type: [CheckResultResponse] })
  @ApiErrors(400, 404)
  checks(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<CheckResultView[]> {
    return this.queries.execute(new GetActionPlanChecksQuery(actor, id));
  }

  @Get(':id/summary')
  @Roles('partner', 'reviewer', 'admin')
  @ApiOperation({
    summary: 'A plan as a counterpart to coordinate with: its lead partner, status and what the caller’s plans share with it',
    description:
      'Also for a partner that may not see the plan, when the overlap check of a plan it leads or takes part in names it; then without the title. Never the budget or the text. 404 for anyone else.',
  })
  @ApiOkResponse({ type: ActionPlanSummaryResponse })
  @ApiErrors(400, 404)
  summary(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<ActionPlanSummaryView> {
    return this.queries.execute(new GetActionPlanSummaryQuery(actor, id));
  }

  @Post(':id/endorsements')
  @Roles('partner')
  @ApiOperation({
    summary: 'Endorse the current version: the government of one of its countries, or SICA for a regional plan',
    description: 'The endorsement check runs again. Endorsing the same version again answers the first endorsement with 200.',
  })
  @ApiCreatedResponse({ type: EndorsementResponse })
  @ApiOkResponse({ type: EndorsementResponse, description: 'Already endorsed by the caller' })
  @ApiErrors(400, 404, 409)
  async endorse(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: EndorsePlanRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EndorsementView> {
    const { endorsement, created } = await this.commands.execute(new EndorseActionPlanCommand(actor, id, body.comment ?? null));
    reply.status(created ? 201 : 200);
    return endorsement;
  }

  private withEtag(reply: FastifyReply, saved: SavedActionPlan): ActionPlanView {
    reply.header('etag', saved.etag);
    return saved.view;
  }
}
