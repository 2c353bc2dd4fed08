import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { uuidv7 } from '@accord/shared';

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One event for one webhook, and how its delivery went. Unique per (webhook, event), so fanning the
 * same event out twice makes no second delivery.
 */
@Entity({ tableName: 'webhook_delivery' })
@Unique({ properties: ['webhookId', 'eventId'] })
export class WebhookDelivery {
  [OptionalProps]?: 'id' | 'status' | 'attempts' | 'lastStatusCode' | 'lastError' | 'createdAt' | 'deliveredAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  webhookId: string;

  /** `${planId}-${seq}`: the same for every webhook, so a receiver can de-duplicate on it. */
  @Property({ type: 'text' })
  eventId: string;

  @Property({ type: 'text' })
  eventType: string;

  @Enum({ items: () => DELIVERY_STATUSES, type: 'text' })
  status: DeliveryStatus = 'pending';

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'integer', nullable: true })
  lastStatusCode: number | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;
}
