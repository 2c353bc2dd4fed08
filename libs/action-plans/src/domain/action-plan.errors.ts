import { DomainError } from '@accord/shared';
import type { ActionPlanTransition, ActionPlanStatus } from './action-plan-status';

export class InvalidTransitionError extends DomainError {
  constructor(transition: ActionPlanTransition, status: ActionPlanStatus) {
    super('ACTION_PLAN.INVALID_TRANSITION', 'conflict', `cannot ${transition} an action plan that is ${status}`);
  }
}

export class NotLeadPartnerError extends DomainError {
  constructor(action: string) {
    super('ACTION_PLAN.NOT_LEAD_PARTNER', 'forbidden', `only the lead partner may ${action} this action plan`);
  }
}

export class ActionPlanNotFoundError extends DomainError {
  constructor(id: string) {
    super('ACTION_PLAN.NOT_FOUND', 'not_found', `action plan ${id} was not found`);
  }
}

export class ActionPlanVersionNotFoundError extends DomainError {
  constructor(id: string, version: number) {
    super('ACTION_PLAN.VERSION_NOT_FOUND', 'not_found', `action plan ${id} has no version ${version}`);
  }
}

export class StaleActionPlanError extends DomainError {
  constructor(expected: string, actual: string) {
    super('ACTION_PLAN.STALE', 'precondition_failed', `If-Match ${expected} does not match the current ETag ${actual}`);
  }
}

export class ConcurrentChangeError extends DomainError {
  constructor(id: string) {
    super('ACTION_PLAN.CONCURRENT_CHANGE', 'conflict', `action plan ${id} was changed concurrently; reload it and retry`);
  }
}

export class ActionPlanClosedError extends DomainError {
  constructor(action: string, status: ActionPlanStatus) {
    super('ACTION_PLAN.CLOSED', 'conflict', `cannot ${action} an action plan that is ${status}`);
  }
}

export class NotAnEndorserError extends DomainError {
  constructor(partnerCode: string | null) {
    super(
      'ACTION_PLAN.NOT_AN_ENDORSER',
      'forbidden',
      `${partnerCode ?? 'this key'} may not endorse this plan: only the government of one of its countries, or SICA for a regional plan, may`,
    );
  }
}
