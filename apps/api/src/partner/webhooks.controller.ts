import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiExtraModels, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  DeleteWebhookCommand,
  ListWebhookDeliveriesQuery,
  ListWebhooksQuery,
  RegisterWebhookCommand,
  type WebhookDeliveryView,
  type WebhookView,
} from '@accord/notifications';
import type { Actor } from '@accord/shared';
import { ApiAuthenticated, ApiErrors } from '../http/api-docs';
import { CurrentActor, Roles } from '../http/auth';
import { UuidParam } from '../http/params';
import { ListWebhookDeliveriesRequest, RegisterWebhookRequest } from './webhook.requests';
import { WEBHOOK_EVENT_MODELS } from './event.responses';
import { RegisteredWebhookResponse, WebhookDeliveryResponse, WebhookResponse } from './webhook.responses';

const DELIVERY_FORMAT = [
  'Every state change of a plan the caller’s organisation leads or takes part in, and every event of its `participants` threads, is POSTed to the URL as JSON (schema `WebhookEventPayload`), with headers',
  '`x-accord-event-id` (the payload’s `id`: de-duplicate on it), `x-accord-timestamp` (unix seconds) and',
  '`x-accord-signature: sha256=<hex>`, the HMAC-SHA256 of `{timestamp}.{raw body}` keyed with the secret.',
  'Any 2xx within 10 s is a success; anything else is retried with exponential backoff, and the outcome is in the delivery log.',
  'Redirects are not followed. Deliveries of one webhook may arrive out of order: order by the payload’s `occurredAt`.',
].join(' ');

/** Partner keys always name their organisation: the database refuses a partner key without one. */
function ownerOf(actor: Actor): string {
  if (!actor.partnerCode) throw new Error('a partner key without a partner code');
  return actor.partnerCode;
}

@ApiTags('webhooks')
@ApiAuthenticated()
@ApiExtraModels(...WEBHOOK_EVENT_MODELS)
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('partner')
  @ApiOperation({ summary: 'Register an endpoint for the state changes of the caller’s plans; the signing secret is shown once', description: DELIVERY_FORMAT })
  @ApiCreatedResponse({ type: RegisteredWebhookResponse })
  @ApiErrors(400, 409)
  register(@CurrentActor() actor: Actor, @Body() body: RegisterWebhookRequest): Promise<WebhookView & { secret: string }> {
    return this.commands.execute(new RegisterWebhookCommand(ownerOf(actor), body.url, body.description ?? null));
  }

  @Get()
  @Roles('partner')
  @ApiOperation({ summary: 'The caller’s webhooks, oldest first (never their secrets)' })
  @ApiOkResponse({ type: [WebhookResponse] })
  list(@CurrentActor() actor: Actor): Promise<WebhookView[]> {
    return this.queries.execute(new ListWebhooksQuery(ownerOf(actor)));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('partner')
  @ApiOperation({ summary: 'Delete one of the caller’s webhooks: nothing more is delivered to it, its log is kept' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(400, 404)
  async delete(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<void> {
    await this.commands.execute(new DeleteWebhookCommand(ownerOf(actor), id));
  }

  @Get(':id/deliveries')
  @Roles('partner')
  @ApiOperation({ summary: 'The delivery log of one of the caller’s webhooks, newest first' })
  @ApiOkResponse({ type: [WebhookDeliveryResponse] })
  @ApiErrors(400, 404)
  deliveries(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Query() query: ListWebhookDeliveriesRequest): Promise<WebhookDeliveryView[]> {
    return this.queries.execute(new ListWebhookDeliveriesQuery(ownerOf(actor), id, query.limit));
  }
}
