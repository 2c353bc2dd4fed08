export interface paths {
    "/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the plans the caller may see, newest first */
        get: operations["PlansController_list"];
        put?: never;
        /** Create a draft action plan led by the caller’s organisation */
        post: operations["PlansController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One plan, its current version’s content, its review round and the threads its last request for changes cited */
        get: operations["PlansController_get"];
        /** Revise a plan (lead partner, while draft or changes_requested): a new version, back in draft */
        put: operations["PlansController_revise"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the current version for checks and review (lead partner) */
        post: operations["PlansController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a plan from any state that is not final (lead partner) */
        post: operations["PlansController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/versions/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of a plan, as it was written */
        get: operations["PlansController_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/versions/{n}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What version n changed since an earlier one (the one before it by default), field by field
         * @description Activities and indicators are matched by ref, so reordering them is no change. 400 when `since` is not before `n`; 404 for a version the plan does not have.
         */
        get: operations["PlansController_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the plan, oldest first */
        get: operations["PlansController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current version’s check results (pending until the workers have run them) */
        get: operations["PlansController_checks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A plan as a counterpart to coordinate with: its lead partner, status and what the caller’s plans share with it
         * @description Also for a partner that may not see the plan, when the overlap check of a plan it leads or takes part in names it; then without the title. Never the budget or the text. 404 for anyone else.
         */
        get: operations["PlansController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/endorsements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Endorse the current version: the government of one of its countries, or SICA for a regional plan
         * @description The endorsement check runs again. Endorsing the same version again answers the first endorsement with 200.
         */
        post: operations["PlansController_endorse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The threads of a plan the caller may read, oldest first, with their comments and whether a later version changed their field */
        get: operations["ThreadsController_list"];
        put?: never;
        /**
         * Open a thread on a field of a version, or on the plan as a whole, with its first comment
         * @description Reviewers and admins speak in every thread, except a reviewer affiliated with the lead or a participant in a `reviewers` thread (403); the lead and the participants in `participants` threads; no other partner. A thread a partner may not read does not exist for it (404); nothing changes in the threads of a plan that is approved, rejected, withdrawn or superseded (409).
         */
        post: operations["ThreadsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/threads/{threadId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply to an open thread
         * @description Reviewers and admins speak in every thread, except a reviewer affiliated with the lead or a participant in a `reviewers` thread (403); the lead and the participants in `participants` threads; no other partner. A thread a partner may not read does not exist for it (404); nothing changes in the threads of a plan that is approved, rejected, withdrawn or superseded (409).
         */
        post: operations["ThreadsController_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/threads/{threadId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve an open thread
         * @description Reviewers and admins speak in every thread, except a reviewer affiliated with the lead or a participant in a `reviewers` thread (403); the lead and the participants in `participants` threads; no other partner. A thread a partner may not read does not exist for it (404); nothing changes in the threads of a plan that is approved, rejected, withdrawn or superseded (409).
         */
        post: operations["ThreadsController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/{id}/threads/{threadId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a resolved thread
         * @description Reviewers and admins speak in every thread, except a reviewer affiliated with the lead or a participant in a `reviewers` thread (403); the lead and the participants in `participants` threads; no other partner. A thread a partner may not read does not exist for it (404); nothing changes in the threads of a plan that is approved, rejected, withdrawn or superseded (409).
         */
        post: operations["ThreadsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s role and organisation, as its key says */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every partner organisation */
        get: operations["PartnersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reference-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every code list a plan’s content uses: countries, goals, program areas, ESCA components, DAC sectors and currencies
         * @description Partner codes are listed by GET /v1/partners. An unknown code in a request is a 400 that names the list here.
         */
        get: operations["ReferenceDataController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s webhooks, oldest first (never their secrets) */
        get: operations["WebhooksController_list"];
        put?: never;
        /**
         * Register an endpoint for the state changes of the caller’s plans; the signing secret is shown once
         * @description Every state change of a plan the caller’s organisation leads or takes part in, and every event of its `participants` threads, is POSTed to the URL as JSON (schema `WebhookEventPayload`), with headers `x-accord-event-id` (the payload’s `id`: de-duplicate on it), `x-accord-timestamp` (unix seconds) and `x-accord-signature: sha256=<hex>`, the HMAC-SHA256 of `{timestamp}.{raw body}` keyed with the secret. Any 2xx within 10 s is a success; anything else is retried with exponential backoff, and the outcome is in the delivery log. Redirects are not followed. Deliveries of one webhook may arrive out of order: order by the payload’s `occurredAt`.
         */
        post: operations["WebhooksController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of the caller’s webhooks: nothing more is delivered to it, its log is kept */
        delete: operations["WebhooksController_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log of one of the caller’s webhooks, newest first */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plans awaiting a decision, oldest first, with their check summary and approvals so far */
        get: operations["ReviewController_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review/plans/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve, reject or request changes on the current version
         * @description A plan is approved once APPROVALS_REQUIRED distinct reviewers approved the same version; one rejection rejects. A reviewer affiliated with the lead or a participating partner is refused (403); a second decision by the same reviewer on a version is 409; a failed check blocks approval unless an admin overrides it (409); when the overlap check warned, approval needs `coordination` (409). `request_changes` may cite `threads`, open `participants` threads of the plan (400 otherwise): the review queue and the plan then show, once the plan is revised, whether each one’s field changed.
         */
        post: operations["ReviewController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portfolio/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * For each goal x country: approved plans, partners and USD, with the pipeline apart
         * @description A plan’s money is split over the goals and countries its activities serve, so it is never counted twice. A partner’s pipeline figures count only the plans not yet approved that it leads or takes part in.
         */
        get: operations["PortfolioController_coverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portfolio/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Goal x country cells with no approved funding, or less than minShare of the region’s, most severe first */
        get: operations["PortfolioController_gaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portfolio/overlaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Clusters of active plans linked by overlap warnings, with what they share and a suggested action
         * @description A partner sees only clusters holding one of its plans, and the other plans only as far as it may see them.
         */
        get: operations["PortfolioController_overlaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portfolio/iati": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Approved plans as IATI 2.03 activities
         * @description One iati-activity per approved plan, valid against the IATI 2.03 activity schema. The identifier is the lead partner’s IATI organisation reference and the plan id (XI-ACCORD-<partner code> for a partner without one, which is not a registered prefix). Goals are sectors of vocabulary 99 (urn:accord:vocabulary:carsi-goal), ESCA components of vocabulary 98 (urn:accord:vocabulary:esca-component); budgets are split into periods of at most a year; co-funded plans published in the same document are related activities of type 4.
         */
        get: operations["IatiController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/import/iati": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import IATI activities as draft plans led by the caller’s organisation
         * @description Activities for BZ, CR, SV, GT, HN, NI or PA, or for the Central America region, become drafts; the others are skipped with the reason, as are activities from which no CARSI goal can be inferred (a plan needs one). Each draft lists the problems found or approximated. Re-importing an activity revises its draft while it is a draft or sent back for changes; no duplicate is ever made. A body up to 1 MB is imported at once (200); a larger one, up to 10 MB, by a worker (202, with the import to poll at Location). DOCTYPE declarations, entities and nesting deeper than 100 are refused (400).
         */
        post: operations["IatiController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans/import/iati/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A background import: its progress, then its result (the importing partner only) */
        get: operations["IatiController_importStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a partner organisation */
        post: operations["AdminController_createPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every API key, without tokens */
        get: operations["AdminController_listApiKeys"];
        put?: never;
        /** Issue an API key; the token is in this response only */
        post: operations["AdminController_createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a key; it is refused from the next request on */
        delete: operations["AdminController_revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the whole recorded history: hash chains, gapless numbering, legal transitions, cross-table invariants
         * @description Reads every history row; reports the first broken link when a row was altered behind the service’s back, a history that ends before the event its plan records as its last (HASH_CHAIN), and a plan whose status is not the one its history leaves it in (CURRENT_STATUS).
         */
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process answers */
        get: operations["OperationsController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database and Redis answer */
        get: operations["OperationsController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        FieldProblemResponse: {
            /** @example activities[0].budget.amount */
            field: string;
            /** @example amount must be a positive decimal string with at most two places, e.g. "1500000.00" */
            message: string;
        };
        ErrorResponse: {
            /** @example 400 */
            statusCode: number;
            /** @example Bad Request */
            error: string;
            /** @example The request is invalid */
            message: string;
            /**
             * @description Stable machine-readable code
             * @example REQUEST.INVALID
             */
            code?: string;
            details?: components["schemas"]["FieldProblemResponse"][];
        };
        ActorResponse: {
            /**
             * @example api_key
             * @enum {string}
             */
            kind: "api_key" | "admin_token" | "system";
            /**
             * @example partner
             * @enum {string}
             */
            role: "partner" | "reviewer" | "admin" | "system";
            /** @example US */
            partnerCode: string | null;
        };
        CreatedData: {
            /**
             * @example draft
             * @enum {string}
             */
            status: "draft";
        };
        ActionPlanCreatedEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanCreated";
            data: components["schemas"]["CreatedData"];
        };
        RevisedData: {
            /**
             * @description The status the plan left
             * @example draft
             * @enum {string}
             */
            from: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            /**
             * @description The status the plan entered
             * @example submitted
             * @enum {string}
             */
            status: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            /**
             * @description The fields the new version changed, as `GET /v1/plans/{id}/versions/{n}/changes` names them (absent from revisions recorded before it was kept)
             * @example [
             *       "/activities/A1/title",
             *       "/budget/amount"
             *     ]
             */
            changedPaths?: string[];
        };
        ActionPlanRevisedEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanRevised";
            data: components["schemas"]["RevisedData"];
        };
        TransitionData: {
            /**
             * @description The status the plan left
             * @example draft
             * @enum {string}
             */
            from: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            /**
             * @description The status the plan entered
             * @example submitted
             * @enum {string}
             */
            status: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
        };
        ActionPlanSubmittedEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanSubmitted";
            data: components["schemas"]["TransitionData"];
        };
        ActionPlanReviewStartedEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanReviewStarted";
            data: components["schemas"]["TransitionData"];
        };
        ReviewCompletedData: {
            /**
             * @description The status the plan left
             * @example draft
             * @enum {string}
             */
            from: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            /**
             * @description The status the plan entered
             * @example submitted
             * @enum {string}
             */
            status: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            /**
             * @example review_closely
             * @enum {string}
             */
            recommendation: "approve" | "review_closely" | "reject";
        };
        ActionPlanReviewCompletedEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanReviewCompleted";
            data: components["schemas"]["ReviewCompletedData"];
        };
        DecidedData: {
            /**
             * @description The status the plan left
             * @example draft
             * @enum {string}
             */
            from: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            /**
             * @description The status the plan entered
             * @example submitted
             * @enum {string}
             */
            status: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            /**
             * Format: uuid
             * @description The decision that made the transition (the last approval, the rejection, the request for changes)
             */
            decisionId: string;
        };
        ActionPlanApprovedEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanApproved";
            data: components["schemas"]["DecidedData"];
        };
        ActionPlanRejectedEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanRejected";
            data: components["schemas"]["DecidedData"];
        };
        ActionPlanChangesRequestedEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanChangesRequested";
            data: components["schemas"]["DecidedData"];
        };
        WithdrawnData: {
            /**
             * @description The status the plan left
             * @example draft
             * @enum {string}
             */
            from: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            /**
             * @description The status the plan entered
             * @example submitted
             * @enum {string}
             */
            status: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            /**
             * @description When the lead gave one
             * @example Merged into the SICA regional plan.
             */
            reason?: string;
        };
        ActionPlanWithdrawnEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanWithdrawn";
            data: components["schemas"]["WithdrawnData"];
        };
        SupersededData: {
            /**
             * @description The status the plan left
             * @example draft
             * @enum {string}
             */
            from: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            /**
             * @description The status the plan entered
             * @example submitted
             * @enum {string}
             */
            status: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            /**
             * Format: uuid
             * @description The approved consolidated plan that replaced this one
             */
            supersededBy: string;
        };
        ActionPlanSupersededEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanSuperseded";
            data: components["schemas"]["SupersededData"];
        };
        ConsolidatedData: {
            /** @description The plans named in supersedes that this approval superseded */
            superseded: string[];
            /** @description Those it could not supersede (unknown, closed, or led by a partner that takes no part in this plan) */
            notSuperseded: string[];
        };
        ActionPlanConsolidatedEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanConsolidated";
            data: components["schemas"]["ConsolidatedData"];
        };
        EndorsedData: {
            /** @example GOV-HN */
            partnerCode: string;
            /** @example Endorsed by the Ministry of Security. */
            comment?: string;
        };
        ActionPlanEndorsedEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanEndorsed";
            data: components["schemas"]["EndorsedData"];
        };
        RecommendationUpdatedData: {
            /**
             * @example review_closely
             * @enum {string|null}
             */
            from: "approve" | "review_closely" | "reject" | null;
            /**
             * @example approve
             * @enum {string}
             */
            recommendation: "approve" | "review_closely" | "reject";
        };
        ActionPlanRecommendationUpdatedEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanRecommendationUpdated";
            data: components["schemas"]["RecommendationUpdatedData"];
        };
        OverrideRequest: {
            /**
             * @description Every failed check the approval overrides
             * @example [
             *       "budget"
             *     ]
             */
            checks: ("completeness" | "alignment" | "overlap" | "budget" | "endorsement")[];
            /** @example The exchange rate table was stale; the budget was verified by hand. */
            justification: string;
        };
        CoordinationRequest: {
            /**
             * @example co_fund
             * @enum {string}
             */
            action: "merge" | "co_fund" | "justified";
            /** @example Canada joins as co-funder of the precincts component. */
            note: string;
        };
        DecisionRecordedData: {
            /**
             * @example approve
             * @enum {string}
             */
            decision: "approve" | "reject" | "request_changes";
            /**
             * @description The reviewer’s key id (`admin_token` for the bootstrap token)
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            reviewerId: string;
            /** @example OAS */
            affiliation: string | null;
            /** @example Well aligned with the SICA strategy. */
            comment: string | null;
            override?: components["schemas"]["OverrideRequest"];
            coordination?: components["schemas"]["CoordinationRequest"];
            /** @description The threads a request for changes cited; told only to who may read them */
            threads?: string[];
            /**
             * @description Approvals of the version so far, this one included
             * @example 1
             */
            approvals: number;
            /** @example 2 */
            approvalsRequired: number;
        };
        ActionPlanDecisionRecordedEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanDecisionRecorded";
            data: components["schemas"]["DecisionRecordedData"];
        };
        MarkedOverdueData: {
            /** @example 2026-11-25T13:00:00.000Z */
            awaitingSince: string | null;
            /** @example 72 */
            slaHours: number;
        };
        ActionPlanMarkedOverdueEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanMarkedOverdue";
            data: components["schemas"]["MarkedOverdueData"];
        };
        OverlapFoundData: {
            /**
             * Format: uuid
             * @description The later plan whose overlap check found this one; its finding is now in this version’s overlap result
             */
            relatedPlanId: string;
            /** @example 86 */
            score: number;
            /**
             * @description `info` when this plan already supersedes or co-funds the other
             * @example warning
             * @enum {string}
             */
            severity: "warning" | "info";
        };
        ActionPlanOverlapFoundEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanOverlapFound";
            data: components["schemas"]["OverlapFoundData"];
        };
        CommentAuthorData: {
            /**
             * @example reviewer
             * @enum {string}
             */
            kind: "partner" | "reviewer" | "admin";
            /**
             * @description The partner’s organisation, or the reviewer’s affiliation; none for an admin
             * @example OAS
             */
            partnerCode?: string;
        };
        ThreadAnchorResponse: {
            /**
             * @description The version the field was discussed in
             * @example 1
             */
            version: number;
            /**
             * @description A JSON Pointer into that version’s content
             * @example /budget/amount
             */
            path: string;
        };
        ThreadOpenedData: {
            /** Format: uuid */
            threadId: string;
            /**
             * @description Only a `participants` thread’s events reach the plan’s partners (history and webhooks)
             * @example participants
             * @enum {string}
             */
            visibility: "reviewers" | "participants";
            /** Format: uuid */
            commentId: string;
            author: components["schemas"]["CommentAuthorData"];
            /** @example Raised to 1.6 million in version 2. */
            body: string;
            /** @description null: the thread is about the plan as a whole */
            anchor: components["schemas"]["ThreadAnchorResponse"] | null;
        };
        ActionPlanThreadOpenedEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanThreadOpened";
            data: components["schemas"]["ThreadOpenedData"];
        };
        ThreadCommentedData: {
            /** Format: uuid */
            threadId: string;
            /**
             * @description Only a `participants` thread’s events reach the plan’s partners (history and webhooks)
             * @example participants
             * @enum {string}
             */
            visibility: "reviewers" | "participants";
            /** Format: uuid */
            commentId: string;
            author: components["schemas"]["CommentAuthorData"];
            /** @example Raised to 1.6 million in version 2. */
            body: string;
        };
        ActionPlanThreadCommentedEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanThreadCommented";
            data: components["schemas"]["ThreadCommentedData"];
        };
        ThreadData: {
            /** Format: uuid */
            threadId: string;
            /**
             * @description Only a `participants` thread’s events reach the plan’s partners (history and webhooks)
             * @example participants
             * @enum {string}
             */
            visibility: "reviewers" | "participants";
        };
        ActionPlanThreadResolvedEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanThreadResolved";
            data: components["schemas"]["ThreadData"];
        };
        ActionPlanThreadReopenedEvent: {
            /**
             * @description Position in the plan’s history, from 1, without gaps
             * @example 2
             */
            seq: number;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            /**
             * @description The version the event concerns
             * @example 1
             */
            version: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanThreadReopened";
            data: components["schemas"]["ThreadData"];
        };
        PeriodRequest: {
            /**
             * Format: date
             * @description First day, YYYY-MM-DD
             * @example 2027-01-01
             */
            start: string;
            /**
             * Format: date
             * @description Last day, YYYY-MM-DD; not before start
             * @example 2028-12-31
             */
            end: string;
        };
        ParticipantRequest: {
            /** @example GOV-HN */
            partnerCode: string;
            /**
             * @example IMPLEMENTING
             * @enum {string}
             */
            role: "FUNDING" | "ACCOUNTABLE" | "EXTENDING" | "IMPLEMENTING";
        };
        MoneyRequest: {
            /**
             * @description A positive decimal string with at most two places (never a number)
             * @example 1500000.00
             */
            amount: string;
            /**
             * @description ISO 4217 currency code known to the service
             * @example USD
             */
            currency: string;
        };
        ActivityRequest: {
            /**
             * @description What identifies the activity across versions, unique within the plan: send it back to revise this activity. Without one the service assigns `A1`, `A2`, …
             * @example A1
             */
            ref?: string | null;
            /** @example Model precincts */
            title: string;
            /** @example Train and equip three community police units. */
            description?: string | null;
            /** @example HN */
            country?: string | null;
            /**
             * @description OECD-DAC purpose code
             * @example 15132
             */
            sector?: string | null;
            period?: components["schemas"]["PeriodRequest"] | null;
            budget?: components["schemas"]["MoneyRequest"] | null;
        };
        IndicatorRequest: {
            /**
             * @description What identifies the indicator across versions, unique within the plan: send it back to revise this indicator. Without one the service assigns `I1`, `I2`, …
             * @example I1
             */
            ref?: string | null;
            /** @example Homicides per 100,000 people */
            name: string;
            /** @example rate */
            unit?: string | null;
            /**
             * @description Decimal string
             * @example 38.0
             */
            baseline?: string | null;
            /**
             * @description Decimal string
             * @example 30.0
             */
            target?: string | null;
            /**
             * Format: date
             * @example 2028-12-31
             */
            targetDate?: string | null;
        };
        PlanContentRequest: {
            /** @example Community policing in San Pedro Sula */
            title: string;
            /** @example Model police precincts and youth outreach in three high-crime neighbourhoods. */
            summary?: string | null;
            /**
             * @description Recipient countries (ISO 3166-1 alpha-2), at least one
             * @example [
             *       "HN"
             *     ]
             */
            countries: string[];
            /**
             * @description CARSI goals claimed, at least one
             * @example [
             *       "SAFE_STREETS",
             *       "STATE_PRESENCE"
             *     ]
             */
            goals: string[];
            /**
             * @example [
             *       "PREVENTION"
             *     ]
             */
            programAreas?: string[] | null;
            /**
             * @example [
             *       "VIOLENCE_PREVENTION"
             *     ]
             */
            escaComponents?: string[] | null;
            period: components["schemas"]["PeriodRequest"];
            participants?: components["schemas"]["ParticipantRequest"][];
            /** @description At least one */
            activities: components["schemas"]["ActivityRequest"][];
            budget: components["schemas"]["MoneyRequest"];
            indicators?: components["schemas"]["IndicatorRequest"][];
            /** @description Plans this consolidated plan replaces once approved */
            supersedes?: string[];
            /** @description Plans this plan co-funds */
            coFunds?: string[];
        };
        ActivityResponse: {
            /**
             * @description What identifies the activity across versions, unique within the plan
             * @example A1
             */
            ref: string;
            /** @example Model precincts */
            title: string;
            /** @example Train and equip three community police units. */
            description?: string | null;
            /** @example HN */
            country?: string | null;
            /**
             * @description OECD-DAC purpose code
             * @example 15132
             */
            sector?: string | null;
            period?: components["schemas"]["PeriodRequest"] | null;
            budget?: components["schemas"]["MoneyRequest"] | null;
        };
        IndicatorResponse: {
            /**
             * @description What identifies the indicator across versions, unique within the plan
             * @example I1
             */
            ref: string;
            /** @example Homicides per 100,000 people */
            name: string;
            /** @example rate */
            unit?: string | null;
            /**
             * @description Decimal string
             * @example 38.0
             */
            baseline?: string | null;
            /**
             * @description Decimal string
             * @example 30.0
             */
            target?: string | null;
            /**
             * Format: date
             * @example 2028-12-31
             */
            targetDate?: string | null;
        };
        ActionPlanResponse: {
            /** @example Community policing in San Pedro Sula */
            title: string;
            /** @example Model police precincts and youth outreach in three high-crime neighbourhoods. */
            summary?: string | null;
            /**
             * @description Recipient countries (ISO 3166-1 alpha-2), at least one
             * @example [
             *       "HN"
             *     ]
             */
            countries: string[];
            /**
             * @description CARSI goals claimed, at least one
             * @example [
             *       "SAFE_STREETS",
             *       "STATE_PRESENCE"
             *     ]
             */
            goals: string[];
            /**
             * @example [
             *       "PREVENTION"
             *     ]
             */
            programAreas?: string[] | null;
            /**
             * @example [
             *       "VIOLENCE_PREVENTION"
             *     ]
             */
            escaComponents?: string[] | null;
            period: components["schemas"]["PeriodRequest"];
            participants?: components["schemas"]["ParticipantRequest"][];
            /** @description At least one */
            activities: components["schemas"]["ActivityResponse"][];
            budget: components["schemas"]["MoneyRequest"];
            indicators: components["schemas"]["IndicatorResponse"][];
            /** @description Plans this consolidated plan replaces once approved */
            supersedes?: string[];
            /** @description Plans this plan co-funds */
            coFunds?: string[];
            /**
             * Format: uuid
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            id: string;
            /**
             * @example draft
             * @enum {string}
             */
            status: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            /**
             * @description The current version’s number
             * @example 1
             */
            version: number;
            /**
             * @description Code of the lead partner
             * @example US
             */
            leadPartner: string;
            /**
             * @description Once every check of the current version has a result; null until then
             * @enum {string|null}
             */
            recommendation?: "approve" | "review_closely" | "reject" | null;
            /** @example 2026-11-25T13:00:00.000Z */
            createdAt: string;
            /** @example 2026-11-25T13:00:00.000Z */
            updatedAt: string;
        };
        ActionPlanPageResponse: {
            items: components["schemas"]["ActionPlanResponse"][];
            /**
             * @description Pass as cursor for the next page
             * @example MDE5MmY1YzAtN2ExYi03YzNkLThlNGYtNWE2YjdjOGQ5ZTBm
             */
            nextCursor: string | null;
        };
        CitedThreadResponse: {
            /** Format: uuid */
            id: string;
            /** @description null: the thread is about the plan as a whole */
            anchor: components["schemas"]["ThreadAnchorResponse"] | null;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "resolved";
            /**
             * @description The current version changed the thread’s field since the version changes were requested on (for a thread on the plan as a whole: anything); false until the plan is revised
             * @example true
             */
            changed: boolean;
        };
        ActionPlanDetailResponse: {
            /** @example Community policing in San Pedro Sula */
            title: string;
            /** @example Model police precincts and youth outreach in three high-crime neighbourhoods. */
            summary?: string | null;
            /**
             * @description Recipient countries (ISO 3166-1 alpha-2), at least one
             * @example [
             *       "HN"
             *     ]
             */
            countries: string[];
            /**
             * @description CARSI goals claimed, at least one
             * @example [
             *       "SAFE_STREETS",
             *       "STATE_PRESENCE"
             *     ]
             */
            goals: string[];
            /**
             * @example [
             *       "PREVENTION"
             *     ]
             */
            programAreas?: string[] | null;
            /**
             * @example [
             *       "VIOLENCE_PREVENTION"
             *     ]
             */
            escaComponents?: string[] | null;
            period: components["schemas"]["PeriodRequest"];
            participants?: components["schemas"]["ParticipantRequest"][];
            /** @description At least one */
            activities: components["schemas"]["ActivityResponse"][];
            budget: components["schemas"]["MoneyRequest"];
            indicators: components["schemas"]["IndicatorResponse"][];
            /** @description Plans this consolidated plan replaces once approved */
            supersedes?: string[];
            /** @description Plans this plan co-funds */
            coFunds?: string[];
            /**
             * Format: uuid
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            id: string;
            /**
             * @example draft
             * @enum {string}
             */
            status: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            /**
             * @description The current version’s number
             * @example 1
             */
            version: number;
            /**
             * @description Code of the lead partner
             * @example US
             */
            leadPartner: string;
            /**
             * @description Once every check of the current version has a result; null until then
             * @enum {string|null}
             */
            recommendation?: "approve" | "review_closely" | "reject" | null;
            /** @example 2026-11-25T13:00:00.000Z */
            createdAt: string;
            /** @example 2026-11-25T13:00:00.000Z */
            updatedAt: string;
            /**
             * @description The round of review: 1, and one more after each request for changes
             * @example 2
             */
            round: number;
            /** @description The threads the last request for changes cited, each with whether the plan has changed its field since; empty when none (or for a partner that takes no part in the plan) */
            citedThreads: components["schemas"]["CitedThreadResponse"][];
        };
        WithdrawPlanRequest: {
            /** @example Merged into the regional plan led by SICA. */
            reason?: string | null;
        };
        ActionPlanVersionResponse: {
            /** @example Community policing in San Pedro Sula */
            title: string;
            /** @example Model police precincts and youth outreach in three high-crime neighbourhoods. */
            summary?: string | null;
            /**
             * @description Recipient countries (ISO 3166-1 alpha-2), at least one
             * @example [
             *       "HN"
             *     ]
             */
            countries: string[];
            /**
             * @description CARSI goals claimed, at least one
             * @example [
             *       "SAFE_STREETS",
             *       "STATE_PRESENCE"
             *     ]
             */
            goals: string[];
            /**
             * @example [
             *       "PREVENTION"
             *     ]
             */
            programAreas?: string[] | null;
            /**
             * @example [
             *       "VIOLENCE_PREVENTION"
             *     ]
             */
            escaComponents?: string[] | null;
            period: components["schemas"]["PeriodRequest"];
            participants?: components["schemas"]["ParticipantRequest"][];
            /** @description At least one */
            activities: components["schemas"]["ActivityResponse"][];
            budget: components["schemas"]["MoneyRequest"];
            indicators: components["schemas"]["IndicatorResponse"][];
            /** @description Plans this consolidated plan replaces once approved */
            supersedes?: string[];
            /** @description Plans this plan co-funds */
            coFunds?: string[];
            /** Format: uuid */
            planId: string;
            /** @example 2 */
            version: number;
            /** @example 2026-11-25T13:00:00.000Z */
            createdAt: string;
            createdBy: components["schemas"]["ActorResponse"];
        };
        PlanChangeResponse: {
            /**
             * @description A JSON Pointer into the content; activities and indicators are addressed by their ref, and sets (codes, participants) only whole
             * @example /activities/A2/budget/amount
             */
            path: string;
            /**
             * @description `added` and `removed` are activities or indicators; every other field can only change
             * @example changed
             * @enum {string}
             */
            kind: "added" | "removed" | "changed";
            /**
             * @description The value in the earlier version; absent for an added item
             * @example 1500000.00
             */
            before?: (string | null) | string[] | components["schemas"]["MoneyRequest"] | components["schemas"]["PeriodRequest"] | components["schemas"]["ParticipantRequest"][] | components["schemas"]["ActivityResponse"] | components["schemas"]["IndicatorResponse"];
            /**
             * @description The value in this version; absent for a removed item
             * @example 1750000.00
             */
            after?: (string | null) | string[] | components["schemas"]["MoneyRequest"] | components["schemas"]["PeriodRequest"] | components["schemas"]["ParticipantRequest"][] | components["schemas"]["ActivityResponse"] | components["schemas"]["IndicatorResponse"];
            /**
             * @description The ref of the activity or indicator the change is in
             * @example A2
             */
            ref?: string;
        };
        ActionPlanChangesResponse: {
            /** Format: uuid */
            planId: string;
            /** @example 2 */
            version: number;
            /** @example 1 */
            since: number;
            /** @description In the order of the content’s fields; an empty list when nothing changed */
            changes: components["schemas"]["PlanChangeResponse"][];
        };
        PartnerRefResponse: {
            /** @example EU */
            code: string;
            /** @example European Union */
            name: string;
        };
        RelatedPlanResponse: {
            /** @example 78 */
            score: number;
            /**
             * @description The other plan’s status now
             * @example awaiting_decision
             * @enum {string}
             */
            status?: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            /** @description The partner that leads the other plan: the one to coordinate with */
            leadPartner?: components["schemas"]["PartnerRefResponse"];
            /**
             * @description Only when the caller may see the other plan
             * @example Community policing in San Pedro Sula
             */
            title?: string;
            /**
             * @example [
             *       "HN"
             *     ]
             */
            sharedCountries?: string[];
            /**
             * @example [
             *       "15132"
             *     ]
             */
            sharedSectors?: string[];
            /**
             * @example [
             *       "PREVENTION"
             *     ]
             */
            sharedProgramAreas?: string[];
            /** @description The days both plans run */
            overlappingPeriod?: components["schemas"]["PeriodRequest"] | null;
        };
        FindingResponse: {
            /** @example OVERLAP */
            code: string;
            /**
             * @example warning
             * @enum {string}
             */
            severity: "info" | "warning" | "error";
            /** @example Overlaps with action plan 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f (score 78) */
            message: string;
            /** @example activities[0].budget */
            path?: string;
            /** Format: uuid */
            relatedPlanId?: string;
            related?: components["schemas"]["RelatedPlanResponse"];
        };
        CheckResultResponse: {
            /**
             * @example overlap
             * @enum {string}
             */
            type: "completeness" | "alignment" | "overlap" | "budget" | "endorsement";
            /**
             * @example warning
             * @enum {string}
             */
            status: "pending" | "running" | "passed" | "warning" | "failed";
            /**
             * @description 0 to 100, for the checks that score
             * @example 78
             */
            score?: number | null;
            findings: components["schemas"]["FindingResponse"][];
            /** @example 2026-11-25T13:00:05.000Z */
            completedAt?: string | null;
        };
        SummaryOverlapResponse: {
            /**
             * Format: uuid
             * @description The caller’s plan (any plan, for reviewers and admins) whose overlap check names this one
             */
            planId: string;
            /** @example 86 */
            score: number;
            /**
             * @example [
             *       "HN"
             *     ]
             */
            sharedCountries: string[];
            /**
             * @example [
             *       "11330"
             *     ]
             */
            sharedSectors: string[];
            /**
             * @example [
             *       "PREVENTION"
             *     ]
             */
            sharedProgramAreas: string[];
            overlappingPeriod: components["schemas"]["PeriodRequest"] | null;
        };
        ActionPlanSummaryResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @example awaiting_decision
             * @enum {string}
             */
            status: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            leadPartner: components["schemas"]["PartnerRefResponse"];
            /**
             * @description Only when the caller may see the plan
             * @example Community policing in San Pedro Sula
             */
            title?: string;
            /** @description What the overlap findings of the caller’s plans say of this one */
            overlaps: components["schemas"]["SummaryOverlapResponse"][];
        };
        EndorsePlanRequest: {
            /** @example Endorsed by the Ministry of Security. */
            comment?: string | null;
        };
        EndorsementResponse: {
            /** Format: uuid */
            planId: string;
            /** @example 1 */
            version: number;
            /** @example GOV-HN */
            partnerCode: string;
            /** @example Endorsed by the Ministry of Security. */
            comment?: string | null;
            /** @example 2026-11-25T13:00:00.000Z */
            createdAt: string;
        };
        CommentAuthorResponse: {
            /**
             * @example reviewer
             * @enum {string}
             */
            kind: "partner" | "reviewer" | "admin";
            /**
             * @description The partner’s organisation, or the reviewer’s affiliation; none for an admin
             * @example OAS
             */
            partnerCode?: string;
        };
        ThreadCommentResponse: {
            /** Format: uuid */
            id: string;
            author: components["schemas"]["CommentAuthorResponse"];
            /** @example The total went up by 250,000 USD: which activity does it fund? */
            body: string;
            /** @example 2026-11-25T13:00:00.000Z */
            createdAt: string;
        };
        ThreadResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @example participants
             * @enum {string}
             */
            visibility: "reviewers" | "participants";
            /** @description null: the thread is about the plan as a whole */
            anchor: components["schemas"]["ThreadAnchorResponse"] | null;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "resolved";
            /**
             * @description A later version changed the anchored field (or removed it)
             * @example true
             */
            outdated: boolean;
            /**
             * @description The anchored field’s value in the current version, when outdated and the field is still there
             * @example 1750000.00
             */
            currentValue?: (string | null) | string[] | components["schemas"]["MoneyRequest"] | components["schemas"]["PeriodRequest"] | components["schemas"]["ParticipantRequest"][] | components["schemas"]["ActivityResponse"] | components["schemas"]["IndicatorResponse"];
            /** @description Oldest first; the first opened the thread */
            comments: components["schemas"]["ThreadCommentResponse"][];
        };
        OpenThreadRequest: {
            /**
             * @description Plain text (shown as written, never as HTML or markdown), 1 to 10,000 characters, not only blanks
             * @example The total went up by 250,000 USD: which activity does it fund?
             */
            body: string;
            /**
             * @description `reviewers`: reviewers and admins only; `participants`: also the plan’s lead and participants
             * @example participants
             * @enum {string}
             */
            visibility: "reviewers" | "participants";
            /**
             * Format: int32
             * @description The version `path` is in; the current one by default. Only with `path`
             * @example 1
             */
            version?: number;
            /**
             * @description The field the thread is about, a JSON Pointer as the changes address fields (activities and indicators by ref); none for the plan as a whole
             * @example /activities/A2/sector
             */
            path?: string;
        };
        ThreadCommentRequest: {
            /**
             * @description Plain text (shown as written, never as HTML or markdown), 1 to 10,000 characters, not only blanks
             * @example The total went up by 250,000 USD: which activity does it fund?
             */
            body: string;
        };
        MeResponse: {
            /**
             * @example reviewer
             * @enum {string}
             */
            role: "partner" | "reviewer" | "admin";
            /**
             * @description The organisation a partner key acts for, or a reviewer’s affiliation; none for the admin token
             * @example OAS
             */
            partnerCode?: string | null;
        };
        PartnerResponse: {
            /** @example GOV-HN */
            code: string;
            /** @example Government of Honduras */
            name: string;
            /**
             * @example RECIPIENT_GOVERNMENT
             * @enum {string}
             */
            kind: "RECIPIENT_GOVERNMENT" | "REGIONAL_BODY" | "DONOR_GOVERNMENT" | "MULTILATERAL" | "FINANCIAL_INSTITUTION" | "PRIVATE_SECTOR" | "CIVIL_SOCIETY";
            /** @example HN */
            country?: string | null;
            /**
             * @description IATI organisation identifier
             * @example XM-DAC-46007
             */
            iatiOrgRef?: string | null;
            /** @example 2026-11-25T13:00:00.000Z */
            createdAt: string;
        };
        ReferenceCodeResponse: {
            /** @example HN */
            code: string;
            /** @example Honduras */
            name: string;
        };
        GoalSupportingCodeResponse: {
            /** @example HN */
            code: string;
            /** @example Honduras */
            name: string;
            /**
             * @description The CARSI goals it supports, as the alignment check counts them
             * @example [
             *       "SAFE_STREETS",
             *       "STATE_PRESENCE"
             *     ]
             */
            goals: string[];
        };
        ReferenceDataResponse: {
            /** @description Recipient countries (ISO 3166-1 alpha-2) */
            countries: components["schemas"]["ReferenceCodeResponse"][];
            /** @description CARSI goals */
            goals: components["schemas"]["ReferenceCodeResponse"][];
            programAreas: components["schemas"]["GoalSupportingCodeResponse"][];
            /** @description Components of the Central American Security Strategy (ESCA) */
            escaComponents: components["schemas"]["ReferenceCodeResponse"][];
            /** @description OECD-DAC purpose codes */
            dacSectors: components["schemas"]["GoalSupportingCodeResponse"][];
            /** @description ISO 4217 currencies with a reference rate to USD */
            currencies: components["schemas"]["ReferenceCodeResponse"][];
        };
        WebhookEventPlanResponse: {
            /**
             * Format: uuid
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            id: string;
            /**
             * @description The plan’s status when the delivery was made, which may be later than the event
             * @example in_review
             * @enum {string}
             */
            status: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            /** @example 1 */
            version: number;
            /** @example US */
            leadPartner: string;
        };
        ActionPlanCreatedWebhook: {
            /**
             * @description Unique per event: de-duplicate on it, retries resend it
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-2
             */
            id: string;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            /**
             * Format: uuid
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            planId: string;
            /**
             * @description The plan version the event is about
             * @example 1
             */
            version: number;
            plan: components["schemas"]["WebhookEventPlanResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanCreated";
            /** @description The event’s data as in the plan’s history */
            data: components["schemas"]["CreatedData"];
        };
        ActionPlanRevisedWebhook: {
            /**
             * @description Unique per event: de-duplicate on it, retries resend it
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-2
             */
            id: string;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            /**
             * Format: uuid
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            planId: string;
            /**
             * @description The plan version the event is about
             * @example 1
             */
            version: number;
            plan: components["schemas"]["WebhookEventPlanResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanRevised";
            /** @description The event’s data as in the plan’s history */
            data: components["schemas"]["RevisedData"];
        };
        ActionPlanSubmittedWebhook: {
            /**
             * @description Unique per event: de-duplicate on it, retries resend it
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-2
             */
            id: string;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            /**
             * Format: uuid
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            planId: string;
            /**
             * @description The plan version the event is about
             * @example 1
             */
            version: number;
            plan: components["schemas"]["WebhookEventPlanResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanSubmitted";
            /** @description The event’s data as in the plan’s history */
            data: components["schemas"]["TransitionData"];
        };
        ActionPlanReviewStartedWebhook: {
            /**
             * @description Unique per event: de-duplicate on it, retries resend it
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-2
             */
            id: string;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            /**
             * Format: uuid
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            planId: string;
            /**
             * @description The plan version the event is about
             * @example 1
             */
            version: number;
            plan: components["schemas"]["WebhookEventPlanResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanReviewStarted";
            /** @description The event’s data as in the plan’s history */
            data: components["schemas"]["TransitionData"];
        };
        ActionPlanReviewCompletedWebhook: {
            /**
             * @description Unique per event: de-duplicate on it, retries resend it
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-2
             */
            id: string;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            /**
             * Format: uuid
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            planId: string;
            /**
             * @description The plan version the event is about
             * @example 1
             */
            version: number;
            plan: components["schemas"]["WebhookEventPlanResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanReviewCompleted";
            /** @description The event’s data as in the plan’s history */
            data: components["schemas"]["ReviewCompletedData"];
        };
        ActionPlanApprovedWebhook: {
            /**
             * @description Unique per event: de-duplicate on it, retries resend it
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-2
             */
            id: string;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            /**
             * Format: uuid
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            planId: string;
            /**
             * @description The plan version the event is about
             * @example 1
             */
            version: number;
            plan: components["schemas"]["WebhookEventPlanResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanApproved";
            /** @description The event’s data as in the plan’s history */
            data: components["schemas"]["DecidedData"];
        };
        ActionPlanRejectedWebhook: {
            /**
             * @description Unique per event: de-duplicate on it, retries resend it
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-2
             */
            id: string;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            /**
             * Format: uuid
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            planId: string;
            /**
             * @description The plan version the event is about
             * @example 1
             */
            version: number;
            plan: components["schemas"]["WebhookEventPlanResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanRejected";
            /** @description The event’s data as in the plan’s history */
            data: components["schemas"]["DecidedData"];
        };
        ActionPlanChangesRequestedWebhook: {
            /**
             * @description Unique per event: de-duplicate on it, retries resend it
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-2
             */
            id: string;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            /**
             * Format: uuid
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            planId: string;
            /**
             * @description The plan version the event is about
             * @example 1
             */
            version: number;
            plan: components["schemas"]["WebhookEventPlanResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanChangesRequested";
            /** @description The event’s data as in the plan’s history */
            data: components["schemas"]["DecidedData"];
        };
        ActionPlanWithdrawnWebhook: {
            /**
             * @description Unique per event: de-duplicate on it, retries resend it
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-2
             */
            id: string;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            /**
             * Format: uuid
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            planId: string;
            /**
             * @description The plan version the event is about
             * @example 1
             */
            version: number;
            plan: components["schemas"]["WebhookEventPlanResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanWithdrawn";
            /** @description The event’s data as in the plan’s history */
            data: components["schemas"]["WithdrawnData"];
        };
        ActionPlanSupersededWebhook: {
            /**
             * @description Unique per event: de-duplicate on it, retries resend it
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-2
             */
            id: string;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            /**
             * Format: uuid
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            planId: string;
            /**
             * @description The plan version the event is about
             * @example 1
             */
            version: number;
            plan: components["schemas"]["WebhookEventPlanResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanSuperseded";
            /** @description The event’s data as in the plan’s history */
            data: components["schemas"]["SupersededData"];
        };
        ActionPlanThreadOpenedWebhook: {
            /**
             * @description Unique per event: de-duplicate on it, retries resend it
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-2
             */
            id: string;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            /**
             * Format: uuid
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            planId: string;
            /**
             * @description The plan version the event is about
             * @example 1
             */
            version: number;
            plan: components["schemas"]["WebhookEventPlanResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanThreadOpened";
            /** @description The event’s data as in the plan’s history */
            data: components["schemas"]["ThreadOpenedData"];
        };
        ActionPlanThreadCommentedWebhook: {
            /**
             * @description Unique per event: de-duplicate on it, retries resend it
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-2
             */
            id: string;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            /**
             * Format: uuid
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            planId: string;
            /**
             * @description The plan version the event is about
             * @example 1
             */
            version: number;
            plan: components["schemas"]["WebhookEventPlanResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanThreadCommented";
            /** @description The event’s data as in the plan’s history */
            data: components["schemas"]["ThreadCommentedData"];
        };
        ActionPlanThreadResolvedWebhook: {
            /**
             * @description Unique per event: de-duplicate on it, retries resend it
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-2
             */
            id: string;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            /**
             * Format: uuid
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            planId: string;
            /**
             * @description The plan version the event is about
             * @example 1
             */
            version: number;
            plan: components["schemas"]["WebhookEventPlanResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanThreadResolved";
            /** @description The event’s data as in the plan’s history */
            data: components["schemas"]["ThreadData"];
        };
        ActionPlanThreadReopenedWebhook: {
            /**
             * @description Unique per event: de-duplicate on it, retries resend it
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-2
             */
            id: string;
            /** @example 2026-11-25T13:00:00.000Z */
            occurredAt: string;
            /**
             * Format: uuid
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            planId: string;
            /**
             * @description The plan version the event is about
             * @example 1
             */
            version: number;
            plan: components["schemas"]["WebhookEventPlanResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActionPlanThreadReopened";
            /** @description The event’s data as in the plan’s history */
            data: components["schemas"]["ThreadData"];
        };
        RegisterWebhookRequest: {
            /**
             * @description An absolute http or https URL that accepts POST, on the public internet: a URL naming a loopback, private or reserved address is refused, and a host name that resolves to one is not called
             * @example https://hooks.state.gov/accord
             */
            url: string;
            /** @example Portfolio sync for the INL bureau */
            description?: string | null;
        };
        RegisteredWebhookResponse: {
            /**
             * Format: uuid
             * @example 0193a1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b
             */
            id: string;
            /** @example https://hooks.state.gov/accord */
            url: string;
            /** @example Portfolio sync for the INL bureau */
            description: string | null;
            /** @example 2026-11-25T13:00:00.000Z */
            createdAt: string;
            /**
             * @description The signing secret. Shown here once and never again: keep it to check x-accord-signature
             * @example q3N1c2VjcmV0LW9ubHktc2hvd24tb25jZS1rZWVwLWl0LXNhZmU
             */
            secret: string;
        };
        WebhookResponse: {
            /**
             * Format: uuid
             * @example 0193a1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b
             */
            id: string;
            /** @example https://hooks.state.gov/accord */
            url: string;
            /** @example Portfolio sync for the INL bureau */
            description: string | null;
            /** @example 2026-11-25T13:00:00.000Z */
            createdAt: string;
        };
        WebhookDeliveryResponse: {
            /**
             * Format: uuid
             * @example 0193a1b2-9d0e-7f1a-8b2c-3d4e5f6a7b8c
             */
            id: string;
            /**
             * @description The event id sent as x-accord-event-id: `{planId}-{seq}`
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-2
             */
            eventId: string;
            /**
             * @example ActionPlanSubmitted
             * @enum {string}
             */
            eventType: "ActionPlanCreated" | "ActionPlanRevised" | "ActionPlanSubmitted" | "ActionPlanReviewStarted" | "ActionPlanReviewCompleted" | "ActionPlanApproved" | "ActionPlanRejected" | "ActionPlanChangesRequested" | "ActionPlanWithdrawn" | "ActionPlanSuperseded" | "ActionPlanConsolidated" | "ActionPlanEndorsed" | "ActionPlanRecommendationUpdated" | "ActionPlanDecisionRecorded" | "ActionPlanMarkedOverdue" | "ActionPlanOverlapFound" | "ActionPlanThreadOpened" | "ActionPlanThreadCommented" | "ActionPlanThreadResolved" | "ActionPlanThreadReopened";
            /**
             * @description `failed` once every attempt was refused
             * @example succeeded
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed";
            /**
             * @description Attempts made so far
             * @example 2
             */
            attempts: number;
            /**
             * @description The status the endpoint last answered; null if it could not be reached
             * @example 200
             */
            lastStatusCode: number | null;
            /**
             * @description Why the last attempt was refused, e.g. "the endpoint answered 500" or "connect ECONNREFUSED"
             * @example null
             */
            lastError: string | null;
            /** @example 2026-11-25T13:00:00.000Z */
            createdAt: string;
            /** @example 2026-11-25T13:00:03.000Z */
            deliveredAt: string | null;
        };
        QueueCheckResponse: {
            /**
             * @example overlap
             * @enum {string}
             */
            type: "completeness" | "alignment" | "overlap" | "budget" | "endorsement";
            /**
             * @example warning
             * @enum {string}
             */
            status: "pending" | "running" | "passed" | "warning" | "failed";
            /** @example 78 */
            score?: number | null;
        };
        ApprovalResponse: {
            /**
             * @description The reviewer’s key id
             * @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f
             */
            reviewerId: string;
            /** @example OAS */
            affiliation?: string | null;
            /** @example 2026-11-25T13:00:00.000Z */
            decidedAt: string;
        };
        ReviewQueueItemResponse: {
            /** Format: uuid */
            id: string;
            /** @example Community policing in San Pedro Sula */
            title: string;
            /** @example US */
            leadPartner: string;
            /**
             * @example [
             *       "US",
             *       "GOV-HN"
             *     ]
             */
            partners: string[];
            /**
             * @example [
             *       "HN"
             *     ]
             */
            countries: string[];
            /**
             * @example [
             *       "SAFE_STREETS"
             *     ]
             */
            goals: string[];
            /** @example 1 */
            version: number;
            /**
             * @example review_closely
             * @enum {string|null}
             */
            recommendation?: "approve" | "review_closely" | "reject" | null;
            /** @example 2026-11-25T13:00:00.000Z */
            awaitingSince: string;
            /** @example 3600 */
            ageSeconds: number;
            /**
             * @description Waited longer than REVIEW_SLA_HOURS
             * @example false
             */
            overdue: boolean;
            checks: components["schemas"]["QueueCheckResponse"][];
            approvals: components["schemas"]["ApprovalResponse"][];
            /** @example 2 */
            approvalsRequired: number;
            /**
             * @description The round of review: 1, and one more after each request for changes
             * @example 2
             */
            round: number;
            /**
             * @description Threads of the plan still open
             * @example 1
             */
            openThreads: number;
            /** @description The threads the last request for changes cited, each with whether this version changed its field */
            citedThreads: components["schemas"]["CitedThreadResponse"][];
        };
        ReviewQueueResponse: {
            items: components["schemas"]["ReviewQueueItemResponse"][];
            /** @description Pass as cursor for the next page */
            nextCursor: string | null;
        };
        DecisionRequest: {
            /**
             * @example approve
             * @enum {string}
             */
            decision: "approve" | "reject" | "request_changes";
            /**
             * @description Required to reject or request changes
             * @example Well aligned with the SICA strategy.
             */
            comment?: string;
            /** @description Admins only: approve although these checks failed */
            override?: components["schemas"]["OverrideRequest"];
            /** @description Required to approve when the overlap check warned */
            coordination?: components["schemas"]["CoordinationRequest"];
            /** @description `request_changes` only: the threads the lead must address, open `participants` threads of the plan */
            threads?: string[];
        };
        DecisionResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            /** @example 1 */
            version: number;
            /**
             * @example approve
             * @enum {string}
             */
            decision: "approve" | "reject" | "request_changes";
            /** @example 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f */
            reviewerId: string;
            /** @example OAS */
            affiliation?: string | null;
            /** @example Well aligned with the SICA strategy. */
            comment?: string | null;
            /** @description An admin’s override of failed checks */
            override?: components["schemas"]["OverrideRequest"] | null;
            /** @description How the overlap the check warned of is resolved */
            coordination?: components["schemas"]["CoordinationRequest"] | null;
            /**
             * @description The threads a request for changes cited
             * @example []
             */
            threads: string[];
            /** @example 2026-11-25T13:00:00.000Z */
            createdAt: string;
        };
        DecisionOutcomeResponse: {
            decision: components["schemas"]["DecisionResponse"];
            /** @description The plan after the decision: still awaiting_decision until enough reviewers approved */
            plan: components["schemas"]["ActionPlanResponse"];
        };
        StageFiguresResponse: {
            /** @example 3 */
            plans: number;
            /**
             * @example [
             *       "CA",
             *       "GOV-HN",
             *       "US"
             *     ]
             */
            partners: string[];
            /** @example 2750000.00 */
            usd: string;
        };
        CoverageCellResponse: {
            /** @example SAFE_STREETS */
            goal: string;
            /** @example HN */
            country: string;
            /** @description Approved plans */
            approved: components["schemas"]["StageFiguresResponse"];
            /** @description Plans submitted, in review or awaiting a decision */
            pipeline: components["schemas"]["StageFiguresResponse"];
        };
        CoverageTotalsResponse: {
            /** @example 12500000.00 */
            approvedUsd: string;
            /** @example 3000000.00 */
            pipelineUsd: string;
        };
        CoverageResponse: {
            /**
             * @example USD
             * @enum {string}
             */
            currency: "USD";
            cells: components["schemas"]["CoverageCellResponse"][];
            /** @description Over every cell */
            totals: components["schemas"]["CoverageTotalsResponse"];
        };
        GapResponse: {
            /** @example DISRUPT_TRAFFICKING */
            goal: string;
            /** @example NI */
            country: string;
            /**
             * @example unfunded
             * @enum {string}
             */
            severity: "unfunded" | "underfunded";
            /** @example 0.00 */
            approvedUsd: string;
            /** @example 0 */
            share: number;
            /** @example 500000.00 */
            pipelineUsd: string;
        };
        GapsResponse: {
            /** @example 0.02 */
            minShare: number;
            gaps: components["schemas"]["GapResponse"][];
        };
        ClusterPlanResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description Only for plans the caller may see
             * @example Community policing in San Pedro Sula
             */
            title?: string;
            /** @example US */
            leadPartner?: string;
            /**
             * @example awaiting_decision
             * @enum {string}
             */
            status?: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            /**
             * @example [
             *       "HN"
             *     ]
             */
            countries?: string[];
            /** @example 1500000.00 */
            budgetUsd?: string;
            /**
             * @description Plans this one co-funds
             * @example [
             *       "0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f"
             *     ]
             */
            coFunds?: string[];
        };
        OverlapResolutionResponse: {
            /**
             * @example co_fund
             * @enum {string}
             */
            action: "merge" | "co_fund" | "justified";
            /** @example Canada joins as co-funder of the precincts component. */
            note: string;
            /**
             * @description When the approval that carried it was given
             * @example 2026-11-25T13:00:00.000Z
             */
            decidedAt: string;
        };
        OverlapClusterResponse: {
            plans: components["schemas"]["ClusterPlanResponse"][];
            /** @example 88 */
            maxScore: number;
            /**
             * @example [
             *       "HN"
             *     ]
             */
            sharedCountries: string[];
            /**
             * @example [
             *       "15132"
             *     ]
             */
            sharedSectors: string[];
            /**
             * @example [
             *       "PREVENTION"
             *     ]
             */
            sharedProgramAreas: string[];
            /** @description The span of the links’ overlapping periods */
            period?: components["schemas"]["PeriodRequest"] | null;
            /**
             * @description Over the plans the caller may see
             * @example 3000000.00
             */
            combinedBudgetUsd: string;
            /**
             * @description From the links not yet resolved: merge from score 85; co_fund from 70 when they share sectors; else coordinate. none once every link is resolved
             * @example merge
             * @enum {string}
             */
            suggestedAction: "merge" | "co_fund" | "coordinate" | "none";
            /** @description Once every link is resolved (each plan that warned of the other approved with a coordination): the latest of those coordinations */
            resolution: components["schemas"]["OverlapResolutionResponse"] | null;
        };
        IatiProblemResponse: {
            /**
             * @description Stable code of the problem
             * @example MISSING_BUDGET
             */
            code: string;
            /** @example the activity has no budget: the total of its outgoing commitments stands for it */
            message: string;
        };
        ImportedDraftResponse: {
            /** @example XM-DAC-46007-302253 */
            iatiIdentifier: string;
            /**
             * Format: uuid
             * @description The draft plan, led by the importing partner
             * @example 0192f5c0-0000-7000-8000-000000000000
             */
            planId: string;
            /**
             * @description A re-import of the same activity revises its draft (updated), or leaves it when nothing changed (unchanged)
             * @example created
             * @enum {string}
             */
            outcome: "created" | "updated" | "unchanged";
            /** @description What was wrong in the activity, or approximated to make a draft of it */
            problems: components["schemas"]["IatiProblemResponse"][];
        };
        SkippedActivityResponse: {
            /** @example XM-DAC-46007-501247 */
            iatiIdentifier: string;
            /** @example no CARSI goal can be inferred from its DAC sectors (24030): a plan needs at least one */
            reason: string;
        };
        IatiImportResultResponse: {
            imported: components["schemas"]["ImportedDraftResponse"][];
            skipped: components["schemas"]["SkippedActivityResponse"][];
        };
        IatiImportResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @example running
             * @enum {string}
             */
            status: "queued" | "running" | "done" | "failed";
            /**
             * @description Activities in the file: counted on receipt, exact once the worker has read it
             * @example 92
             */
            total?: number | null;
            /**
             * @description Activities written so far
             * @example 40
             */
            processed: number;
            /** @description Once done; null until then */
            result?: components["schemas"]["IatiImportResultResponse"] | (never | null);
            /**
             * @description Why the import failed
             * @example null
             */
            error?: string | null;
            /** @example 2026-11-25T13:00:00.000Z */
            createdAt: string;
            /** @example null */
            finishedAt?: string | null;
        };
        CreatePartnerRequest: {
            /**
             * @description Upper-case letters, digits and dashes, 2 to 20 characters, starting and ending with a letter or digit
             * @example JP
             */
            code: string;
            /** @example Japan */
            name: string;
            /**
             * @example DONOR_GOVERNMENT
             * @enum {string}
             */
            kind: "RECIPIENT_GOVERNMENT" | "REGIONAL_BODY" | "DONOR_GOVERNMENT" | "MULTILATERAL" | "FINANCIAL_INSTITUTION" | "PRIVATE_SECTOR" | "CIVIL_SOCIETY";
            /**
             * @description A recipient government’s country, required for that kind and refused for the others. A country has one government partner: it endorses the plans for that country
             * @example HN
             */
            country?: string | null;
            /**
             * @description Its IATI organisation identifier; the IATI export reports the activities it leads under it (XI-ACCORD-<code> without one)
             * @example XM-DAC-46007
             */
            iatiOrgRef?: string | null;
        };
        CreateApiKeyRequest: {
            /**
             * @example partner
             * @enum {string}
             */
            role: "partner" | "reviewer" | "admin";
            /**
             * @description Required for partner and reviewer keys; absent for admin keys. A partner key’s organisation; a reviewer key’s affiliation, the organisation the reviewer works for: a reviewer may not decide on a plan that organisation leads or takes part in (403). A reviewer with no stake in any plan takes a partner created for its own organisation (POST /v1/admin/partners)
             * @example US
             */
            partnerCode?: string | null;
            /** @example US State Department integration */
            label: string;
        };
        CreatedApiKeyResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @example partner
             * @enum {string}
             */
            role: "partner" | "reviewer" | "admin";
            /** @example US */
            partnerCode?: string | null;
            /** @example US State Department integration */
            label: string;
            /** @example 2026-11-25T13:00:00.000Z */
            createdAt: string;
            /** @example null */
            revokedAt?: string | null;
            /**
             * @description Shown once: only its hash is stored
             * @example acc_Vq3n9cW1m2yYk0b8uXb0yF7dC5l7sUeJmQk2hQ1v9rI
             */
            token: string;
        };
        ApiKeyResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @example partner
             * @enum {string}
             */
            role: "partner" | "reviewer" | "admin";
            /** @example US */
            partnerCode?: string | null;
            /** @example US State Department integration */
            label: string;
            /** @example 2026-11-25T13:00:00.000Z */
            createdAt: string;
            /** @example null */
            revokedAt?: string | null;
        };
        HistoryViolationResponse: {
            /** Format: uuid */
            planId: string;
            /**
             * @description The history row at fault
             * @example 3
             */
            seq: number;
            /**
             * @example HASH_CHAIN
             * @enum {string}
             */
            invariant: "HASH_CHAIN" | "GAPLESS" | "LEGAL_TRANSITION" | "CURRENT_STATUS";
            /** @example its content does not match its hash: the row was altered */
            message: string;
        };
        InvariantResultResponse: {
            /** @example one approval event per approved version */
            invariant: string;
            /** @example true */
            ok: boolean;
            /** @example 0 versions approved more than once */
            detail: string;
        };
        AuditReportResponse: {
            /**
             * @description No violation and every invariant holds
             * @example false
             */
            ok: boolean;
            /** @example 1200 */
            plansChecked: number;
            /** @example 7400 */
            eventsChecked: number;
            /** @description The first row whose hash does not hold, in plan then seq order; null when every chain is whole */
            firstBrokenLink: components["schemas"]["HistoryViolationResponse"] | null;
            violations: components["schemas"]["HistoryViolationResponse"][];
            /** @description The cross-table invariants */
            invariants: components["schemas"]["InvariantResultResponse"][];
        };
        LiveResponse: {
            /** @enum {string} */
            status: "ok";
            /**
             * @description The Node.js version that answered (`process.version`), so no one is unsure which runtime runs the service.
             * @example v24.21.0
             */
            node: string;
        };
        ReadinessChecksResponse: {
            /**
             * @example up
             * @enum {string}
             */
            database: "up" | "down";
            /**
             * @example up
             * @enum {string}
             */
            redis: "up" | "down";
        };
        ReadinessResponse: {
            /**
             * @description `ok` when every check is up
             * @example ok
             * @enum {string}
             */
            status: "ok" | "unavailable";
            checks: components["schemas"]["ReadinessChecksResponse"];
        };
        /** @description One event of a plan’s history: its data depends on its type */
        ActionPlanEventResponse: components["schemas"]["ActionPlanCreatedEvent"] | components["schemas"]["ActionPlanRevisedEvent"] | components["schemas"]["ActionPlanSubmittedEvent"] | components["schemas"]["ActionPlanReviewStartedEvent"] | components["schemas"]["ActionPlanReviewCompletedEvent"] | components["schemas"]["ActionPlanApprovedEvent"] | components["schemas"]["ActionPlanRejectedEvent"] | components["schemas"]["ActionPlanChangesRequestedEvent"] | components["schemas"]["ActionPlanWithdrawnEvent"] | components["schemas"]["ActionPlanSupersededEvent"] | components["schemas"]["ActionPlanConsolidatedEvent"] | components["schemas"]["ActionPlanEndorsedEvent"] | components["schemas"]["ActionPlanRecommendationUpdatedEvent"] | components["schemas"]["ActionPlanDecisionRecordedEvent"] | components["schemas"]["ActionPlanMarkedOverdueEvent"] | components["schemas"]["ActionPlanOverlapFoundEvent"] | components["schemas"]["ActionPlanThreadOpenedEvent"] | components["schemas"]["ActionPlanThreadCommentedEvent"] | components["schemas"]["ActionPlanThreadResolvedEvent"] | components["schemas"]["ActionPlanThreadReopenedEvent"];
        /** @description What Accord POSTs to a webhook: every change of status of a plan the partner leads or takes part in, and every event of its participants threads */
        WebhookEventPayload: components["schemas"]["ActionPlanCreatedWebhook"] | components["schemas"]["ActionPlanRevisedWebhook"] | components["schemas"]["ActionPlanSubmittedWebhook"] | components["schemas"]["ActionPlanReviewStartedWebhook"] | components["schemas"]["ActionPlanReviewCompletedWebhook"] | components["schemas"]["ActionPlanApprovedWebhook"] | components["schemas"]["ActionPlanRejectedWebhook"] | components["schemas"]["ActionPlanChangesRequestedWebhook"] | components["schemas"]["ActionPlanWithdrawnWebhook"] | components["schemas"]["ActionPlanSupersededWebhook"] | components["schemas"]["ActionPlanThreadOpenedWebhook"] | components["schemas"]["ActionPlanThreadCommentedWebhook"] | components["schemas"]["ActionPlanThreadResolvedWebhook"] | components["schemas"]["ActionPlanThreadReopenedWebhook"];
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    PlansController_list: {
        parameters: {
            query?: {
                country?: string;
                goal?: string;
                /** @description Plans this partner leads or takes part in */
                partner?: string;
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                status?: "draft" | "submitted" | "in_review" | "awaiting_decision" | "changes_requested" | "approved" | "rejected" | "withdrawn" | "superseded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPlanPageResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanContentRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The plan’s revision: send it back as If-Match with the next change */
                    ETag?: string;
                    /** @description The plan’s URL */
                    Location?: string;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPlanResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "error": "Unprocessable Entity",
                     *       "message": "Idempotency-Key \"abc\" was already used with a different request body",
                     *       "code": "IDEMPOTENCY_KEY.REUSED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The plan’s revision: send it back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPlanDetailResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_revise: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanContentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The plan’s revision: send it back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPlanResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The plan’s state does not allow it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "cannot submit an action plan that is submitted",
                     *       "code": "ACTION_PLAN.INVALID_TRANSITION"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 412,
                     *       "error": "Precondition Failed",
                     *       "message": "If-Match \"1\" does not match the current ETag \"2\"",
                     *       "code": "ACTION_PLAN.STALE"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Submitted; the checks run in the background */
            202: {
                headers: {
                    /** @description The plan’s revision: send it back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPlanResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The plan’s state does not allow it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "cannot submit an action plan that is submitted",
                     *       "code": "ACTION_PLAN.INVALID_TRANSITION"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 412,
                     *       "error": "Precondition Failed",
                     *       "message": "If-Match \"1\" does not match the current ETag \"2\"",
                     *       "code": "ACTION_PLAN.STALE"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawPlanRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The plan’s revision: send it back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPlanResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The plan’s state does not allow it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "cannot submit an action plan that is submitted",
                     *       "code": "ACTION_PLAN.INVALID_TRANSITION"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 412,
                     *       "error": "Precondition Failed",
                     *       "message": "If-Match \"1\" does not match the current ETag \"2\"",
                     *       "code": "ACTION_PLAN.STALE"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPlanVersionResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_changes: {
        parameters: {
            query?: {
                /** @description The earlier version to compare with; the one before `n` when not given */
                since?: number;
            };
            header?: never;
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPlanChangesResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPlanEventResponse"][];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_checks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckResultResponse"][];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPlanSummaryResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_endorse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndorsePlanRequest"];
            };
        };
        responses: {
            /** @description Already endorsed by the caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndorsementResponse"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndorsementResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The plan’s state does not allow it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "cannot submit an action plan that is submitted",
                     *       "code": "ACTION_PLAN.INVALID_TRANSITION"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ThreadsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadResponse"][];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ThreadsController_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenThreadRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The plan’s state does not allow it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "cannot submit an action plan that is submitted",
                     *       "code": "ACTION_PLAN.INVALID_TRANSITION"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ThreadsController_comment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                threadId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThreadCommentRequest"];
            };
        };
        responses: {
            /** @description The thread with the reply */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The plan’s state does not allow it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "cannot submit an action plan that is submitted",
                     *       "code": "ACTION_PLAN.INVALID_TRANSITION"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ThreadsController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                threadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The plan’s state does not allow it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "cannot submit an action plan that is submitted",
                     *       "code": "ACTION_PLAN.INVALID_TRANSITION"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ThreadsController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                threadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The plan’s state does not allow it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "cannot submit an action plan that is submitted",
                     *       "code": "ACTION_PLAN.INVALID_TRANSITION"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PartnersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerResponse"][];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReferenceDataController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read: 304 without a body while the lists are unchanged */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The lists’ version: send it back as If-None-Match to be answered 304 while they are unchanged */
                    ETag?: string;
                    /** @description private, max-age=300 */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceDataResponse"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match */
            304: {
                headers: {
                    /** @description The lists’ version: send it back as If-None-Match to be answered 304 while they are unchanged */
                    ETag?: string;
                    /** @description private, max-age=300 */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"][];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterWebhookRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredWebhookResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The plan’s state does not allow it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "cannot submit an action plan that is submitted",
                     *       "code": "ACTION_PLAN.INVALID_TRANSITION"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryResponse"][];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReviewController_queue: {
        parameters: {
            query?: {
                country?: string;
                goal?: string;
                /** @description Plans this partner leads or takes part in */
                partner?: string;
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewQueueResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReviewController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description The plan’s ETag last read; a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The plan’s revision: send it back as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionOutcomeResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The plan’s state does not allow it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "cannot submit an action plan that is submitted",
                     *       "code": "ACTION_PLAN.INVALID_TRANSITION"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 412,
                     *       "error": "Precondition Failed",
                     *       "message": "If-Match \"1\" does not match the current ETag \"2\"",
                     *       "code": "ACTION_PLAN.STALE"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PortfolioController_coverage: {
        parameters: {
            query?: {
                /** @description Plans this partner leads or takes part in */
                partner?: string;
                programArea?: string;
                /** @description Plans running on or after this day */
                from?: string;
                /** @description Plans running on or before this day */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PortfolioController_gaps: {
        parameters: {
            query?: {
                /** @description Plans this partner leads or takes part in */
                partner?: string;
                programArea?: string;
                /** @description Plans running on or after this day */
                from?: string;
                /** @description Plans running on or before this day */
                to?: string;
                /** @description A funded cell below this share of the region’s approved total is a gap */
                minShare?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GapsResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PortfolioController_overlaps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverlapClusterResponse"][];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    IatiController_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iati-activities document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example <?xml version="1.0" encoding="UTF-8"?>
                     *     <iati-activities version="2.03" generated-datetime="2026-11-25T13:00:00.000Z">
                     *     <iati-activity last-updated-datetime="2026-11-20T10:00:00.000Z" default-currency="USD" hierarchy="1"><iati-identifier>US-GOV-1-0192f5c0-0000-7000-8000-000000000000</iati-identifier><reporting-org ref="US-GOV-1" type="10"><narrative>United States</narrative></reporting-org><title><narrative>Community policing in San Pedro Sula</narrative></title><description type="1"><narrative>Model police precincts and youth outreach in three high-crime neighbourhoods.</narrative></description><participating-org ref="US-GOV-1" type="10" role="1"><narrative>United States</narrative></participating-org><participating-org ref="XI-ACCORD-GOV-HN" type="10" role="4"><narrative>Government of Honduras</narrative></participating-org><activity-status code="2"/><activity-date type="1" iso-date="2027-01-01"/><activity-date type="3" iso-date="2027-12-31"/><recipient-country code="HN" percentage="100"/><sector vocabulary="1" code="15132" percentage="100"/><sector vocabulary="99" vocabulary-uri="urn:accord:vocabulary:carsi-goal" code="SAFE_STREETS" percentage="50"/><sector vocabulary="99" vocabulary-uri="urn:accord:vocabulary:carsi-goal" code="STATE_PRESENCE" percentage="50"/><sector vocabulary="98" vocabulary-uri="urn:accord:vocabulary:esca-component" code="VIOLENCE_PREVENTION" percentage="100"/><budget type="1" status="1"><period-start iso-date="2027-01-01"/><period-end iso-date="2027-12-31"/><value currency="USD" value-date="2027-01-01">1500000.00</value></budget><result type="2"><title><narrative>Indicators of the action plan</narrative></title><indicator measure="1"><title><narrative>Homicides per 100,000 people</narrative></title><baseline year="2027" iso-date="2027-01-01" value="38.0"/><period><period-start iso-date="2027-01-01"/><period-end iso-date="2027-12-31"/><target value="30.0"/></period></indicator></result></iati-activity>
                     *     </iati-activities>
                     */
                    "application/xml": string;
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    IatiController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An IATI 2.0x iati-activities document */
        requestBody: {
            content: {
                "application/xml": string;
                "text/xml": string;
            };
        };
        responses: {
            /** @description Imported at once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "imported": [
                     *         {
                     *           "iatiIdentifier": "XM-DAC-46007-302253",
                     *           "planId": "0192f5c0-0000-7000-8000-000000000000",
                     *           "outcome": "created",
                     *           "problems": [
                     *             {
                     *               "code": "MISSING_END_DATE",
                     *               "message": "no end date: the period ends on the latest date of the activity, 2025-08-29"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "skipped": [
                     *         {
                     *           "iatiIdentifier": "XM-DAC-46007-501247",
                     *           "reason": "no CARSI goal can be inferred from its DAC sectors (24030): a plan needs at least one"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["IatiImportResultResponse"];
                };
            };
            /** @description A large file, queued for the worker */
            202: {
                headers: {
                    /** @description The import to poll */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IatiImportResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The plan’s state does not allow it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "cannot submit an action plan that is submitted",
                     *       "code": "ACTION_PLAN.INVALID_TRANSITION"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    IatiController_importStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IatiImportResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AdminController_createPartner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartnerRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The plan’s state does not allow it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "cannot submit an action plan that is submitted",
                     *       "code": "ACTION_PLAN.INVALID_TRANSITION"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AdminController_listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyResponse"][];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AdminController_createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyResponse"];
                };
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AdminController_revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: each bad field is named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "The request is invalid",
                     *       "code": "REQUEST.INVALID",
                     *       "details": [
                     *         {
                     *           "field": "countries[0]",
                     *           "message": "countries has an unknown recipient country (ISO 3166-1 alpha-2): \"MX\"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "action plan 0192f5c0-0000-7000-8000-000000000000 was not found",
                     *       "code": "ACTION_PLAN.NOT_FOUND"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditReportResponse"];
                };
            };
            /** @description Missing, unknown or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "send an API key as Authorization: Bearer <token>",
                     *       "code": "AUTH.UNAUTHENTICATED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key’s role or the plan’s rules forbid it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "this route is for partner keys; yours is a reviewer key",
                     *       "code": "AUTH.FORBIDDEN"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests with this API key: retry after the Retry-After header’s seconds */
            429: {
                headers: {
                    /** @description Seconds until the key’s window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "too many requests for this key: retry in 12 s",
                     *       "code": "RATE_LIMITED"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable for a moment: retry after the Retry-After header’s seconds (with the same Idempotency-Key for a create) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "The service is temporarily unavailable; retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OperationsController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveResponse"];
                };
            };
        };
    };
    OperationsController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "unavailable",
                     *       "checks": {
                     *         "database": "up",
                     *         "redis": "down"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
        };
    };
}
