import { ArrayType } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { InvalidInputError, SYSTEM_ACTOR, uuidv7, type Actor } from '@accord/shared';
import { ActionPlanEvent, GENESIS_HASH, type ActionPlanEventType } from './action-plan-event.entity';
import { ActionPlanVersion } from './action-plan-version.entity';
import { ACTION_PLAN_STATUSES, canTransition, FINAL_STATUSES, TRANSITIONS, type ActionPlanStatus, type ActionPlanTransition } from './action-plan-status';
import {
  ActionPlanClosedError,
  AlreadyDecidedError,
  CommentRequiredError,
  ConflictOfInterestError,
  CoordinationRequiredError,
  FailedChecksBlockApprovalError,
  InvalidTransitionError,
  NotAnEndorserError,
  NotLeadPartnerError,
  OverrideNotAllowedError,
  StaleActionPlanError,
  ThreadConflictOfInterestError,
  ThreadForbiddenError,
  ThreadStatusError,
} from './action-plan.errors';
import { ActionPlanThread, ActionPlanThreadComment, commentAuthorOf, threadBodyProblem, type ThreadAnchor, type ThreadVisibility } from './action-plan-thread.entity';
import { Decision, type CheckOverride, type Coordination, type DecisionKind } from './decision.entity';
import { diffPlanContent, valueAt } from './plan-changes';
import type { PlanContent } from './plan-content';
import { isPartyTo } from './visibility';

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

/** The events that change a plan's status (their data has `status`): what webhooks deliver. */
export const STATUS_EVENT_TYPES: readonly ActionPlanEventType[] = ['ActionPlanCreated', ...Object.values(EVENT_OF)];

/** A reviewer's decision as asked for. */
export interface DecisionRequestInput {
  decision: DecisionKind;
  comment: string | null;
  override: CheckOverride | null;
  coordination: Coordination | null;
  /** Ids of the threads a request for changes cites. */
  threads?: readonly string[];
}

/** What the decision rules read besides the plan: the version's decisions and check results so far. */
export interface DecisionContext {
  priorDecisions: readonly Pick<Decision, 'reviewerId' | 'decision' | 'override'>[];
  failedChecks: readonly string[];
  overlapWarned: boolean;
  approvalsRequired: number;
  /** Those of the threads the decision cites that are the plan's. */
  citedThreads: readonly Pick<ActionPlanThread, 'id' | 'visibility' | 'status'>[];
}

const TRANSITION_OF: Record<DecisionKind, ActionPlanTransition> = { approve: 'approve', reject: 'reject', request_changes: 'requestChanges' };

/** A thread as its opener asks for it; `anchor` null is the plan as a whole. */
export interface OpenThreadInput {
  visibility: ThreadVisibility;
  anchor: ThreadAnchor | null;
  body: string;
}

/** What a transition produced and the repository has yet to write. */
export interface ActionPlanChanges {
  events: ActionPlanEvent[];
  versions: ActionPlanVersion[];
}

/**
 * A request for changes cites the threads the lead must address: open `participants` threads of the
 * plan, which the lead can read. No other decision cites any.
 */
function assertCitable(decision: DecisionKind, threads: readonly string[], found: DecisionContext['citedThreads']): void {
  if (threads.length === 0) return;
  if (decision !== 'request_changes') throw new InvalidInputError([{ field: 'threads', message: 'only a request for changes cites threads' }]);
  const problems = threads.flatMap((id, index) => {
    const thread = found.find((candidate) => candidate.id === id);
    const field = `threads[${index}]`;
    if (!thread) return [{ field, message: `the plan has no thread ${id}` }];
    if (thread.visibility !== 'participants') return [{ field, message: `thread ${id} is a reviewers thread, which the lead cannot read: cite participants threads` }];
    if (thread.status !== 'open') return [{ field, message: `thread ${id} is resolved: reopen it to cite it` }];
    return [];
  });
  if (problems.length > 0) throw new InvalidInputError(problems);
}

function assertThreadBody(body: string): void {
  const problem = threadBodyProblem(body);
  if (problem) throw new InvalidInputError([{ field: 'body', message: problem }]);
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

  /** The hash of the latest history event, which the next one chains from. */
  @Property({ type: 'text' })
  lastEventHash: string = GENESIS_HASH;

  /** Optimistic lock: bumped on every change, it is the plan's ETag. */
  @Property({ type: 'integer', version: true })
  revision: number;

  /** When the current version began to wait for a decision: the review queue's order and the SLA's clock. */
  @Property({ type: 'datetime', nullable: true })
  awaitingSince: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  overdueAt: Date | null = null;

  /** The IATI activity a draft was imported from: a re-import of it revises this plan. */
  @Property({ type: 'text', nullable: true })
  iatiIdentifier: string | null = null;

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
    // The tag is the plan's revision, so a weak copy of it names the same state. RFC 9110 would
    // refuse it, but proxies that compress answers (nginx's gzip) weaken the tags they pass on, and
    // a partner behind one could then never change a plan.
    const tags = ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    if (!tags.includes('*') && !tags.includes(this.etag)) throw new StaleActionPlanError(ifMatch, this.etag);
  }

  isLedBy(partnerCode: string | null): boolean {
    return partnerCode !== null && partnerCode === this.leadPartnerCode;
  }

  /**
   * A new immutable version with this content; the plan goes back to draft. The recommendation and
   * the wait for a decision were the previous version's: the new one has neither until its checks
   * are done. The history records which fields changed from `previous`, the current version's content.
   */
  revise(content: PlanContent, previous: PlanContent, actor: Actor, now = new Date()): void {
    this.assertLead(actor, 'revise');
    const selfLinks = (['supersedes', 'coFunds'] as const).filter((field) => content[field].includes(this.id));
    if (selfLinks.length > 0) throw new InvalidInputError(selfLinks.map((field) => ({ field, message: `${field} names this plan itself` })));
    const from = this.status;
    this.transition('revise');
    this.recommendation = null;
    this.awaitingSince = null;
    this.overdueAt = null;
    this.addVersion(content, actor, now);
    this.record(EVENT_OF.revise, actor, now, { from, status: this.status, changedPaths: diffPlanContent(previous, content).map((change) => change.path) });
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
    this.awaitingSince = now;
    this.overdueAt = null;
  }

  /**
   * A reviewer's decision on the current version, with the rules that make it trustworthy: no
   * conflict of interest, one decision per reviewer and version, a comment to refuse, no approval
   * over a failed check without an admin's override (in this decision or an earlier one on the
   * version), nor over an overlap without a coordination resolution. Approval takes
   * `approvalsRequired` distinct reviewers; one rejection rejects.
   */
  decide(input: DecisionRequestInput, reviewer: Actor, context: DecisionContext, now = new Date()): Decision {
    const transition = TRANSITION_OF[input.decision];
    if (!canTransition(transition, this.status)) throw new InvalidTransitionError(transition, this.status);
    if (isPartyTo(this, reviewer)) throw new ConflictOfInterestError(reviewer.partnerCode!);
    const reviewerId = reviewer.id ?? reviewer.kind;
    if (context.priorDecisions.some((prior) => prior.reviewerId === reviewerId)) throw new AlreadyDecidedError(this.currentVersion);
    if (input.decision !== 'approve' && !input.comment?.trim()) throw new CommentRequiredError(input.decision);
    const threads = [...(input.threads ?? [])];
    assertCitable(input.decision, threads, context.citedThreads);
    if (input.override && reviewer.role !== 'admin') throw new OverrideNotAllowedError();
    if (input.decision === 'approve') {
      // An admin's override stands for the version: the approvals after it need not repeat it, or
      // a plan with a failed check would need as many admins as approvals.
      const overridden = new Set([input.override, ...context.priorDecisions.map((prior) => prior.override)].flatMap((override) => override?.checks ?? []));
      const unresolved = context.failedChecks.filter((check) => !overridden.has(check));
      if (unresolved.length > 0) throw new FailedChecksBlockApprovalError(unresolved);
      if (context.overlapWarned && !input.coordination) throw new CoordinationRequiredError();
    }

    const approvals = context.priorDecisions.filter((prior) => prior.decision === 'approve').length + (input.decision === 'approve' ? 1 : 0);
    const decision = new Decision({
      id: uuidv7(now.getTime()),
      planId: this.id,
      version: this.currentVersion,
      reviewerId,
      role: reviewer.role === 'admin' ? 'admin' : 'reviewer',
      affiliation: reviewer.partnerCode,
      decision: input.decision,
      comment: input.comment,
      override: input.override,
      coordination: input.coordination,
      threads,
      createdAt: now,
    });
    this.updatedAt = now;
    this.record('ActionPlanDecisionRecorded', reviewer, now, {
      decision: input.decision,
      reviewerId,
      affiliation: reviewer.partnerCode,
      comment: input.comment,
      ...(input.override ? { override: input.override } : {}),
      ...(input.coordination ? { coordination: input.coordination } : {}),
      ...(threads.length > 0 ? { threads } : {}),
      approvals,
      approvalsRequired: context.approvalsRequired,
    });
    if (input.decision !== 'approve' || approvals >= context.approvalsRequired) this.apply(transition, reviewer, now, { decisionId: decision.id });
    return decision;
  }

  /**
   * What this plan's approval did to the plans its `supersedes` names: those it superseded, and those
   * it could not, without saying why. The reason (no such plan, one closed already, itself, one whose
   * lead takes no part in this plan) would tell this plan's partners about plans they may not see.
   */
  recordConsolidation(superseded: readonly string[], notSuperseded: readonly string[], actor: Actor, now = new Date()): void {
    this.updatedAt = now;
    this.record('ActionPlanConsolidated', actor, now, { superseded: [...superseded], notSuperseded: [...notSuperseded] });
  }

  /**
   * Replaced by an approved consolidated plan. Only a plan whose lead takes part in the consolidated
   * plan may be superseded by it: nobody retires another partner's plan without that partner.
   */
  supersede(consolidated: Pick<ActionPlan, 'id' | 'partnerCodes'>, actor: Actor, now = new Date()): void {
    if (!consolidated.partnerCodes.includes(this.leadPartnerCode)) throw new NotLeadPartnerError(`supersede (its lead ${this.leadPartnerCode} does not take part in ${consolidated.id})`);
    this.apply('supersede', actor, now, { supersededBy: consolidated.id });
  }

  /** Waited longer than the review SLA: recorded once per wait. */
  markOverdue(slaHours: number, now = new Date()): void {
    if (this.status !== 'awaiting_decision' || this.overdueAt) return;
    this.overdueAt = now;
    this.updatedAt = now;
    this.record('ActionPlanMarkedOverdue', SYSTEM_ACTOR, now, { awaitingSince: this.awaitingSince?.toISOString() ?? null, slaHours });
  }

  /**
   * A later plan's overlap check found this one, and its finding was merged into this version's
   * overlap result (the score is symmetric, so this plan's own check does not run again): recorded
   * so that the plan's partners and reviewers see when, and why, its result changed.
   */
  recordOverlapFound(found: { relatedPlanId: string; score: number; severity: 'warning' | 'info' }, now = new Date()): void {
    this.updatedAt = now;
    this.record('ActionPlanOverlapFound', SYSTEM_ACTOR, now, { relatedPlanId: found.relatedPlanId, score: found.score, severity: found.severity });
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

  /**
   * Opens a thread with its first comment. `anchored` is the content of the anchor's version (null
   * when the plan has no such version): the anchor must name one of its fields.
   */
  openThread(input: OpenThreadInput, anchored: PlanContent | null, actor: Actor, now = new Date()): { thread: ActionPlanThread; comment: ActionPlanThreadComment } {
    this.assertOpenToDiscussion('open a thread on');
    this.assertMaySpeak(input.visibility, actor, 'open');
    assertThreadBody(input.body);
    const { anchor } = input;
    if (anchor && !anchored) throw new InvalidInputError([{ field: 'version', message: `the plan has no version ${anchor.version}` }]);
    if (anchor && anchored && (!anchor.path.startsWith('/') || !valueAt(anchored, anchor.path).found)) {
      throw new InvalidInputError([{ field: 'path', message: `path ${JSON.stringify(anchor.path)} names no field of version ${anchor.version} (a JSON Pointer such as /budget/amount or /activities/A1/sector)` }]);
    }
    const thread = new ActionPlanThread(uuidv7(now.getTime()), this.id, input.visibility, anchor, actor, now);
    const comment = new ActionPlanThreadComment(uuidv7(now.getTime()), thread, actor, input.body, now);
    this.updatedAt = now;
    this.record('ActionPlanThreadOpened', actor, now, {
      threadId: thread.id,
      visibility: thread.visibility,
      anchor,
      commentId: comment.id,
      author: commentAuthorOf(actor),
      body: comment.body,
    });
    return { thread, comment };
  }

  /** A reply to an open thread. */
  commentOnThread(thread: ActionPlanThread, body: string, actor: Actor, now = new Date()): ActionPlanThreadComment {
    this.assertOpenToDiscussion('reply to a thread of');
    this.assertMaySpeak(thread.visibility, actor, 'reply to');
    if (thread.status !== 'open') throw new ThreadStatusError('reply to', thread.status);
    assertThreadBody(body);
    const comment = new ActionPlanThreadComment(uuidv7(now.getTime()), thread, actor, body, now);
    thread.updatedAt = now;
    this.updatedAt = now;
    this.record('ActionPlanThreadCommented', actor, now, { threadId: thread.id, visibility: thread.visibility, commentId: comment.id, author: commentAuthorOf(actor), body });
    return comment;
  }

  resolveThread(thread: ActionPlanThread, actor: Actor, now = new Date()): void {
    this.setThreadStatus(thread, 'resolved', 'ActionPlanThreadResolved', actor, now);
  }

  reopenThread(thread: ActionPlanThread, actor: Actor, now = new Date()): void {
    this.setThreadStatus(thread, 'open', 'ActionPlanThreadReopened', actor, now);
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

  private setThreadStatus(thread: ActionPlanThread, status: ActionPlanThread['status'], type: ActionPlanEventType, actor: Actor, now: Date): void {
    const action = status === 'resolved' ? 'resolve' : 'reopen';
    this.assertOpenToDiscussion(`${action} a thread of`);
    this.assertMaySpeak(thread.visibility, actor, action);
    if (thread.status === status) throw new ThreadStatusError(action, thread.status);
    thread.status = status;
    thread.updatedAt = now;
    this.updatedAt = now;
    this.record(type, actor, now, { threadId: thread.id, visibility: thread.visibility });
  }

  /** A closed plan's conversation is closed with it: its history ends where the plan's does. */
  private assertOpenToDiscussion(action: string): void {
    if (FINAL_STATUSES.includes(this.status)) throw new ActionPlanClosedError(action, this.status);
  }

  /**
   * Reviewers and admins speak in every thread, but one with a conflict of interest only in the
   * `participants` ones, as a party to the plan; the lead and the participants in `participants`
   * threads; no other partner in any.
   */
  private assertMaySpeak(visibility: ThreadVisibility, actor: Actor, action: string): void {
    if (actor.role !== 'partner') {
      if (visibility === 'reviewers' && isPartyTo(this, actor)) throw new ThreadConflictOfInterestError(actor.partnerCode!);
      return;
    }
    if (!isPartyTo(this, actor)) throw new ThreadForbiddenError(`only the plan's lead and participants, reviewers and admins may ${action} its threads`);
    if (visibility === 'reviewers') throw new ThreadForbiddenError(`only reviewers and admins may ${action} a reviewers thread`);
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
    const event = new ActionPlanEvent(this.id, this.lastEventSeq, type, this.currentVersion, actor, data, now, this.lastEventHash);
    this.lastEventHash = event.hash;
    this.changes().events.push(event);
  }

  private changes(): ActionPlanChanges {
    this.pending ??= { events: [], versions: [] };
    return this.pending;
  }
}
