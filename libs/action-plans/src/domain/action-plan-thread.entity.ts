import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Actor } from '@accord/shared';

/** `reviewers`: reviewers and admins only; `participants`: also the plan's lead and participants. */
export const THREAD_VISIBILITIES = ['reviewers', 'participants'] as const;
export type ThreadVisibility = (typeof THREAD_VISIBILITIES)[number];

export const THREAD_STATUSES = ['open', 'resolved'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

/** The field of a version a thread is about: `path` is a JSON Pointer as the changes address fields. */
export interface ThreadAnchor {
  version: number;
  path: string;
}

/** At most this many characters (Unicode code points, as JSON Schema counts them) in a comment. */
export const THREAD_BODY_MAX_LENGTH = 10_000;

/** What is wrong with a comment's text, if anything: plain text of 1 to 10,000 characters, not only blanks. */
export function threadBodyProblem(body: unknown): string | null {
  if (typeof body !== 'string') return 'body must be a string';
  const length = [...body].length;
  if (length > THREAD_BODY_MAX_LENGTH) return `body must be at most ${THREAD_BODY_MAX_LENGTH.toLocaleString('en')} characters; it has ${length.toLocaleString('en')}`;
  if (!/\S/.test(body)) return 'body must be 1 to 10,000 characters of text, not only blanks';
  return null;
}

/** Who wrote a comment, as the plan's partners may be told: the role, and the organisation of a partner or a reviewer. */
export interface CommentAuthor {
  kind: 'partner' | 'reviewer' | 'admin';
  partnerCode?: string;
}

export function commentAuthorOf(actor: Actor): CommentAuthor {
  const kind = actor.role === 'partner' || actor.role === 'reviewer' ? actor.role : 'admin';
  return kind !== 'admin' && actor.partnerCode ? { kind, partnerCode: actor.partnerCode } : { kind };
}

/**
 * A conversation about a plan, anchored to a field of one of its versions or to the plan as a whole.
 * A child of the ActionPlan aggregate: only its methods open, resolve and reopen one, each recording
 * the event in the plan's history.
 */
@Entity({ tableName: 'action_plan_thread' })
export class ActionPlanThread {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'uuid' })
  planId: string;

  @Enum({ items: () => THREAD_VISIBILITIES, type: 'text' })
  visibility: ThreadVisibility;

  @Property({ type: 'integer', nullable: true })
  anchorVersion: number | null;

  @Property({ type: 'text', nullable: true })
  anchorPath: string | null;

  @Enum({ items: () => THREAD_STATUSES, type: 'text' })
  status: ThreadStatus;

  @Property({ type: 'jsonb' })
  openedBy: Actor;

  @Property({ type: 'datetime' })
  createdAt: Date;

  @Property({ type: 'datetime' })
  updatedAt: Date;

  constructor(id: string, planId: string, visibility: ThreadVisibility, anchor: ThreadAnchor | null, openedBy: Actor, createdAt: Date) {
    this.id = id;
    this.planId = planId;
    this.visibility = visibility;
    this.anchorVersion = anchor?.version ?? null;
    this.anchorPath = anchor?.path ?? null;
    this.status = 'open';
    this.openedBy = openedBy;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  get anchor(): ThreadAnchor | null {
    return this.anchorVersion === null || this.anchorPath === null ? null : { version: this.anchorVersion, path: this.anchorPath };
  }
}

/** One comment of a thread, its first included. Never edited: its text is in the plan's history too. */
@Entity({ tableName: 'action_plan_thread_comment' })
export class ActionPlanThreadComment {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'uuid' })
  threadId: string;

  @Property({ type: 'uuid' })
  planId: string;

  @Property({ type: 'jsonb' })
  author: Actor;

  @Property({ type: 'text' })
  body: string;

  @Property({ type: 'datetime' })
  createdAt: Date;

  constructor(id: string, thread: Pick<ActionPlanThread, 'id' | 'planId'>, author: Actor, body: string, createdAt: Date) {
    this.id = id;
    this.threadId = thread.id;
    this.planId = thread.planId;
    this.author = author;
    this.body = body;
    this.createdAt = createdAt;
  }
}
