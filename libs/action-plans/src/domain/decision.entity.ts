import { ArrayType } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

export const DECISIONS = ['approve', 'reject', 'request_changes'] as const;
export type DecisionKind = (typeof DECISIONS)[number];

export const COORDINATION_ACTIONS = ['merge', 'co_fund', 'justified'] as const;
export type CoordinationAction = (typeof COORDINATION_ACTIONS)[number];

export interface CheckOverride {
  checks: string[];
  justification: string;
}

export interface Coordination {
  action: CoordinationAction;
  note: string;
}

/**
 * One reviewer's decision on one version. The unique key is what makes "one decision per reviewer
 * per version" hold under concurrency, whatever the application does.
 */
@Entity({ tableName: 'decision' })
@Unique({ properties: ['planId', 'version', 'reviewerId'] })
export class Decision {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'uuid' })
  planId: string;

  @Property({ type: 'integer' })
  version: number;

  /** The reviewer's API key id (`admin-token` for the bootstrap token). */
  @Property({ type: 'text' })
  reviewerId: string;

  @Property({ type: 'text' })
  role: 'reviewer' | 'admin';

  @Property({ type: 'text', nullable: true })
  affiliation: string | null;

  @Property({ type: 'text' })
  decision: DecisionKind;

  @Property({ type: 'text', nullable: true })
  comment: string | null;

  @Property({ type: 'jsonb', nullable: true })
  override: CheckOverride | null;

  @Property({ type: 'jsonb', nullable: true })
  coordination: Coordination | null;

  /** The threads a request for changes cites: what the lead must address in the next version. */
  @Property({ type: ArrayType })
  threads: string[];

  @Property({ type: 'datetime' })
  createdAt: Date;

  constructor(init: Omit<Decision, never>) {
    Object.assign(this, init);
  }
}
