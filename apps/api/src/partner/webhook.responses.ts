import { ApiProperty } from '@nestjs/swagger';
import { ACTION_PLAN_EVENT_TYPES } from '@accord/action-plans';
import { DELIVERY_STATUSES } from '@accord/notifications';

export class WebhookResponse {
  @ApiProperty({ format: 'uuid', example: '0193a1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b' })
  id: string;

  @ApiProperty({ example: 'https://hooks.state.gov/accord' })
  url: string;

  @ApiProperty({ type: String, example: 'Portfolio sync for the INL bureau', nullable: true })
  description: string | null;

  @ApiProperty({ example: '2026-11-25T13:00:00.000Z' })
  createdAt: string;
}

export class RegisteredWebhookResponse extends WebhookResponse {
  @ApiProperty({
    example: 'q3N1c2VjcmV0LW9ubHktc2hvd24tb25jZS1rZWVwLWl0LXNhZmU',
    description: 'The signing secret. Shown here once and never again: keep it to check x-accord-signature',
  })
  secret: string;
}

export class WebhookDeliveryResponse {
  @ApiProperty({ format: 'uuid', example: '0193a1b2-9d0e-7f1a-8b2c-3d4e5f6a7b8c' })
  id: string;

  @ApiProperty({ example: '0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-2', description: 'The event id sent as x-accord-event-id: `{planId}-{seq}`' })
  eventId: string;

  @ApiProperty({ enum: ACTION_PLAN_EVENT_TYPES, example: 'ActionPlanSubmitted' })
  eventType: string;

  @ApiProperty({ enum: DELIVERY_STATUSES, example: 'succeeded', description: '`failed` once every attempt was refused' })
  status: string;

  @ApiProperty({ example: 2, description: 'Attempts made so far' })
  attempts: number;

  @ApiProperty({ type: Number, example: 200, nullable: true, description: 'The status the endpoint last answered; null if it could not be reached' })
  lastStatusCode: number | null;

  @ApiProperty({ type: String, example: null, nullable: true, description: 'Why the last attempt was refused, e.g. "the endpoint answered 500" or "connect ECONNREFUSED"' })
  lastError: string | null;

  @ApiProperty({ example: '2026-11-25T13:00:00.000Z' })
  createdAt: string;

  @ApiProperty({ type: String, example: '2026-11-25T13:00:03.000Z', nullable: true })
  deliveredAt: string | null;
}
