import type { components } from './api/schema';

type Schemas = components['schemas'];
type HistoryEvent = Schemas['ActionPlanEventResponse'];
type Actor = Schemas['ActorResponse'];

/** `"1500000.00"` → `"1,500,000.00"`: from the decimal string itself, so no amount loses a cent to a float. */
export function amount(value: string): string {
  const [whole, cents] = value.split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (cents !== undefined ? `.${cents}` : '');
}

export function money(value: { amount: string; currency: string } | null | undefined): string {
  return value ? `${amount(value.amount)} ${value.currency}` : '—';
}

/** USD in a few characters, for a heat map cell: `1.5 M`, `750 k`. */
export function shortUsd(usd: string): string {
  const value = Number(usd);
  if (value >= 1e9) return `${(value / 1e9).toFixed(1)} bn`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)} M`;
  if (value >= 1e3) return `${Math.round(value / 1e3)} k`;
  return value.toFixed(0);
}

/** Colour steps of the heat map besides "nothing approved": each an equal share of the largest cell. */
export const HEAT_STEPS = 5;

/** The step of a cell's approved USD on the scale up to the largest cell: 0 for none, 1 to HEAT_STEPS. */
export function heatStep(usd: number, largest: number): number {
  if (usd <= 0 || largest <= 0) return 0;
  return Math.min(HEAT_STEPS, Math.max(1, Math.ceil((usd / largest) * HEAT_STEPS)));
}

const STATUS_WORDS: Record<string, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  in_review: 'In review',
  awaiting_decision: 'Awaiting a decision',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  superseded: 'Superseded',
};
export const statusWords = (status: string) => STATUS_WORDS[status] ?? status;

const RECOMMENDATION_WORDS: Record<string, string> = { approve: 'Approve', review_closely: 'Review closely', reject: 'Reject' };
export const recommendationWords = (recommendation: string | null | undefined) => (recommendation ? (RECOMMENDATION_WORDS[recommendation] ?? recommendation) : 'Not yet');

const COORDINATION_WORDS: Record<string, string> = { merge: 'Merge the plans', co_fund: 'Co-fund', justified: 'Both justified', coordinate: 'Coordinate', none: 'None: resolved' };
export const coordinationWords = (action: string) => COORDINATION_WORDS[action] ?? action;

export function dateTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** `3 h`, `2 d 4 h`: how long a plan has waited. */
export function age(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  if (hours < 1) return `${Math.max(1, Math.round(seconds / 60))} min`;
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

export function actorWords(actor: Actor): string {
  if (actor.role === 'system') return 'Accord';
  if (actor.kind === 'admin_token') return 'an admin';
  return actor.partnerCode ? `${actor.role} (${actor.partnerCode})` : actor.role;
}

const clip = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

export const visibilityWords = (visibility: 'reviewers' | 'participants') => (visibility === 'reviewers' ? 'reviewers and admins only' : 'with the lead and participants');

/** The author of a thread's comment. */
export function authorWords(author: { kind: 'partner' | 'reviewer' | 'admin'; partnerCode?: string }): string {
  return author.partnerCode ? `${author.kind} (${author.partnerCode})` : author.kind;
}

/**
 * A value of the content as the changes endpoint and a thread's current value give it: text, a list
 * of codes, money, a period, participants, or a whole activity or indicator.
 */
export function valueWords(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.length ? value.map(valueWords).join(', ') : '—';
  const fields = new Map(Object.entries(value));
  const text = (key: string) => (typeof fields.get(key) === 'string' ? String(fields.get(key)) : '');
  if (fields.has('amount') && fields.has('currency')) return `${amount(text('amount'))} ${text('currency')}`;
  if (fields.has('start') && fields.has('end')) return `${text('start')} to ${text('end')}`;
  if (fields.has('partnerCode')) return `${text('partnerCode')} (${text('role').toLowerCase()})`;
  if (fields.has('title')) return `${text('title')}${fields.get('budget') ? `, ${valueWords(fields.get('budget'))}` : ''}`;
  if (fields.has('name')) return text('name');
  return JSON.stringify(value);
}

/** One line of the history timeline for an event. */
export function eventWords(event: HistoryEvent): string {
  switch (event.type) {
    case 'ActionPlanCreated':
      return 'Created as a draft';
    case 'ActionPlanRevised':
      return `Revised: version ${event.version}${event.data.changedPaths?.length ? `, changing ${event.data.changedPaths.join(', ')}` : ''}`;
    case 'ActionPlanSubmitted':
      return `Version ${event.version} submitted`;
    case 'ActionPlanReviewStarted':
      return 'The checks started';
    case 'ActionPlanReviewCompleted':
      return `The checks finished: recommended “${recommendationWords(event.data.recommendation)}”`;
    case 'ActionPlanDecisionRecorded': {
      const { decision, approvals, approvalsRequired, comment, coordination, override } = event.data;
      const what = decision === 'approve' ? `Approved (${approvals} of ${approvalsRequired})` : decision === 'reject' ? 'Rejected' : 'Changes requested';
      const extra = [comment && `“${comment}”`, coordination && `coordination: ${coordinationWords(coordination.action)}, “${coordination.note}”`, override && `override of ${override.checks.join(', ')}: “${override.justification}”`];
      return [what, ...extra].filter(Boolean).join('; ');
    }
    case 'ActionPlanApproved':
      return 'Approved';
    case 'ActionPlanRejected':
      return 'Rejected';
    case 'ActionPlanChangesRequested':
      return 'Sent back for changes';
    case 'ActionPlanWithdrawn':
      return 'Withdrawn';
    case 'ActionPlanSuperseded':
      return 'Superseded by a consolidated plan';
    case 'ActionPlanConsolidated':
      return 'Consolidated the plans it supersedes';
    case 'ActionPlanEndorsed':
      return `Endorsed by ${event.data.partnerCode}${event.data.comment ? `: “${event.data.comment}”` : ''}`;
    case 'ActionPlanRecommendationUpdated':
      return `Recommendation now “${recommendationWords(event.data.recommendation)}”`;
    case 'ActionPlanMarkedOverdue':
      return 'Overdue: waited past the review deadline';
    case 'ActionPlanOverlapFound':
      return `Overlap found with another plan (score ${event.data.score})`;
    case 'ActionPlanThreadOpened':
      return `Thread opened ${event.data.anchor ? `on ${event.data.anchor.path} of version ${event.data.anchor.version}` : 'on the plan'} (${visibilityWords(event.data.visibility)}): “${clip(event.data.body)}”`;
    case 'ActionPlanThreadCommented':
      return `Reply in a thread: “${clip(event.data.body)}”`;
    case 'ActionPlanThreadResolved':
      return 'Thread resolved';
    case 'ActionPlanThreadReopened':
      return 'Thread reopened';
  }
}
