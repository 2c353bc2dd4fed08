import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@accord/shared';
import { ActionPlanThread, ActionPlanThreadComment, ActionPlanVersion, Decision, fieldChanged, mayReadThread, type ActionPlan, type PlanContent } from '../domain';
import { toThreadView, type CitedThreadView, type ThreadView } from '../views/thread.view';

/** A plan's last request for changes: the version it was made on and the threads it cited. */
export interface ChangeRequest {
  planId: string;
  currentVersion: number;
  version: number;
  threads: readonly string[];
}

/** Reads threads as views: their comments, what their anchored fields hold now, and those a request for changes cited. */
@Injectable()
export class ThreadReader {
  /** Every thread of the plan the actor may read, oldest first. */
  async readable(em: EntityManager, plan: ActionPlan, actor: Actor): Promise<ThreadView[]> {
    const threads = await em.find(ActionPlanThread, { planId: plan.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return this.views(em, plan, threads.filter((thread) => mayReadThread(plan, thread.visibility, actor)));
  }

  /**
   * Which round of review the plan is in (1, then one more after each request for changes) and the
   * threads its last request for changes cited, for a caller who may read them (they are
   * `participants` threads: not for a partner that takes no part in the plan).
   */
  async round(em: EntityManager, plan: ActionPlan, actor: Actor): Promise<{ round: number; citedThreads: CitedThreadView[] }> {
    const requests = await em.find(Decision, { planId: plan.id, decision: 'request_changes' }, { orderBy: { version: 'desc', createdAt: 'desc' }, fields: ['version', 'threads'] });
    const [last] = requests;
    if (!last || !mayReadThread(plan, 'participants', actor)) return { round: requests.length + 1, citedThreads: [] };
    const cited = await this.cited(em, [{ planId: plan.id, currentVersion: plan.currentVersion, version: last.version, threads: last.threads }]);
    return { round: requests.length + 1, citedThreads: cited.get(plan.id) ?? [] };
  }

  /**
   * The threads each request for changes cited, and whether the current version changed each one's
   * field since the version the request was made on (for a thread on the plan as a whole, anything).
   */
  async cited(em: EntityManager, requests: readonly ChangeRequest[]): Promise<Map<string, CitedThreadView[]>> {
    const citing = requests.filter((request) => request.threads.length > 0);
    if (citing.length === 0) return new Map();
    const [threads, versions] = await Promise.all([
      em.find(ActionPlanThread, { id: { $in: citing.flatMap((request) => [...request.threads]) } }),
      em.find(ActionPlanVersion, { $or: citing.map((request) => ({ planId: request.planId, number: { $in: [request.version, request.currentVersion] } })) }, { fields: ['planId', 'number', 'content'] }),
    ]);
    const content = (planId: string, number: number) => versions.find((version) => version.planId === planId && version.number === number)?.content;
    return new Map(
      citing.map((request) => {
        const [requested, current] = [content(request.planId, request.version), content(request.planId, request.currentVersion)];
        const views = request.threads.flatMap((id) => {
          const thread = threads.find((candidate) => candidate.id === id && candidate.planId === request.planId);
          if (!thread) return [];
          const changed = requested !== undefined && current !== undefined && fieldChanged(requested, current, thread.anchorPath ?? '');
          return [{ id: thread.id, anchor: thread.anchor, status: thread.status, changed }];
        });
        return [request.planId, views];
      }),
    );
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
