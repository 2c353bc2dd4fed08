import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QUEUES } from '@accord/queues';
import type { WebhookDeliveryJob } from './webhook-delivery-job';
import { WebhookFanOut } from './webhook-fan-out';

/** Turns a plan's history event into webhook delivery jobs; safe to call again for the same event. */
@Injectable()
export class WebhookEnqueuer {
  constructor(
    private readonly fanOut: WebhookFanOut,
    @InjectQueue(QUEUES.webhookDeliveries) private readonly deliveries: Queue<WebhookDeliveryJob>,
  ) {}

  /** Returns how many delivery jobs were handed to BullMQ. */
  async enqueue(planId: string, seq: number): Promise<number> {
    const jobs = await this.fanOut.fanOut(planId, seq);
    if (jobs.length > 0) await this.deliveries.addBulk(jobs);
    return jobs.length;
  }
}
