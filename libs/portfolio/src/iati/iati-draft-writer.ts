import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isDeepStrictEqual } from 'node:util';
import { ActionPlan, ActionPlanRepository, canonicalPlanContent, canTransition, type PlanContent } from '@accord/action-plans';
import { DomainError, type Actor } from '@accord/shared';
import type { ImportedIatiActivity, IatiProblem } from './iati-import';
import type { IatiImportResult, ImportedDraft, SkippedActivity } from './iati-import.entity';

class NoOrganisationError extends DomainError {
  constructor() {
    super('IATI.NO_ORGANISATION', 'forbidden', 'only a key that belongs to a partner organisation may import IATI activities');
  }
}

/**
 * Turns read activities into draft plans led by the importing partner, each in its own transaction
 * through the ActionPlan aggregate (so history and outbox are written as for any draft). A draft
 * is found again by the lead and the IATI identifier: a re-import revises it while it is a draft
 * or sent back for changes, leaves it alone when its content is the same, and reports any other
 * state as skipped. Re-running an import therefore never duplicates a draft.
 */
@Injectable()
export class IatiDraftWriter {
  constructor(private readonly plans: ActionPlanRepository) {}

  async write(actor: Actor, activities: readonly ImportedIatiActivity[], progress?: (processed: number) => Promise<void>): Promise<IatiImportResult> {
    if (!actor.partnerCode) throw new NoOrganisationError();
    const result: IatiImportResult = { imported: [], skipped: [] };
    for (const [index, activity] of activities.entries()) {
      const outcome = activity.plan ? await this.writeOne(actor, activity.iatiIdentifier, activity.plan, activity.problems) : { iatiIdentifier: activity.iatiIdentifier, reason: activity.skipped ?? 'not read' };
      if ('planId' in outcome) result.imported.push(outcome);
      else result.skipped.push(outcome);
      await progress?.(index + 1);
    }
    return result;
  }

  private async writeOne(actor: Actor, iatiIdentifier: string, plan: NonNullable<ImportedIatiActivity['plan']>, problems: IatiProblem[]): Promise<ImportedDraft | SkippedActivity> {
    let content: PlanContent;
    try {
      content = canonicalPlanContent(plan);
    } catch (error) {
      if (error instanceof DomainError) return { iatiIdentifier, reason: error.message };
      throw error;
    }
    const upsert = () => this.plans.transaction((em) => this.upsert(em, actor, iatiIdentifier, content, problems));
    try {
      return await upsert();
    } catch (error) {
      // Another import of the same activity created the draft first: this one revises it.
      if (error instanceof UniqueConstraintViolationException) return upsert();
      throw error;
    }
  }

  private async upsert(em: EntityManager, actor: Actor, iatiIdentifier: string, content: PlanContent, problems: IatiProblem[]): Promise<ImportedDraft | SkippedActivity> {
    const lead = actor.partnerCode!;
    const existing = await em.findOne(ActionPlan, { leadPartnerCode: lead, iatiIdentifier });
    if (!existing) {
      const plan = ActionPlan.create(lead, content, actor);
      plan.iatiIdentifier = iatiIdentifier;
      await this.plans.save(em, plan);
      await em.flush();
      return { iatiIdentifier, planId: plan.id, outcome: 'created', problems };
    }
    if (!canTransition('revise', existing.status)) {
      return { iatiIdentifier, reason: `its draft ${existing.id} is ${existing.status}: a re-import revises only drafts and plans sent back for changes` };
    }
    const current = await this.plans.loadVersion(em, existing.id, existing.currentVersion);
    if (existing.status === 'draft' && isDeepStrictEqual(current.content, content)) return { iatiIdentifier, planId: existing.id, outcome: 'unchanged', problems };
    existing.revise(content, current.content, actor);
    await this.plans.save(em, existing);
    await em.flush();
    return { iatiIdentifier, planId: existing.id, outcome: 'updated', problems };
  }
}
