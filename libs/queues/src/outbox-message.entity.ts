import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A job to enqueue, written in the transaction of the change that calls for it. The relay in the
 * worker moves unpublished rows to BullMQ under their `jobId`, so a crash between commit and
 * enqueue loses nothing and a second publication of the same row is a no-op in BullMQ.
 */
@Entity({ tableName: 'outbox_message' })
export class OutboxMessage {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id: string;

  @Property({ type: 'text' })
  queue: string;

  @Property({ type: 'text' })
  jobName: string;

  @Property({ type: 'text', unique: true })
  jobId: string;

  @Property({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  constructor(queue: string, jobName: string, jobId: string, payload: Record<string, unknown>) {
    this.queue = queue;
    this.jobName = jobName;
    this.jobId = jobId;
    this.payload = payload;
  }
}
