import type { ActionPlanThread, ActionPlanThreadComment, CommentAuthor, PlanContent, ThreadAnchor, ThreadStatus, ThreadVisibility } from '../domain';
import { commentAuthorOf, fieldChanged, valueAt } from '../domain';

export interface ThreadCommentView {
  id: string;
  author: CommentAuthor;
  body: string;
  createdAt: string;
}

export interface ThreadView {
  id: string;
  visibility: ThreadVisibility;
  anchor: ThreadAnchor | null;
  status: ThreadStatus;
  /** A version after the anchor's holds another value at its path (or none). */
  outdated: boolean;
  /** The anchored field's value in the current version, when outdated and the field is still there. */
  currentValue?: unknown;
  comments: ThreadCommentView[];
}

/** A thread a request for changes cited, and whether the plan changed its field since the request. */
export interface CitedThreadView {
  id: string;
  anchor: ThreadAnchor | null;
  status: ThreadStatus;
  changed: boolean;
}

/**
 * A thread as its readers see it. `contents` holds the content of the anchor's version and of the
 * plan's current one (`current`).
 */
export function toThreadView(thread: ActionPlanThread, comments: readonly ActionPlanThreadComment[], contents: ReadonlyMap<number, PlanContent>, current: number): ThreadView {
  const anchor = thread.anchor;
  const anchored = anchor ? contents.get(anchor.version) : undefined;
  const now = contents.get(current);
  const outdated = !!anchor && !!anchored && !!now && anchor.version < current && fieldChanged(anchored, now, anchor.path);
  const currentValue = outdated ? valueAt(now!, anchor!.path) : { found: false as const };
  return {
    id: thread.id,
    visibility: thread.visibility,
    anchor,
    status: thread.status,
    outdated,
    ...(currentValue.found ? { currentValue: currentValue.value } : {}),
    comments: comments.map((comment) => ({ id: comment.id, author: commentAuthorOf(comment.author), body: comment.body, createdAt: comment.createdAt.toISOString() })),
  };
}
