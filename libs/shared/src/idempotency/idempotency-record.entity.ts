import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The first response to a request made with an `Idempotency-Key`, per partner. Written in the same
 * transaction as the effect, so a retry after a crash finds either both or neither.
 */
@Entity({ tableName: 'idempotency_record' })
export class IdempotencyRecord {
  @PrimaryKey({ type: 'text' })
  partnerCode: string;

  @PrimaryKey({ type: 'text' })
  key: string;

  @Property({ type: 'text' })
  requestHash: string;

  @Property({ type: 'integer' })
  statusCode: number;

  @Property({ type: 'jsonb' })
  response: unknown;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
