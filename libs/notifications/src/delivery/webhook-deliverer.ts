import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ActionPlan, ActionPlanEvent } from '@accord/action-plans';
import { WebhookDelivery, type DeliveryStatus } from '../webhook-delivery.entity';
import { signPayload } from '../webhook-signature';
import { Webhook } from '../webhook.entity';
import type { WebhookDeliveryJob } from './webhook-delivery-job';

const TIMEOUT_MS = 10_000;

/** A delivery attempt the endpoint did not accept: thrown so that BullMQ retries it with backoff. */
export class WebhookDeliveryFailedError extends Error {}

interface AttemptResult {
  statusCode: number | null;
  error: string | null;
}

/**
 * Makes one delivery attempt and records it on the delivery row. The body is the event with the
 * plan as it is now (`plan`), signed over `${timestamp}.${body}` with the webhook's secret.
 * A delivery that already succeeded or failed for good is not sent again, so a job that ran twice
 * (a stalled worker) does not deliver twice; the event id lets the receiver de-duplicate the rest.
 */
@Injectable()
export class WebhookDeliverer {
  constructor(private readonly em: EntityManager) {}

  async deliver(job: WebhookDeliveryJob, lastAttempt: boolean): Promise<{ status: DeliveryStatus; attempts: number }> {
    const em = this.em.fork();
    const delivery = await em.findOneOrFail(WebhookDelivery, { id: job.deliveryId });
    if (delivery.status !== 'pending') return { status: delivery.status, attempts: delivery.attempts };
    const webhook = await em.findOneOrFail(Webhook, { id: delivery.webhookId });
    if (webhook.deletedAt) {
      delivery.status = 'failed';
      delivery.lastError = 'the webhook was deleted before the event could be delivered';
      await em.flush();
      return { status: delivery.status, attempts: delivery.attempts };
    }

    const event = await em.findOneOrFail(ActionPlanEvent, { planId: job.planId, seq: job.seq });
    const plan = await em.findOneOrFail(ActionPlan, { id: job.planId }, { fields: ['status', 'currentVersion', 'leadPartnerCode'] });
    const body = JSON.stringify({
      id: delivery.eventId,
      type: event.type,
      occurredAt: event.occurredAt.toISOString(),
      planId: plan.id,
      version: event.version,
      data: event.data,
      plan: { id: plan.id, status: plan.status, version: plan.currentVersion, leadPartner: plan.leadPartnerCode },
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const result = await post(webhook.url, body, {
      'content-type': 'application/json',
      'x-accord-event-id': delivery.eventId,
      'x-accord-timestamp': String(timestamp),
      'x-accord-signature': `sha256=${signPayload(webhook.secret, timestamp, body)}`,
    });

    delivery.attempts += 1;
    delivery.lastStatusCode = result.statusCode;
    delivery.lastError = result.error;
    if (result.error === null) {
      delivery.status = 'succeeded';
      delivery.deliveredAt = new Date();
    } else if (lastAttempt) {
      delivery.status = 'failed';
    }
    await em.flush();
    if (result.error !== null) throw new WebhookDeliveryFailedError(`delivery ${delivery.id} of ${delivery.eventId} to webhook ${webhook.id}: ${result.error}`);
    return { status: delivery.status, attempts: delivery.attempts };
  }
}

/**
 * Redirects are not followed: a partner's endpoint must answer itself, and following one would let
 * a registered URL bounce the signed request somewhere it was never registered for.
 */
async function post(url: string, body: string, headers: Record<string, string>): Promise<AttemptResult> {
  try {
    const response = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
    await response.body?.cancel().catch(() => undefined);
    return { statusCode: response.status, error: response.ok ? null : `the endpoint answered ${response.status}` };
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return { statusCode: null, error: cause instanceof Error ? cause.message : (error as Error).message };
  }
}
