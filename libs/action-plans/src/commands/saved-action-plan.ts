import type { ActionPlanView } from '../views/action-plan.view';

/** What a command that changed a plan answers: the plan as now stored, its ETag, and whether it is a replay. */
export interface SavedActionPlan {
  view: ActionPlanView;
  etag: string;
  replayed: boolean;
}
