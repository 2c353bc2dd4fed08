import { PlanTransitionCommand } from '../plan-transition.command';

export class SubmitActionPlanCommand extends PlanTransitionCommand {}
