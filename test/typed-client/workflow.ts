/**
 * A partner integration as its developer would write it: types generated from the served
 * `/docs-json` by openapi-typescript (into ./generated, by test/e2e/typed-client.e2e-spec.ts), a
 * client from openapi-fetch, strict TypeScript and no cast. It drives the whole workflow against the
 * API at ACCORD_URL with the admin token ACCORD_ADMIN_TOKEN and prints what it saw as JSON: the spec
 * compiles it with `tsc` first, so a schema that types something wrongly fails the compile, and a
 * response the types do not describe fails the run.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './generated/api';

type Schemas = components['schemas'];
type PlanContent = Schemas['PlanContentRequest'];
type HistoryEvent = Schemas['ActionPlanEventResponse'];
type WebhookPayload = Schemas['WebhookEventPayload'];

const baseUrl = required('ACCORD_URL');
const clientOf = (token: string): Client<paths> => createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
const admin = clientOf(required('ACCORD_ADMIN_TOKEN'));

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

/** The data of a response, or the error the API answered with. */
function ok<T>(result: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (result.data === undefined) throw new Error(`${what}: ${result.response.status} ${JSON.stringify(result.error)}`);
  return result.data;
}

async function key(role: 'partner' | 'reviewer', partnerCode: string): Promise<Client<paths>> {
  const created = ok(await admin.POST('/v1/admin/api-keys', { body: { role, partnerCode, label: `typed client: ${role} ${partnerCode}` } }), 'a key');
  return clientOf(created.token);
}

async function until<T>(what: string, attempt: () => Promise<T | undefined>): Promise<T> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const value = await attempt();
    if (value !== undefined) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** What a receiver of webhooks would log: every payload type narrows its data. */
export function describeDelivery(payload: WebhookPayload): string {
  switch (payload.type) {
    case 'ActionPlanReviewCompleted':
      return `${payload.planId} awaits a decision, recommended: ${payload.data.recommendation}`;
    case 'ActionPlanApproved':
    case 'ActionPlanRejected':
    case 'ActionPlanChangesRequested':
      return `${payload.planId} ${payload.data.status} by decision ${payload.data.decisionId}`;
    case 'ActionPlanSuperseded':
      return `${payload.planId} superseded by ${payload.data.supersededBy}`;
    case 'ActionPlanCreated':
      return `${payload.planId} created as ${payload.data.status}`;
    case 'ActionPlanThreadOpened':
    case 'ActionPlanThreadCommented':
      return `${payload.planId}: ${payload.data.author.kind} ${payload.data.author.partnerCode ?? ''} wrote in thread ${payload.data.threadId}`;
    case 'ActionPlanThreadResolved':
    case 'ActionPlanThreadReopened':
      return `${payload.planId}: thread ${payload.data.threadId} ${payload.type === 'ActionPlanThreadResolved' ? 'resolved' : 'reopened'}`;
    default:
      return `${payload.planId}: ${payload.data.from} → ${payload.data.status}`;
  }
}

/** One line per history event, reading each type's own data. */
function describeEvent(event: HistoryEvent): string {
  switch (event.type) {
    case 'ActionPlanDecisionRecorded':
      return `${event.data.decision} (${event.data.approvals} of ${event.data.approvalsRequired})${event.data.coordination ? `, ${event.data.coordination.action}` : ''}`;
    case 'ActionPlanReviewCompleted':
      return `recommended ${event.data.recommendation}`;
    case 'ActionPlanEndorsed':
      return `endorsed by ${event.data.partnerCode}`;
    case 'ActionPlanRecommendationUpdated':
      return `recommendation ${event.data.from ?? 'none'} → ${event.data.recommendation}`;
    case 'ActionPlanConsolidated':
      return `superseded ${event.data.superseded.length}`;
    case 'ActionPlanMarkedOverdue':
      return `overdue after ${event.data.slaHours} h`;
    case 'ActionPlanOverlapFound':
      return `found by plan ${event.data.relatedPlanId} (score ${event.data.score})`;
    case 'ActionPlanCreated':
      return event.data.status;
    case 'ActionPlanRevised':
      return `${event.data.from} → ${event.data.status}, changed ${event.data.changedPaths?.join(', ') ?? 'fields not recorded'}`;
    case 'ActionPlanThreadOpened':
      return `thread ${event.data.threadId} (${event.data.visibility}) on ${event.data.anchor ? `${event.data.anchor.path} of version ${event.data.anchor.version}` : 'the plan'}`;
    case 'ActionPlanThreadCommented':
      return `reply in thread ${event.data.threadId}: ${event.data.body.length} characters`;
    case 'ActionPlanThreadResolved':
    case 'ActionPlanThreadReopened':
      return `thread ${event.data.threadId} ${event.type === 'ActionPlanThreadResolved' ? 'resolved' : 'reopened'}`;
    default:
      return `${event.data.from} → ${event.data.status}`;
  }
}

async function main(): Promise<void> {
  const [us, honduras, firstReviewer, secondReviewer] = await Promise.all([key('partner', 'US'), key('partner', 'GOV-HN'), key('reviewer', 'OAS'), key('reviewer', 'UN')]);

  const reference = ok(await us.GET('/v1/reference-data'), 'the reference data');
  const police = reference.dacSectors.find((sector) => sector.code === '15132');
  if (!police || !police.goals.includes('SAFE_STREETS')) throw new Error('sector 15132 does not support SAFE_STREETS');
  const partners = ok(await us.GET('/v1/partners'), 'the partners').map((partner) => partner.code);

  const content: PlanContent = {
    title: 'Typed client: community policing in La Ceiba',
    countries: ['HN'],
    goals: ['SAFE_STREETS'],
    period: { start: '2027-01-01', end: '2028-12-31' },
    participants: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }],
    activities: [{ title: 'Model precincts', country: 'HN', sector: police.code, period: null, budget: { amount: '900000.00', currency: 'USD' } }],
    budget: { amount: '900000.00', currency: 'USD' },
    indicators: [{ name: 'Homicides per 100,000 people', baseline: '38.0', target: '30.0', targetDate: '2028-12-31' }],
  };
  const created = await us.POST('/v1/plans', { body: content, params: { header: { 'Idempotency-Key': 'typed-client-1' } } });
  const draft = ok(created, 'the draft');
  const id = draft.id;
  const etag = created.response.headers.get('etag') ?? '';
  const activityPeriod = draft.activities[0].period;

  const revised = ok(
    await us.PUT('/v1/plans/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: { ...content, summary: 'Two precincts and a youth centre.' } }),
    'the revision',
  );
  const changes = ok(await firstReviewer.GET('/v1/plans/{id}/versions/{n}/changes', { params: { path: { id, n: 2 }, query: { since: 1 } } }), 'the changes');
  const thread = ok(
    await firstReviewer.POST('/v1/plans/{id}/threads', { params: { path: { id } }, body: { visibility: 'participants', path: '/summary', body: 'Which youth centre?' } }),
    'a thread',
  );
  const threadPath = { id, threadId: thread.id };
  const replied = ok(await us.POST('/v1/plans/{id}/threads/{threadId}/comments', { params: { path: threadPath }, body: { body: 'The one in Barrio Inglés.' } }), 'a reply');
  ok(await us.POST('/v1/plans/{id}/threads/{threadId}/resolve', { params: { path: threadPath } }), 'the resolution');
  const reopened = ok(await firstReviewer.POST('/v1/plans/{id}/threads/{threadId}/reopen', { params: { path: threadPath } }), 'the reopening');
  const threads = ok(await us.GET('/v1/plans/{id}/threads', { params: { path: { id } } }), 'the threads');
  ok(await us.POST('/v1/plans/{id}/submit', { params: { path: { id } } }), 'the submission');
  ok(await honduras.POST('/v1/plans/{id}/endorsements', { params: { path: { id } }, body: { comment: 'Endorsed by the Ministry of Security' } }), 'the endorsement');

  const awaiting = await until('the checks', async () => {
    const checks = ok(await us.GET('/v1/plans/{id}/checks', { params: { path: { id } } }), 'the checks');
    const endorsement = checks.find((check) => check.type === 'endorsement');
    const plan = ok(await us.GET('/v1/plans/{id}', { params: { path: { id } } }), 'the plan');
    return plan.status === 'awaiting_decision' && endorsement?.status === 'passed' ? { plan, checks } : undefined;
  });
  const queue = ok(await firstReviewer.GET('/v1/review/queue', { params: { query: { partner: 'US' } } }), 'the review queue');
  const queued = queue.items.find((item) => item.id === id);
  if (!queued) throw new Error('the plan is not in the review queue');

  const decisions = [];
  for (const reviewer of [firstReviewer, secondReviewer]) {
    const outcome = ok(await reviewer.POST('/v1/review/plans/{id}/decisions', { params: { path: { id } }, body: { decision: 'approve', comment: 'Well aligned.' } }), 'a decision');
    decisions.push({ decision: outcome.decision.decision, coordination: outcome.decision.coordination?.action ?? null, planStatus: outcome.plan.status });
  }

  const history = ok(await us.GET('/v1/plans/{id}/history', { params: { path: { id } } }), 'the history');
  const version = ok(await us.GET('/v1/plans/{id}/versions/{n}', { params: { path: { id, n: 2 } } }), 'version 2');
  const list = ok(await us.GET('/v1/plans', { params: { query: { status: 'approved', country: 'HN', limit: 20 } } }), 'the list');
  const coverage = ok(await us.GET('/v1/portfolio/coverage', { params: { query: { partner: 'US' } } }), 'the coverage');
  const gaps = ok(await us.GET('/v1/portfolio/gaps', { params: { query: { minShare: 0.02 } } }), 'the gaps');
  const overlaps = ok(await us.GET('/v1/portfolio/overlaps'), 'the overlaps');
  const iati = ok(await us.GET('/v1/portfolio/iati', { parseAs: 'text' }), 'the IATI export');
  const webhook = ok(await us.POST('/v1/webhooks', { body: { url: 'https://hooks.example.org/accord', description: 'typed client' } }), 'a webhook');
  const deliveries = ok(await us.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id: webhook.id } } }), 'the deliveries');
  const webhooks = ok(await us.GET('/v1/webhooks'), 'the webhooks').map((registered) => registered.id);
  await us.DELETE('/v1/webhooks/{id}', { params: { path: { id: webhook.id } } });
  const summary = ok(await us.GET('/v1/plans/{id}/summary', { params: { path: { id } } }), 'the summary');

  const other = ok(await us.POST('/v1/plans', { body: { ...content, title: 'Typed client: a draft withdrawn' } }), 'a second draft');
  const withdrawn = ok(await us.POST('/v1/plans/{id}/withdraw', { params: { path: { id: other.id } }, body: { reason: 'Merged into the La Ceiba plan.' } }), 'the withdrawal');

  const partner = ok(await admin.POST('/v1/admin/partners', { body: { code: 'JP', name: 'Japan', kind: 'DONOR_GOVERNMENT' } }), 'a partner');
  const keys = ok(await admin.GET('/v1/admin/api-keys'), 'the keys');
  const throwaway = ok(await admin.POST('/v1/admin/api-keys', { body: { role: 'partner', partnerCode: partner.code, label: 'typed client: revoked at once' } }), 'a key');
  await admin.DELETE('/v1/admin/api-keys/{id}', { params: { path: { id: throwaway.id } } });
  const live = ok(await admin.GET('/health/live'), 'liveness');
  const ready = ok(await admin.GET('/health/ready'), 'readiness');
  const audit = ok(await admin.GET('/v1/admin/audit/verify'), 'the audit');

  const approved: WebhookPayload = {
    id: `${id}-${history.length}`,
    type: 'ActionPlanApproved',
    occurredAt: history[history.length - 1].occurredAt,
    planId: id,
    version: revised.version,
    data: { from: 'awaiting_decision', status: 'approved', decisionId: '0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f' },
    plan: { id, status: 'approved', version: revised.version, leadPartner: 'US' },
  };

  console.log(
    JSON.stringify({
      partners: partners.length,
      activityPeriod,
      revisedVersion: revised.version,
      recommendation: awaiting.plan.recommendation,
      checks: awaiting.checks.map((check) => `${check.type}:${check.status}`),
      queued: { version: queued.version, recommendation: queued.recommendation, approvalsRequired: queued.approvalsRequired, round: queued.round, openThreads: queued.openThreads },
      changes: changes.changes.map((change) => `${change.kind} ${change.path}: ${JSON.stringify(change.after)}`),
      thread: { anchor: thread.anchor?.path ?? null, replies: replied.comments.length - 1, status: reopened.status, listed: threads.map((listed) => listed.outdated) },
      threadId: thread.id,
      decisions,
      history: history.map((event) => `${event.type}: ${describeEvent(event)}`),
      versionTitle: version.title,
      listed: list.items.map((item) => item.id),
      approvedUsd: coverage.totals.approvedUsd,
      gaps: gaps.gaps.length,
      overlaps: overlaps.length,
      iatiHasPlan: iati.includes(id),
      deliveries: deliveries.length,
      webhooks: webhooks.includes(webhook.id),
      summary: `${summary.leadPartner.code} (${summary.leadPartner.name}) ${summary.status}: ${summary.title ?? 'untitled'}`,
      withdrawn: withdrawn.status,
      keys: keys.filter((listed) => listed.revokedAt === null).length,
      live: live.status,
      ready: `${ready.status}: database ${ready.checks.database}, redis ${ready.checks.redis}`,
      audit: { ok: audit.ok, brokenLink: audit.firstBrokenLink?.invariant ?? null },
      webhookLine: describeDelivery(approved),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
