import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Actor } from '@accord/shared';

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
  'ActionPlanEndorsed',
  'ActionPlanRecommendationUpdated',
  'ActionPlanDecisionRecorded',
  'ActionPlanMarkedOverdue',
] as const;
export type ActionPlanEventType = (typeof ACTION_PLAN_EVENT_TYPES)[number];

/**
 * One row of a plan's history. Append-only (PostgreSQL refuses UPDATE and DELETE on the table);
 * `seq` numbers a plan's events 1, 2, 3... with no gap, so a missing or reordered row shows.
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

  constructor(planId: string, seq: number, type: ActionPlanEventType, version: number, actor: Actor, data: Record<string, unknown>, occurredAt: Date) {
    this.planId = planId;
    this.seq = seq;
    this.type = type;
    this.version = version;
    this.actor = actor;
    this.data = data;
    this.occurredAt = occurredAt;
  }
}
