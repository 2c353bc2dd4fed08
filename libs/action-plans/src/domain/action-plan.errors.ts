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
  override readonly retryable = true;

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

export class ConflictOfInterestError extends DomainError {
  constructor(affiliation: string) {
    super('DECISION.CONFLICT_OF_INTEREST', 'forbidden', `a reviewer affiliated with ${affiliation}, which leads or takes part in this plan, may not decide on it`);
  }
}

export class AlreadyDecidedError extends DomainError {
  constructor(version?: number) {
    super('DECISION.ALREADY_DECIDED', 'conflict', `this reviewer has already decided on ${version ? `version ${version}` : 'this version'}`);
  }
}

export class CommentRequiredError extends DomainError {
  constructor(decision: string) {
    super('DECISION.COMMENT_REQUIRED', 'invalid', `a comment is required to ${decision.replace('_', ' ')}`, [
      { field: 'comment', message: `comment is required to ${decision.replace('_', ' ')}` },
    ]);
  }
}

export class FailedChecksBlockApprovalError extends DomainError {
  constructor(checks: string[]) {
    super(
      'DECISION.FAILED_CHECKS',
      'conflict',
      `the ${checks.join(', ')} check${checks.length > 1 ? 's' : ''} failed: approval needs an admin override naming ${checks.length > 1 ? 'them' : 'it'}, with a justification`,
    );
  }
}

export class OverrideNotAllowedError extends DomainError {
  constructor() {
    super('DECISION.OVERRIDE_NOT_ALLOWED', 'forbidden', 'only an admin may override failed checks');
  }
}

export class CoordinationRequiredError extends DomainError {
  constructor() {
    super('DECISION.COORDINATION_REQUIRED', 'conflict', 'the overlap check warned: approval needs a coordination resolution (merge, co_fund or justified, with a note)');
  }
}

export class ThreadNotFoundError extends DomainError {
  constructor(planId: string, threadId: string) {
    super('THREAD.NOT_FOUND', 'not_found', `action plan ${planId} has no thread ${threadId}`);
  }
}

export class ThreadForbiddenError extends DomainError {
  constructor(message: string) {
    super('THREAD.FORBIDDEN', 'forbidden', message);
  }
}

export class ThreadConflictOfInterestError extends DomainError {
  constructor(affiliation: string) {
    super('THREAD.CONFLICT_OF_INTEREST', 'forbidden', `a reviewer affiliated with ${affiliation}, which leads or takes part in this plan, may not open or join its reviewers threads`);
  }
}

export class ThreadStatusError extends DomainError {
  constructor(action: string, status: string) {
    super('THREAD.INVALID_STATUS', 'conflict', `cannot ${action} a thread that is ${status}`);
  }
}
