import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ROLES, uuidv7, type Role } from '@accord/shared';

/**
 * An API key. Only the SHA-256 of the token is kept: tokens are 256 random bits, so a fast hash is
 * as safe as a slow one here and lets a request find its key by an indexed equality.
 */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  [OptionalProps]?: 'id' | 'createdAt' | 'revokedAt' | 'partnerCode';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text', unique: true })
  tokenHash: string;

  @Enum({ items: () => ROLES, type: 'text' })
  role: Role;

  @Property({ type: 'text', nullable: true })
  partnerCode: string | null = null;

  @Property({ type: 'text' })
  label: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
