import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { createHash } from 'node:crypto';
import { canonicalJson, type Actor } from '@accord/shared';

export const ACTION_PLAN_EVENT_TYPES = [
  'ActionPlanCreated',
  'ActionPlanRevised',
  'ActionPlanSubmitted',
  'ActionPlanReviewStarted',
  'ActionPlanReviewCompleted',
  'ActionPlanApproved',
  'ActionPlanRejected',
  'ActionPlanChangesRequested',
  'ActionPlanWithdrawn',
  'ActionPlanSuperseded',
  'ActionPlanConsolidated',
  'ActionPlanEndorsed',
  'ActionPlanRecommendationUpdated',
  'ActionPlanDecisionRecorded',
  'ActionPlanMarkedOverdue',
  'ActionPlanOverlapFound',
  'ActionPlanThreadOpened',
  'ActionPlanThreadCommented',
  'ActionPlanThreadResolved',
  'ActionPlanThreadReopened',
] as const;
export type ActionPlanEventType = (typeof ACTION_PLAN_EVENT_TYPES)[number];

/** The events of a thread: their data names its `visibility`, which says who may read them. */
export const THREAD_EVENT_TYPES: readonly ActionPlanEventType[] = ['ActionPlanThreadOpened', 'ActionPlanThreadCommented', 'ActionPlanThreadResolved', 'ActionPlanThreadReopened'];

/** The hash a plan's first event chains from. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * One row of a plan's history. Append-only (PostgreSQL refuses UPDATE and DELETE on the table);
 * `seq` numbers a plan's events 1, 2, 3... with no gap, so a missing or reordered row shows; and
 * each row carries the hash of its content chained to the previous row's, so a row altered behind
 * the service's back breaks the chain from there on.
 */
@Entity({ tableName: 'action_plan_event' })
@Unique({ properties: ['planId', 'seq'] })
export class ActionPlanEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id: string;

  @Property({ type: 'uuid' })
  planId: string;

  @Property({ type: 'integer' })
  seq: number;

  @Property({ type: 'text' })
  type: ActionPlanEventType;

  @Property({ type: 'integer' })
  version: number;

  @Property({ type: 'jsonb' })
  actor: Actor;

  @Property({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Property({ type: 'datetime' })
  occurredAt: Date;

  @Property({ type: 'text' })
  prevHash: string;

  @Property({ type: 'text' })
  hash: string;

  constructor(planId: string, seq: number, type: ActionPlanEventType, version: number, actor: Actor, data: Record<string, unknown>, occurredAt: Date, prevHash: string) {
    this.planId = planId;
    this.seq = seq;
    this.type = type;
    this.version = version;
    this.actor = actor;
    this.data = data;
    this.occurredAt = occurredAt;
    this.prevHash = prevHash;
    this.hash = chainHash(prevHash, this);
  }
}

/** The hash of one history row: its content, canonically written, after the previous row's hash. */
export function chainHash(
  prevHash: string,
  event: Pick<ActionPlanEvent, 'planId' | 'seq' | 'type' | 'version' | 'actor' | 'data' | 'occurredAt'>,
): string {
  const { planId, seq, type, version, actor, data, occurredAt } = event;
  return createHash('sha256')
    .update(`${prevHash}\n${canonicalJson({ planId, seq, type, version, actor, data, occurredAt: new Date(occurredAt).toISOString() })}`)
    .digest('hex');
}
