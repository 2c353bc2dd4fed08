import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ActionPlanThread, ActionPlanThreadComment, ActionPlanVersion, mayReadThread, type ActionPlan, type PlanContent } from '../domain';
import type { Actor } from '@accord/shared';
import { toThreadView, type ThreadView } from '../views/thread.view';

/** Reads threads as views: their comments, and what their anchored fields hold now. */
@Injectable()
export class ThreadReader {
  /** Every thread of the plan the actor may read, oldest first. */
  async readable(em: EntityManager, plan: ActionPlan, actor: Actor): Promise<ThreadView[]> {
    const threads = await em.find(ActionPlanThread, { planId: plan.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return this.views(em, plan, threads.filter((thread) => mayReadThread(plan, thread.visibility, actor)));
  }

  async views(em: EntityManager, plan: Pick<ActionPlan, 'id' | 'currentVersion'>, threads: readonly ActionPlanThread[]): Promise<ThreadView[]> {
    if (threads.length === 0) return [];
    const comments = await em.find(ActionPlanThreadComment, { threadId: { $in: threads.map((thread) => thread.id) } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const anchored = threads.flatMap((thread) => (thread.anchorVersion === null ? [] : [thread.anchorVersion]));
    const contents = new Map<number, PlanContent>();
    if (anchored.length > 0) {
      const numbers = [...new Set([plan.currentVersion, ...anchored])];
      for (const version of await em.find(ActionPlanVersion, { planId: plan.id, number: { $in: numbers } }, { fields: ['number', 'content'] })) contents.set(version.number, version.content);
    }
    const byThread = new Map<string, ActionPlanThreadComment[]>();
    for (const comment of comments) byThread.set(comment.threadId, [...(byThread.get(comment.threadId) ?? []), comment]);
    return threads.map((thread) => toThreadView(thread, byThread.get(thread.id) ?? [], contents, plan.currentVersion));
  }
}
