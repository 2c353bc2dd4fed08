import type { ActionPlan, ActionPlanEvent, ActionPlanStatus, ActionPlanVersion, PlanContent, Recommendation } from '../domain';
import type { CitedThreadView } from './thread.view';

export interface ActionPlanView extends PlanContent {
  id: string;
  status: ActionPlanStatus;
  version: number;
  leadPartner: string;
  recommendation: Recommendation | null;
  createdAt: string;
  updatedAt: string;
}

/** One plan as `GET /v1/plans/{id}` gives it: with its review round and the threads its last request for changes cited. */
export interface ActionPlanDetailView extends ActionPlanView {
  round: number;
  citedThreads: CitedThreadView[];
}

export interface ActionPlanVersionView extends PlanContent {
  planId: string;
  version: number;
  createdAt: string;
  createdBy: { kind: string; role: string; partnerCode: string | null };
}

export interface ActionPlanEventView {
  seq: number;
  type: string;
  occurredAt: string;
  actor: { kind: string; role: string; partnerCode: string | null };
  version: number;
  data: Record<string, unknown>;
}

export function toActionPlanView(plan: ActionPlan, content: PlanContent): ActionPlanView {
  return {
    id: plan.id,
    status: plan.status,
    version: plan.currentVersion,
    leadPartner: plan.leadPartnerCode,
    recommendation: plan.recommendation,
    ...content,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
  };
}

export function toActionPlanVersionView(version: ActionPlanVersion): ActionPlanVersionView {
  return {
    planId: version.planId,
    version: version.number,
    ...version.content,
    createdAt: version.createdAt.toISOString(),
    createdBy: { kind: version.createdBy.kind, role: version.createdBy.role, partnerCode: version.createdBy.partnerCode },
  };
}

export function toActionPlanEventView(event: ActionPlanEvent): ActionPlanEventView {
  return {
    seq: event.seq,
    type: event.type,
    occurredAt: event.occurredAt.toISOString(),
    actor: { kind: event.actor.kind, role: event.actor.role, partnerCode: event.actor.partnerCode },
    version: event.version,
    data: event.data,
  };
}
