import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import { ACTION_PLAN_EVENT_TYPES, ACTION_PLAN_STATUSES, DECISIONS, RECOMMENDATIONS, STATUS_EVENT_TYPES, THREAD_EVENT_TYPES, THREAD_VISIBILITIES, type ActionPlanEventType } from '@accord/action-plans';
import { CoordinationRequest, OverrideRequest } from '../review/review.requests';
import { ThreadAnchorResponse } from './thread.responses';

class CreatedData {
  @ApiProperty({ enum: ['draft'], example: 'draft' })
  status: string;
}

class TransitionData {
  @ApiProperty({ enum: ACTION_PLAN_STATUSES, example: 'draft', description: 'The status the plan left' })
  from: string;

  @ApiProperty({ enum: ACTION_PLAN_STATUSES, example: 'submitted', description: 'The status the plan entered' })
  status: string;
}

class RevisedData extends TransitionData {
  @ApiPropertyOptional({
    type: [String],
    example: ['/activities/A1/title', '/budget/amount'],
    description: 'The fields the new version changed, as `GET /v1/plans/{id}/versions/{n}/changes` names them (absent from revisions recorded before it was kept)',
  })
  changedPaths?: string[];
}

class ReviewCompletedData extends TransitionData {
  @ApiProperty({ enum: RECOMMENDATIONS, example: 'review_closely' })
  recommendation: string;
}

class DecidedData extends TransitionData {
  @ApiProperty({ format: 'uuid', description: 'The decision that made the transition (the last approval, the rejection, the request for changes)' })
  decisionId: string;
}

class WithdrawnData extends TransitionData {
  @ApiPropertyOptional({ example: 'Merged into the SICA regional plan.', description: 'When the lead gave one' })
  reason?: string;
}

class SupersededData extends TransitionData {
  @ApiProperty({ format: 'uuid', description: 'The approved consolidated plan that replaced this one' })
  supersededBy: string;
}

class ConsolidatedData {
  @ApiProperty({ type: [String], format: 'uuid', description: 'The plans named in supersedes that this approval superseded' })
  superseded: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Those it could not supersede (unknown, closed, or led by a partner that takes no part in this plan)' })
  notSuperseded: string[];
}

class EndorsedData {
  @ApiProperty({ example: 'GOV-HN' })
  partnerCode: string;

  @ApiPropertyOptional({ example: 'Endorsed by the Ministry of Security.' })
  comment?: string;
}

class RecommendationUpdatedData {
  // OpenAPI 3.0's `nullable` does not add null to an enum: it has to be listed.
  @ApiProperty({ type: String, enum: [...RECOMMENDATIONS, null] as string[], nullable: true, example: 'review_closely' })
  from: string | null;

  @ApiProperty({ enum: RECOMMENDATIONS, example: 'approve' })
  recommendation: string;
}

class DecisionRecordedData {
  @ApiProperty({ enum: DECISIONS, example: 'approve' })
  decision: string;

  @ApiProperty({ example: '0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f', description: 'The reviewer’s key id (`admin_token` for the bootstrap token)' })
  reviewerId: string;

  @ApiProperty({ type: String, nullable: true, example: 'OAS' })
  affiliation: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Well aligned with the SICA strategy.' })
  comment: string | null;

  @ApiPropertyOptional({ type: OverrideRequest })
  override?: OverrideRequest;

  @ApiPropertyOptional({ type: CoordinationRequest })
  coordination?: CoordinationRequest;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'The threads a request for changes cited; told only to who may read them' })
  threads?: string[];

  @ApiProperty({ example: 1, description: 'Approvals of the version so far, this one included' })
  approvals: number;

  @ApiProperty({ example: 2 })
  approvalsRequired: number;
}

class MarkedOverdueData {
  @ApiProperty({ type: String, nullable: true, example: '2026-11-25T13:00:00.000Z' })
  awaitingSince: string | null;

  @ApiProperty({ example: 72 })
  slaHours: number;
}

class OverlapFoundData {
  @ApiProperty({ format: 'uuid', description: 'The later plan whose overlap check found this one; its finding is now in this version’s overlap result' })
  relatedPlanId: string;

  @ApiProperty({ example: 86 })
  score: number;

  @ApiProperty({ enum: ['warning', 'info'], example: 'warning', description: '`info` when this plan already supersedes or co-funds the other' })
  severity: string;
}

class CommentAuthorData {
  @ApiProperty({ enum: ['partner', 'reviewer', 'admin'], example: 'reviewer' })
  kind: string;

  @ApiPropertyOptional({ example: 'OAS', description: 'The partner’s organisation, or the reviewer’s affiliation; none for an admin' })
  partnerCode?: string;
}

/** What every event of a thread names: which thread, and so who may read the event. */
class ThreadData {
  @ApiProperty({ format: 'uuid' })
  threadId: string;

  @ApiProperty({ enum: THREAD_VISIBILITIES, example: 'participants', description: 'Only a `participants` thread’s events reach the plan’s partners (history and webhooks)' })
  visibility: string;
}

class ThreadCommentedData extends ThreadData {
  @ApiProperty({ format: 'uuid' })
  commentId: string;

  @ApiProperty({ type: CommentAuthorData })
  author: CommentAuthorData;

  @ApiProperty({ example: 'Raised to 1.6 million in version 2.' })
  body: string;
}

class ThreadOpenedData extends ThreadCommentedData {
  @ApiProperty({ type: ThreadAnchorResponse, nullable: true, description: 'null: the thread is about the plan as a whole' })
  anchor: ThreadAnchorResponse | null;
}

/** The data of each event type: a type without one here fails to compile. */
const EVENT_DATA = {
  ActionPlanCreated: CreatedData,
  ActionPlanRevised: RevisedData,
  ActionPlanSubmitted: TransitionData,
  ActionPlanReviewStarted: TransitionData,
  ActionPlanReviewCompleted: ReviewCompletedData,
  ActionPlanApproved: DecidedData,
  ActionPlanRejected: DecidedData,
  ActionPlanChangesRequested: DecidedData,
  ActionPlanWithdrawn: WithdrawnData,
  ActionPlanSuperseded: SupersededData,
  ActionPlanConsolidated: ConsolidatedData,
  ActionPlanEndorsed: EndorsedData,
  ActionPlanRecommendationUpdated: RecommendationUpdatedData,
  ActionPlanDecisionRecorded: DecisionRecordedData,
  ActionPlanMarkedOverdue: MarkedOverdueData,
  ActionPlanOverlapFound: OverlapFoundData,
  ActionPlanThreadOpened: ThreadOpenedData,
  ActionPlanThreadCommented: ThreadCommentedData,
  ActionPlanThreadResolved: ThreadData,
  ActionPlanThreadReopened: ThreadData,
} satisfies Record<ActionPlanEventType, Type>;

export class ActorResponse {
  @ApiProperty({ example: 'api_key', enum: ['api_key', 'admin_token', 'system'] })
  kind: string;

  @ApiProperty({ example: 'partner', enum: ['partner', 'reviewer', 'admin', 'system'] })
  role: string;

  @ApiProperty({ type: String, example: 'US', nullable: true })
  partnerCode: string | null;
}

/** What every history event has besides its type and data. */
class ActionPlanEventFields {
  @ApiProperty({ example: 2, description: 'Position in the plan’s history, from 1, without gaps' })
  seq: number;

  @ApiProperty({ example: '2026-11-25T13:00:00.000Z' })
  occurredAt: string;

  @ApiProperty({ type: ActorResponse })
  actor: ActorResponse;

  @ApiProperty({ example: 1, description: 'The version the event concerns' })
  version: number;
}

class WebhookEventPlanResponse {
  @ApiProperty({ format: 'uuid', example: '0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f' })
  id: string;

  @ApiProperty({ enum: ACTION_PLAN_STATUSES, example: 'in_review', description: 'The plan’s status when the delivery was made, which may be later than the event' })
  status: string;

  @ApiProperty({ example: 1 })
  version: number;

  @ApiProperty({ example: 'US' })
  leadPartner: string;
}

/** What every webhook delivery has besides its type and data. */
class WebhookEventFields {
  @ApiProperty({ example: '0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-2', description: 'Unique per event: de-duplicate on it, retries resend it' })
  id: string;

  @ApiProperty({ example: '2026-11-25T13:00:00.000Z' })
  occurredAt: string;

  @ApiProperty({ format: 'uuid', example: '0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f' })
  planId: string;

  @ApiProperty({ example: 1, description: 'The plan version the event is about' })
  version: number;

  @ApiProperty({ type: WebhookEventPlanResponse })
  plan: WebhookEventPlanResponse;
}

type SchemaObject = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

/** One schema per event type, named `<type><suffix>`: the fields of `base`, the type as a constant, and its data. */
function variantsOf(base: Type, suffix: string, types: readonly ActionPlanEventType[], dataDescription?: string): Record<string, Type> {
  return Object.fromEntries(
    types.map((type) => {
      class Variant extends base {}
      Object.defineProperty(Variant, 'name', { value: `${type}${suffix}` });
      ApiProperty({ enum: [type], example: type })(Variant.prototype, 'type');
      ApiProperty({ type: EVENT_DATA[type], description: dataDescription })(Variant.prototype, 'data');
      return [type, Variant];
    }),
  );
}

const HISTORY_EVENTS = variantsOf(ActionPlanEventFields, 'Event', ACTION_PLAN_EVENT_TYPES);
// A partner hears of its plans' changes of status and of their participants threads (the fan-out's rule).
const WEBHOOK_EVENTS = variantsOf(WebhookEventFields, 'Webhook', [...STATUS_EVENT_TYPES, ...THREAD_EVENT_TYPES], 'The event’s data as in the plan’s history');

function unionOf(variants: Record<string, Type>, description: string): SchemaObject {
  return {
    description,
    oneOf: Object.values(variants).map((variant) => ({ $ref: getSchemaPath(variant) })),
    discriminator: { propertyName: 'type', mapping: Object.fromEntries(Object.entries(variants).map(([type, variant]) => [type, getSchemaPath(variant)])) },
  };
}

/** The classes of the schemas the unions name, for the document's extra models. */
export const HISTORY_EVENT_MODELS: Type[] = Object.values(HISTORY_EVENTS);
export const WEBHOOK_EVENT_MODELS: Type[] = Object.values(WEBHOOK_EVENTS);

/** The names of the unions on `type`: the history event, for the routes that answer with it, and the webhook payload. */
export const ACTION_PLAN_EVENT_SCHEMA = 'ActionPlanEventResponse';
export const WEBHOOK_EVENT_SCHEMA = 'WebhookEventPayload';

/**
 * The schemas that are unions of the event variants, added to the document's components: one
 * schema per event type, so a generated client narrows `data` by `type`.
 */
export function eventUnionSchemas(): Record<string, SchemaObject> {
  return {
    [ACTION_PLAN_EVENT_SCHEMA]: unionOf(HISTORY_EVENTS, 'One event of a plan’s history: its data depends on its type'),
    // Documented for receivers: OpenAPI 3.0, unlike 3.1, has no webhooks section.
    [WEBHOOK_EVENT_SCHEMA]: unionOf(WEBHOOK_EVENTS, 'What Accord POSTs to a webhook: every change of status of a plan the partner leads or takes part in, and every event of its participants threads'),
  };
}
