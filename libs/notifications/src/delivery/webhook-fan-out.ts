import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { THREAD_EVENT_TYPES } from '@accord/action-plans';
import { APP_CONFIG, preparedQuery, uuidv7, type AppConfig } from '@accord/shared';
import { WebhookDelivery } from '../webhook-delivery.entity';
import { webhookDeliveryJobId, webhookDeliveryJobOptions, webhookEventId, type WebhookDeliveryJobSpec } from './webhook-delivery-job';

/**
 * Decides who hears of a plan's history event: the live webhooks of the partners the plan names
 * (its lead and participants), and nobody else's. Only state changes are delivered, that is events
 * whose data carries a `status` (creation included), and the events of `participants` threads (those
 * of `reviewers` threads are for reviewers, who have no webhooks).
 *
 * Idempotent: delivery rows are unique per (webhook, event), and only still-pending rows become
 * jobs, so fanning the same event out again neither adds rows nor redelivers a finished delivery.
 */
@Injectable()
export class WebhookFanOut {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async fanOut(planId: string, seq: number): Promise<WebhookDeliveryJobSpec[]> {
    const em = this.em.fork();
    // One statement for the common case, an event nobody listens to, which every plan has several of.
    const webhooks = await preparedQuery<{ id: string; event_type: string }>(
      em,
      `select w.id, e.type as event_type
         from action_plan_event e
         join action_plan p on p.id = e.plan_id
         join webhook w on w.partner_code = any(p.partner_codes) and w.deleted_at is null
        where e.plan_id = $1 and e.seq = $2
          and ((e.data -> 'status') is not null or (e.type = any($3::text[]) and e.data ->> 'visibility' = 'participants'))`,
      [planId, seq, THREAD_EVENT_TYPES],
    );
    if (webhooks.length === 0) return [];
    const eventType = webhooks[0].event_type;
    const eventId = webhookEventId(planId, seq);
    const webhookIds = webhooks.map((webhook) => webhook.id);
    await em.execute(
      `insert into webhook_delivery (id, webhook_id, event_id, event_type, status, attempts, created_at)
       select id, webhook_id, ?, ?, 'pending', 0, now() from unnest(?::uuid[], ?::uuid[]) as row (id, webhook_id)
       on conflict (webhook_id, event_id) do nothing`,
      [eventId, eventType, `{${webhookIds.map(() => uuidv7()).join(',')}}`, `{${webhookIds.join(',')}}`],
    );
    const pending = await em.find(WebhookDelivery, { eventId, webhookId: { $in: webhookIds }, status: 'pending' }, { fields: ['id', 'webhookId'] });
    return pending.map((delivery) => ({
      name: eventType,
      data: { deliveryId: delivery.id, webhookId: delivery.webhookId, planId, seq },
      opts: webhookDeliveryJobOptions(this.config, webhookDeliveryJobId(delivery.webhookId, planId, seq)),
    }));
  }
}
