import { ArrayType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { uuidv7, type Actor } from '@accord/shared';
import { ActionPlanEvent, type ActionPlanEventType } from './action-plan-event.entity';
import { ActionPlanVersion } from './action-plan-version.entity';
import { ACTION_PLAN_STATUSES, canTransition, FINAL_STATUSES, TRANSITIONS, type ActionPlanStatus, type ActionPlanTransition } from './action-plan-status';
import { ActionPlanClosedError, InvalidTransitionError, NotAnEndorserError, NotLeadPartnerError, StaleActionPlanError } from './action-plan.errors';
import type { PlanContent } from './plan-content';

export const RECOMMENDATIONS = ['approve', 'review_closely', 'reject'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

const EVENT_OF: Record<ActionPlanTransition, ActionPlanEventType> = {
  revise: 'ActionPlanRevised',
  submit: 'ActionPlanSubmitted',
  startReview: 'ActionPlanReviewStarted',
  completeReview: 'ActionPlanReviewCompleted',
  approve: 'ActionPlanApproved',
  reject: 'ActionPlanRejected',
  requestChanges: 'ActionPlanChangesRequested',
  withdraw: 'ActionPlanWithdrawn',
  supersede: 'ActionPlanSuperseded',
};

/** What a transition produced and the repository has yet to write. */
export interface ActionPlanChanges {
  events: ActionPlanEvent[];
  versions: ActionPlanVersion[];
}

/**
 * The action plan aggregate. Each transition is a method that checks its rule against the status
 * table, changes state and records a history event; the repository writes the events to the history
 * and the outbox in the transaction that saves the plan. The countries, goals and partners of the
 * current version are kept on the plan row so that lists and visibility are one indexed query.
 */
@Entity({ tableName: 'action_plan' })
export class ActionPlan {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'text' })
  leadPartnerCode: string;

  @Enum({ items: () => ACTION_PLAN_STATUSES, type: 'text' })
  status: ActionPlanStatus;

  @Property({ type: 'integer' })
  currentVersion: number;

  @Property({ type: 'text', nullable: true })
  recommendation: Recommendation | null = null;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: ArrayType })
  countries: string[];

  @Property({ type: ArrayType })
  goals: string[];

  /** The lead partner and every participating partner of the current version. */
  @Property({ type: ArrayType })
  partnerCodes: string[];

  @Property({ type: 'integer' })
  lastEventSeq: number = 0;

  /** Optimistic lock: bumped on every change, it is the plan's ETag. */
  @Property({ type: 'integer', version: true })
  revision: number;

  @Property({ type: 'datetime' })
  createdAt: Date;

  @Property({ type: 'datetime' })
  updatedAt: Date;

  private pending?: ActionPlanChanges;

  static create(leadPartnerCode: string, content: PlanContent, actor: Actor, now = new Date()): ActionPlan {
    const plan = new ActionPlan();
    plan.id = uuidv7(now.getTime());
    plan.leadPartnerCode = leadPartnerCode;
    plan.status = 'draft';
    plan.currentVersion = 0;
    plan.createdAt = now;
    plan.addVersion(content, actor, now);
    plan.record('ActionPlanCreated', actor, now, { status: 'draft' });
    return plan;
  }

  get etag(): string {
    return `"${this.revision ?? 1}"`;
  }

  /** Refuses the change when the client's If-Match names another revision (`*` matches any). */
  assertMatches(ifMatch: string | undefined): void {
    if (ifMatch === undefined) return;
    const tags = ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    if (!tags.includes('*') && !tags.includes(this.etag)) throw new StaleActionPlanError(ifMatch, this.etag);
  }

  isLedBy(partnerCode: string | null): boolean {
    return partnerCode !== null && partnerCode === this.leadPartnerCode;
  }

  /** A new immutable version with this content; the plan goes back to draft. */
  revise(content: PlanContent, actor: Actor, now = new Date()): void {
    this.assertLead(actor, 'revise');
    const from = this.status;
    this.transition('revise');
    this.addVersion(content, actor, now);
    this.record(EVENT_OF.revise, actor, now, { from, status: this.status });
  }

  submit(actor: Actor, now = new Date()): void {
    this.assertLead(actor, 'submit');
    this.apply('submit', actor, now);
  }

  startReview(actor: Actor, now = new Date()): void {
    this.apply('startReview', actor, now);
  }

  /** Every check of the current version has a result: the plan awaits a decision, with a recommendation. */
  completeReview(recommendation: Recommendation, actor: Actor, now = new Date()): void {
    this.apply('completeReview', actor, now, { recommendation });
    this.recommendation = recommendation;
  }

  /** A check was run again (a new endorsement) after the review completed, and its advice changed. */
  updateRecommendation(recommendation: Recommendation, actor: Actor, now = new Date()): void {
    if (this.status !== 'awaiting_decision' || this.recommendation === recommendation) return;
    const from = this.recommendation;
    this.recommendation = recommendation;
    this.updatedAt = now;
    this.record('ActionPlanRecommendationUpdated', actor, now, { from, recommendation });
  }

  /**
   * The caller's organisation endorses the current version. Who may endorse depends on reference
   * data (which partner governs which country), so the caller passes the verdict in.
   */
  endorse(actor: Actor, mayEndorse: boolean, comment: string | null, now = new Date()): void {
    if (FINAL_STATUSES.includes(this.status)) throw new ActionPlanClosedError('endorse', this.status);
    if (!mayEndorse || !actor.partnerCode) throw new NotAnEndorserError(actor.partnerCode);
    this.updatedAt = now;
    this.record('ActionPlanEndorsed', actor, now, { partnerCode: actor.partnerCode, ...(comment ? { comment } : {}) });
  }

  withdraw(actor: Actor, reason: string | null, now = new Date()): void {
    this.assertLead(actor, 'withdraw');
    this.apply('withdraw', actor, now, reason ? { reason } : {});
  }

  /** Hands the recorded events and new versions to the repository, once. */
  pullChanges(): ActionPlanChanges {
    const changes = this.pending ?? { events: [], versions: [] };
    this.pending = undefined;
    return changes;
  }

  private apply(transition: ActionPlanTransition, actor: Actor, now: Date, data: Record<string, unknown> = {}): void {
    const from = this.status;
    this.transition(transition);
    this.updatedAt = now;
    this.record(EVENT_OF[transition], actor, now, { ...data, from, status: this.status });
  }

  private transition(transition: ActionPlanTransition): void {
    if (!canTransition(transition, this.status)) throw new InvalidTransitionError(transition, this.status);
    this.status = TRANSITIONS[transition].to;
  }

  private assertLead(actor: Actor, action: string): void {
    if (!this.isLedBy(actor.partnerCode)) throw new NotLeadPartnerError(action);
  }

  private addVersion(content: PlanContent, actor: Actor, now: Date): void {
    this.currentVersion += 1;
    this.title = content.title;
    this.countries = [...content.countries];
    this.goals = [...content.goals];
    this.partnerCodes = [...new Set([this.leadPartnerCode, ...content.participants.map((p) => p.partnerCode)])];
    this.updatedAt = now;
    this.changes().versions.push(new ActionPlanVersion(uuidv7(now.getTime()), this.id, this.currentVersion, content, actor, now));
  }

  private record(type: ActionPlanEventType, actor: Actor, now: Date, data: Record<string, unknown>): void {
    this.lastEventSeq += 1;
    this.changes().events.push(new ActionPlanEvent(this.id, this.lastEventSeq, type, this.currentVersion, actor, data, now));
  }

  private changes(): ActionPlanChanges {
    this.pending ??= { events: [], versions: [] };
    return this.pending;
  }
}
