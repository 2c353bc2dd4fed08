import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CHECK_STATUSES, type CheckStatus, type CheckType, type Finding } from './check';

/**
 * The result of one check type on one version. The primary key makes a redelivered job land on the
 * same row: at-least-once delivery never yields two results.
 */
@Entity({ tableName: 'check_result' })
export class CheckResult {
  @PrimaryKey({ type: 'uuid' })
  planId: string;

  @PrimaryKey({ type: 'integer' })
  version: number;

  @PrimaryKey({ type: 'text' })
  type: CheckType;

  @Enum({ items: () => CHECK_STATUSES, type: 'text' })
  status: CheckStatus = 'pending';

  @Property({ type: 'integer', nullable: true })
  score: number | null = null;

  @Property({ type: 'jsonb' })
  findings: Finding[] = [];

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'datetime', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  completedAt: Date | null = null;

  constructor(planId: string, version: number, type: CheckType) {
    this.planId = planId;
    this.version = version;
    this.type = type;
  }
}

/** A recipient government's (or SICA's) endorsement of one version of a plan. */
@Entity({ tableName: 'endorsement' })
export class Endorsement {
  @PrimaryKey({ type: 'uuid' })
  planId: string;

  @PrimaryKey({ type: 'integer' })
  version: number;

  @PrimaryKey({ type: 'text' })
  partnerCode: string;

  @Property({ type: 'text', nullable: true })
  comment: string | null;

  @Property({ type: 'jsonb' })
  actor: Record<string, unknown>;

  @Property({ type: 'datetime' })
  createdAt: Date;

  constructor(planId: string, version: number, partnerCode: string, comment: string | null, actor: Record<string, unknown>, createdAt: Date) {
    this.planId = planId;
    this.version = version;
    this.partnerCode = partnerCode;
    this.comment = comment;
    this.actor = actor;
    this.createdAt = createdAt;
  }
}
