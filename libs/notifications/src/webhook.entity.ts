import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { uuidv7 } from '@accord/shared';

/**
 * An endpoint a partner registered to receive the state changes of its plans.
 *
 * The secret is not hashed like an API key: HMAC signing needs the secret itself on every delivery,
 * so a one-way hash would make signing impossible. It is sealed under WEBHOOK_SECRET_KEY when that
 * is set (`WebhookSecretBox`), and shown to the partner once, at registration, never again.
 */
@Entity({ tableName: 'webhook' })
export class Webhook {
  [OptionalProps]?: 'id' | 'createdAt' | 'deletedAt' | 'description';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  partnerCode: string;

  @Property({ type: 'text' })
  url: string;

  @Property({ type: 'text', hidden: true })
  secret: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** Soft delete: the delivery log stays, and pending deliveries see that the endpoint is gone. */
  @Property({ type: 'datetime', nullable: true })
  deletedAt: Date | null = null;
}
