import { Module } from '@nestjs/common';
import { ActionPlanRepository } from './action-plan.repository';
import { CreateActionPlanHandler } from './commands/create-action-plan/create-action-plan.handler';
import { ReviseActionPlanHandler } from './commands/revise-action-plan/revise-action-plan.handler';
import { StartActionPlanReviewHandler } from './commands/start-action-plan-review/start-action-plan-review.handler';
import { SubmitActionPlanHandler } from './commands/submit-action-plan/submit-action-plan.handler';
import { WithdrawActionPlanHandler } from './commands/withdraw-action-plan/withdraw-action-plan.handler';
import { GetActionPlanHistoryHandler } from './queries/get-action-plan-history/get-action-plan-history.handler';
import { GetActionPlanVersionHandler } from './queries/get-action-plan-version/get-action-plan-version.handler';
import { GetActionPlanChangesHandler } from './queries/get-action-plan-changes/get-action-plan-changes.handler';
import { GetActionPlanHandler } from './queries/get-action-plan/get-action-plan.handler';
import { ListActionPlansHandler } from './queries/list-action-plans/list-action-plans.handler';
import { CompleteActionPlanReviewHandler } from './commands/complete-action-plan-review/complete-action-plan-review.handler';
import { EndorseActionPlanHandler } from './commands/endorse-action-plan/endorse-action-plan.handler';
import { RecordCheckFailureHandler, RunActionPlanCheckHandler } from './commands/run-action-plan-check/run-action-plan-check.handler';
import { GetActionPlanChecksHandler } from './queries/get-action-plan-checks/get-action-plan-checks.handler';
import { GetActionPlanSummaryHandler } from './queries/get-action-plan-summary/get-action-plan-summary.handler';
import { CheckDataService } from './review/check-data.service';
import { AuditService } from './audit/audit.service';
import { DecideOnActionPlanHandler } from './commands/decide-on-action-plan/decide-on-action-plan.handler';
import { MarkOverdueActionPlansHandler } from './commands/mark-overdue-action-plans/mark-overdue-action-plans.handler';
import { GetReviewQueueHandler } from './queries/get-review-queue/get-review-queue.handler';
import { PortfolioIndex } from './review/portfolio-index';
import { OpenActionPlanThreadHandler } from './commands/open-action-plan-thread/open-action-plan-thread.handler';
import {
  CommentOnActionPlanThreadHandler,
  ReopenActionPlanThreadHandler,
  ResolveActionPlanThreadHandler,
} from './commands/change-action-plan-thread/change-action-plan-thread.handler';
import { ListActionPlanThreadsHandler } from './queries/list-action-plan-threads/list-action-plan-threads.handler';
import { ThreadReader } from './threads/thread-reader';

/** The action plan commands and queries, for the api and the worker alike. */
@Module({
  providers: [
    ActionPlanRepository,
    CreateActionPlanHandler,
    ReviseActionPlanHandler,
    SubmitActionPlanHandler,
    WithdrawActionPlanHandler,
    StartActionPlanReviewHandler,
    GetActionPlanHandler,
    GetActionPlanVersionHandler,
    GetActionPlanChangesHandler,
    GetActionPlanHistoryHandler,
    ListActionPlansHandler,
    CheckDataService,
    PortfolioIndex,
    RunActionPlanCheckHandler,
    RecordCheckFailureHandler,
    CompleteActionPlanReviewHandler,
    EndorseActionPlanHandler,
    GetActionPlanChecksHandler,
    GetActionPlanSummaryHandler,
    DecideOnActionPlanHandler,
    MarkOverdueActionPlansHandler,
    GetReviewQueueHandler,
    AuditService,
    ThreadReader,
    OpenActionPlanThreadHandler,
    CommentOnActionPlanThreadHandler,
    ResolveActionPlanThreadHandler,
    ReopenActionPlanThreadHandler,
    ListActionPlanThreadsHandler,
  ],
  exports: [ActionPlanRepository, CheckDataService, AuditService],
})
export class ActionPlansModule {}
