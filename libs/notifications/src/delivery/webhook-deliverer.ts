import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { lookup, type LookupAddress, type LookupAllOptions, type LookupOptions } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { ActionPlan, ActionPlanEvent, isVisibleTo } from '@accord/action-plans';
import { APP_CONFIG, type AppConfig } from '@accord/shared';
import { WebhookDelivery, type DeliveryStatus } from '../webhook-delivery.entity';
import { WebhookSecretBox } from '../webhook-secret-box';
import { signPayload } from '../webhook-signature';
import { Webhook } from '../webhook.entity';
import { isPublicAddress, webhookUrlProblem } from './webhook-address';
import type { WebhookDeliveryJob } from './webhook-delivery-job';

const TIMEOUT_MS = 10_000;

/** A delivery attempt the endpoint did not accept: thrown so that BullMQ retries it with backoff. */
export class WebhookDeliveryFailedError extends Error {}

interface AttemptResult {
  statusCode: number | null;
  /** What the partner reads in its delivery log. */
  error: string | null;
  /** What the worker's log says, with what the partner must not read (addresses of the network). */
  detail?: string;
}

/**
 * Makes one delivery attempt and records it on the delivery row. The body is the event with the
 * plan as it is now (`plan`), signed over `${timestamp}.${body}` with the webhook's secret.
 * A delivery that already succeeded or failed for good is not sent again, so a job that ran twice
 * (a stalled worker) does not deliver twice; the event id lets the receiver de-duplicate the rest.
 */
@Injectable()
export class WebhookDeliverer {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly secrets: WebhookSecretBox,
  ) {}

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
    const plan = await em.findOneOrFail(ActionPlan, { id: job.planId }, { fields: ['status', 'currentVersion', 'leadPartnerCode', 'partnerCodes'] });
    // The body tells the plan as it is now, so it goes only to a partner that may still see it: a
    // retry after a new version dropped the partner from the plan would tell it the plan's state.
    if (!isVisibleTo(plan, { role: 'partner', partnerCode: webhook.partnerCode })) {
      delivery.status = 'failed';
      delivery.lastError = 'the partner no longer takes part in the plan';
      await em.flush();
      return { status: delivery.status, attempts: delivery.attempts };
    }
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
    const signature = this.signature(webhook, timestamp, body);
    const result =
      typeof signature !== 'string'
        ? signature
        : await post(
            webhook.url,
            body,
            {
              'content-type': 'application/json',
              'x-accord-event-id': delivery.eventId,
              'x-accord-timestamp': String(timestamp),
              'x-accord-signature': `sha256=${signature}`,
            },
            this.config.webhookAllowPrivate,
          );

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
    if (result.error !== null) throw new WebhookDeliveryFailedError(`delivery ${delivery.id} of ${delivery.eventId} to webhook ${webhook.id}: ${result.detail ?? result.error}`);
    return { status: delivery.status, attempts: delivery.attempts };
  }

  /** The body's signature, or, when the stored secret cannot be opened, a failed attempt saying why. */
  private signature(webhook: Webhook, timestamp: number, body: string): string | AttemptResult {
    try {
      return signPayload(this.secrets.open(webhook.id, webhook.secret), timestamp, body);
    } catch (error) {
      return { statusCode: null, error: (error as Error).message };
    }
  }
}

/**
 * Redirects are not followed: a partner's endpoint must answer itself, and following one would let
 * a registered URL bounce the signed request somewhere it was never registered for. Unless private
 * networks are allowed, the host's addresses are judged as the connection is made, by the lookup
 * the socket itself uses, so a name cannot resolve to a public address for a check and to a private
 * one for the connection.
 */
function post(url: string, body: string, headers: Record<string, string>, allowPrivate: boolean): Promise<AttemptResult> {
  const target = new URL(url);
  const refused = allowPrivate ? null : webhookUrlProblem(url);
  if (refused) return Promise.resolve({ statusCode: null, error: refused });
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const request = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        // Not called for an IP address, which webhookUrlProblem has judged.
        lookup: allowPrivate ? undefined : publicOnlyLookup,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      },
      (response) => {
        response.resume();
        const status = response.statusCode ?? 0;
        resolve({ statusCode: status, error: status >= 200 && status < 300 ? null : `the endpoint answered ${status}` });
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ statusCode: null, error: UNRESOLVED_CODES.has(error.code ?? '') ? NOT_PUBLIC : error.message, detail: error.message }),
    );
    request.end(body);
  });
}

/**
 * One answer for a name that does not resolve and for one that resolves inside the network: told
 * apart, with the address, they would let a partner map the deployment's internal names.
 */
const NOT_PUBLIC = 'the host name does not resolve to a public address';
const UNRESOLVED_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'ENODATA', 'NOT_PUBLIC']);

/** `dns.lookup` that fails when any address of the host is not public. */
function publicOnlyLookup(
  hostname: string,
  options: LookupOptions,
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
): void {
  lookup(hostname, { ...options, all: true } satisfies LookupAllOptions, (error, addresses) => {
    if (error) return callback(error, []);
    const inside = addresses.find(({ address }) => !isPublicAddress(address));
    if (inside) {
      const refused: NodeJS.ErrnoException = new Error(`${hostname} resolves to a private, loopback or reserved address (${inside.address}), which webhooks may not reach`);
      refused.code = 'NOT_PUBLIC';
      return callback(refused, []);
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
}
