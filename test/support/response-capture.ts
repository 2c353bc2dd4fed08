import type { FastifyInstance } from 'fastify';
import { hashToken } from '@accord/identity';
import type { TestStack } from './test-stack';

export interface CapturedResponse {
  method: string;
  url: string;
  /** The route that answered, as Fastify writes it (`/v1/plans/:id`); undefined when none matched. */
  route: string | undefined;
  authorization: string | undefined;
  /** What the request carried (its URL and body): an id the caller sent may come back to it. */
  sent: string;
  status: number;
  body: string;
  at: Date;
}

type Caller = { role: 'partner'; partnerCode: string } | { role: 'all-seeing' } | { role: 'anonymous' };

interface ThreadRow {
  id: string;
  plan_id: string;
  visibility: 'reviewers' | 'participants';
  comment_ids: string[];
  bodies: string[];
}

interface PlanRow {
  id: string;
  title: string;
  /** Every partner that led or took part in any version: they saw the plan at some point. */
  partners: string[];
  ever_approved: boolean;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** As the API reads the header (`AuthGuard`): a caller the API would not recognise is anonymous here too. */
const BEARER = /^Bearer\s+(\S{1,512})$/i;
const MAX_REPORTED = 20;
/** Shorter titles (the fuzzer's "a", "0") are words any response may hold; they identify no plan. */
const MIN_TITLE_LENGTH = 12;

/**
 * Records every response the in-process API sends during a test file, with the caller's
 * Authorization header and what the request carried, so that I6 can be checked over all of it:
 * no response carries another partner's non-visible data.
 */
export class ResponseCapture {
  private readonly responses: CapturedResponse[] = [];
  /** Streamed bodies (the documentation's and the dashboard's static files) are not read. */
  private streamed = 0;

  /** Hooks into the API's Fastify instance; before the application is initialised. */
  attach(fastify: FastifyInstance): void {
    fastify.addHook('onSend', async (request, reply, payload) => {
      const text = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
      if (text === null) this.streamed += 1;
      else {
        const body = request.body;
        const sentBody = body === undefined || body === null ? '' : typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : jsonOf(body);
        const authorization = request.headers.authorization;
        this.responses.push({ method: request.method, url: request.url, route: request.routeOptions.url, authorization, sent: `${request.url} ${sentBody}`, status: reply.statusCode, body: text, at: new Date() });
      }
      return payload;
    });
  }

  get size(): number {
    return this.responses.length;
  }

  /** Every response captured so far, oldest first. */
  get all(): readonly CapturedResponse[] {
    return this.responses;
  }

  /**
   * I6 over every captured response. A partner may see the plans it leads or takes part in and the
   * approved ones (`isVisibleTo`); reviewers and admins every plan; an unrecognised caller none. A
   * plan counts as visible to a partner if it ever was (a participant later removed, an approved
   * plan later superseded), so only what a partner could never see is a leak.
   *
   * Of a plan the caller may not see, a response may name the id only where the API says it does:
   * as the `relatedPlanId` of a finding (with that finding's message, and `related` holding only the
   * score, what the plans share, the plan's status and lead), as an overlap cluster's bare `{id}`, as the `id` of its summary without a title, or echoed from the caller's own request. Its title
   * may appear nowhere, unless it is also the title of a plan the caller may see, or is public (an
   * example in the OpenAPI document), or too short to tell a plan by. Webhooks are held to the same
   * rules: another partner's webhook id, or URL, never reaches a partner. Nor does a thread it may
   * not read (every reviewers thread, the participants threads of plans it takes no part in): its
   * id, its comments' ids or their text.
   */
  async leaks(stack: TestStack): Promise<string[]> {
    const plans = await stack.queryAsOwner<PlanRow>(
      `select p.id, p.title,
              array(select distinct code from (select p.lead_partner_code as code
                                               union select unnest(p.partner_codes)
                                               union select jsonb_array_elements(v.content->'participants')->>'partnerCode'
                                                       from action_plan_version v where v.plan_id = p.id) codes where code is not null) as partners,
              exists (select 1 from action_plan_event e where e.plan_id = p.id and e.type = 'ActionPlanApproved') as ever_approved
         from action_plan p`,
    );
    const webhooks = await stack.queryAsOwner<{ id: string; partner_code: string; url: string }>('select id, partner_code, url from webhook');
    const threads = await stack.queryAsOwner<ThreadRow>(
      `select t.id, t.plan_id, t.visibility, array(select c.id::text from action_plan_thread_comment c where c.thread_id = t.id) as comment_ids,
              array(select c.body from action_plan_thread_comment c where c.thread_id = t.id) as bodies
         from action_plan_thread t`,
    );
    const keys = new Map(
      (await stack.queryAsOwner<{ token_hash: string; role: string; partner_code: string | null; revoked_at: Date | null }>('select token_hash, role, partner_code, revoked_at from api_key')).map(
        (key) => [key.token_hash, key],
      ),
    );
    // The document's examples are public whatever a plan is called.
    const documentation = (await stack.http.get('/docs-json')).text;
    const planById = new Map(plans.map((plan) => [plan.id, plan]));
    const webhookById = new Map(webhooks.map((webhook) => [webhook.id, webhook]));

    const callerOf = (response: CapturedResponse): Caller => {
      const token = BEARER.exec(response.authorization ?? '')?.[1];
      if (token === undefined) return { role: 'anonymous' };
      if (token === stack.config.adminToken) return { role: 'all-seeing' };
      const key = keys.get(hashToken(token));
      if (!key || (key.revoked_at !== null && key.revoked_at <= response.at)) return { role: 'anonymous' };
      return key.role === 'partner' && key.partner_code ? { role: 'partner', partnerCode: key.partner_code } : { role: 'all-seeing' };
    };
    const maySeePlan = (caller: Caller, plan: PlanRow) =>
      caller.role === 'all-seeing' || (caller.role === 'partner' && (plan.ever_approved || plan.partners.includes(caller.partnerCode)));
    const ownsWebhook = (caller: Caller, partnerCode: string) => caller.role === 'all-seeing' || (caller.role === 'partner' && caller.partnerCode === partnerCode);
    // A partner reads the participants threads of the plans it ever took part in, and no reviewers thread.
    const mayReadThread = (caller: Caller, thread: ThreadRow) =>
      caller.role === 'all-seeing' || (caller.role === 'partner' && thread.visibility === 'participants' && (planById.get(thread.plan_id)?.partners.includes(caller.partnerCode) ?? false));

    const leaks: string[] = [];
    for (const response of this.responses) {
      const caller = callerOf(response);
      if (caller.role === 'all-seeing') continue;
      const hidden = new Set<string>();
      const unreadThreads = threads.filter((thread) => !mayReadThread(caller, thread));
      const unreadIds = new Set(unreadThreads.flatMap((thread) => [thread.id, ...thread.comment_ids]));
      for (const id of new Set(response.body.toLowerCase().match(UUID) ?? [])) {
        if (response.sent.toLowerCase().includes(id)) continue;
        const plan = planById.get(id);
        const webhook = webhookById.get(id);
        if ((plan && !maySeePlan(caller, plan)) || (webhook && !ownsWebhook(caller, webhook.partner_code)) || unreadIds.has(id)) hidden.add(id);
      }
      const readBodies = new Set(threads.filter((thread) => mayReadThread(caller, thread)).flatMap((thread) => thread.bodies));
      const hiddenBodies = new Set(
        unreadThreads.flatMap((thread) => thread.bodies).filter((body) => body.length >= MIN_TITLE_LENGTH && !readBodies.has(body) && !response.sent.includes(body) && !documentation.includes(body)),
      );
      const visibleTitles = new Set(plans.filter((plan) => maySeePlan(caller, plan)).map((plan) => plan.title));
      const hiddenTitles = new Set(
        plans
          .filter((plan) => !maySeePlan(caller, plan) && plan.title.length >= MIN_TITLE_LENGTH && !visibleTitles.has(plan.title) && !response.sent.includes(plan.title) && !documentation.includes(plan.title))
          .map((plan) => plan.title),
      );
      const ownUrls = new Set(webhooks.filter((webhook) => ownsWebhook(caller, webhook.partner_code)).map((webhook) => webhook.url));
      const hiddenUrls = new Set(
        webhooks
          .filter((webhook) => !ownsWebhook(caller, webhook.partner_code) && !ownUrls.has(webhook.url) && !response.sent.includes(webhook.url) && !documentation.includes(webhook.url))
          .map((webhook) => webhook.url),
      );
      if (hidden.size === 0 && hiddenTitles.size === 0 && hiddenUrls.size === 0 && hiddenBodies.size === 0) continue;

      const found = new Set<string>();
      let parsed: unknown;
      try {
        parsed = JSON.parse(response.body);
      } catch {
        for (const id of hidden) found.add(`id ${id}`);
      }
      if (parsed !== undefined) walk(parsed, '$', null, { hidden, hiddenTitles, hiddenUrls, hiddenBodies, found });
      for (const what of found) {
        const who = caller.role === 'partner' ? `partner ${caller.partnerCode}` : 'an anonymous caller';
        leaks.push(`${response.method} ${response.url.slice(0, 200)} → ${response.status} gave ${who} ${what}: ${response.body.slice(0, 300)}`);
      }
      if (leaks.length >= MAX_REPORTED) break;
    }
    return leaks;
  }

  /** Checks I6 and fails the test on a leak; logs how much traffic it covered, for the battery's figures. */
  async expectNoLeaks(stack: TestStack): Promise<void> {
    const leaks = await this.leaks(stack);
    console.log(`I6 checked over ${this.responses.length} responses (${this.streamed} streamed files not read): ${leaks.length} leaks`);
    expect(leaks).toEqual([]);
  }
}

interface Hidden {
  hidden: Set<string>;
  hiddenTitles: Set<string>;
  hiddenUrls: Set<string>;
  hiddenBodies: Set<string>;
  found: Set<string>;
}

/** Looks at every string of a JSON body, knowing the object that holds it. */
function walk(value: unknown, path: string, holder: Record<string, unknown> | null, leak: Hidden, key?: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${path}[${index}]`, null, leak));
    return;
  }
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    for (const [name, item] of Object.entries(object)) walk(item, `${path}.${name}`, object, leak, name);
    return;
  }
  if (typeof value !== 'string') return;
  if (leak.hiddenTitles.has(value)) leak.found.add(`the title ${JSON.stringify(value)} at ${path}`);
  if (leak.hiddenUrls.has(value)) leak.found.add(`the webhook URL ${JSON.stringify(value)} at ${path}`);
  if (leak.hiddenBodies.has(value)) leak.found.add(`the comment ${JSON.stringify(value.slice(0, 80))} of a thread it may not read at ${path}`);
  for (const id of value.toLowerCase().match(UUID) ?? []) {
    if (leak.hidden.has(id) && !namedAsTheApiMay(id, holder, key)) leak.found.add(`id ${id} at ${path}`);
  }
}

/** The places where the API names a plan the caller may not see: a finding about it, a cluster member. */
function namedAsTheApiMay(id: string, holder: Record<string, unknown> | null, key: string | undefined): boolean {
  if (!holder) return false;
  if (key === 'id' && Object.keys(holder).length === 1) return true;
  // A plan's summary as a counterpart (GET /v1/plans/{id}/summary) of a plan the caller may not see: no title.
  if (key === 'id' && Object.keys(holder).every((name) => SUMMARY_FIELDS.has(name))) return true;
  if (holder.relatedPlanId !== id || (key !== 'relatedPlanId' && key !== 'message')) return false;
  const related = holder.related as Record<string, unknown> | undefined;
  return related === undefined || Object.keys(related).every((name) => COUNTERPART_FIELDS.has(name));
}

/** What a plan's summary holds for a caller who may not see the plan. */
const SUMMARY_FIELDS = new Set(['id', 'status', 'leadPartner', 'overlaps']);

/** What a finding may tell of a plan the caller may not see: whom to coordinate with, and what the two share. */
const COUNTERPART_FIELDS = new Set(['score', 'status', 'leadPartner', 'sharedCountries', 'sharedSectors', 'sharedProgramAreas', 'overlappingPeriod']);

/** A request body as text; one that cannot be written as JSON (a cycle the parsing left) is taken as empty. */
function jsonOf(body: unknown): string {
  try {
    return JSON.stringify(body) ?? '';
  } catch {
    return '';
  }
}
