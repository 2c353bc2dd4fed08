import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CommentOnActionPlanThreadCommand,
  ListActionPlanThreadsQuery,
  OpenActionPlanThreadCommand,
  ReopenActionPlanThreadCommand,
  ResolveActionPlanThreadCommand,
  type ThreadView,
} from '@accord/action-plans';
import type { Actor } from '@accord/shared';
import { ApiAuthenticated, ApiErrors } from '../http/api-docs';
import { CurrentActor, Roles } from '../http/auth';
import { UuidParam } from '../http/params';
import { OpenThreadRequest, ThreadCommentRequest } from './thread.requests';
import { ThreadResponse } from './thread.responses';

const WHO_MAY_SPEAK =
  'Reviewers and admins speak in every thread, except a reviewer affiliated with the lead or a participant in a `reviewers` thread (403); ' +
  'the lead and the participants in `participants` threads; no other partner. A thread a partner may not read does not exist for it (404); ' +
  'nothing changes in the threads of a plan that is approved, rejected, withdrawn or superseded (409).';

@ApiTags('threads')
@ApiAuthenticated()
@Roles('partner', 'reviewer', 'admin')
@Controller('v1/plans/:id/threads')
export class ThreadsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The threads of a plan the caller may read, oldest first, with their comments and whether a later version changed their field' })
  @ApiOkResponse({ type: [ThreadResponse] })
  @ApiErrors(400, 404)
  list(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<ThreadView[]> {
    return this.queries.execute(new ListActionPlanThreadsQuery(actor, id));
  }

  @Post()
  @ApiOperation({ summary: 'Open a thread on a field of a version, or on the plan as a whole, with its first comment', description: WHO_MAY_SPEAK })
  @ApiCreatedResponse({ type: ThreadResponse })
  @ApiErrors(400, 404, 409)
  open(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: OpenThreadRequest): Promise<ThreadView> {
    return this.commands.execute(new OpenActionPlanThreadCommand(actor, id, body));
  }

  @Post(':threadId/comments')
  @ApiOperation({ summary: 'Reply to an open thread', description: WHO_MAY_SPEAK })
  @ApiCreatedResponse({ type: ThreadResponse, description: 'The thread with the reply' })
  @ApiErrors(400, 404, 409)
  comment(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('threadId') threadId: string, @Body() body: ThreadCommentRequest): Promise<ThreadView> {
    return this.commands.execute(new CommentOnActionPlanThreadCommand(actor, id, threadId, body.body));
  }

  @Post(':threadId/resolve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resolve an open thread', description: WHO_MAY_SPEAK })
  @ApiOkResponse({ type: ThreadResponse })
  @ApiErrors(400, 404, 409)
  resolve(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('threadId') threadId: string): Promise<ThreadView> {
    return this.commands.execute(new ResolveActionPlanThreadCommand(actor, id, threadId));
  }

  @Post(':threadId/reopen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a resolved thread', description: WHO_MAY_SPEAK })
  @ApiOkResponse({ type: ThreadResponse })
  @ApiErrors(400, 404, 409)
  reopen(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('threadId') threadId: string): Promise<ThreadView> {
    return this.commands.execute(new ReopenActionPlanThreadCommand(actor, id, threadId));
  }
}
