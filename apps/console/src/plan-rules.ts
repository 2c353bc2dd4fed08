import type { components } from './api/schema';

type PlanContent = components['schemas']['PlanContentRequest'];

/**
 * What the plan form checks before it sends, so a person sees a mistake at its field at once: the
 * API's own rules (API.md, "A plan's content"), with its field names (`activities[0].budget.amount`)
 * and its messages. apps/api/src/console/plan-rules-agreement.spec.ts holds these limits and patterns
 * to the served document and the domain's, so the two cannot drift apart. Whatever only the service
 * can judge (a plan naming itself in `coFunds`) comes back as a 400 and is shown at its field too.
 */
export const LIMITS = {
  title: 300,
  summary: 10000,
  countries: 7,
  goals: 5,
  programAreas: 3,
  escaComponents: 4,
  participants: 50,
  activities: 200,
  activityTitle: 300,
  activityDescription: 5000,
  indicators: 100,
  indicatorName: 300,
  indicatorUnit: 50,
  links: 50,
} as const;

export const AMOUNT_PATTERN = /^(0|[1-9]\d{0,14})(\.\d{1,2})?$/;
export const DECIMAL_PATTERN = /^-?(0|[1-9]\d{0,14})(\.\d{1,6})?$/;
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What XML 1.0 (the IATI export) and PostgreSQL cannot store: control characters and unpaired surrogates. */
export const NOT_XML_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const PARTICIPANT_ROLES = ['FUNDING', 'ACCOUNTABLE', 'EXTENDING', 'IMPLEMENTING'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** The code lists a plan's content is checked against (GET /v1/reference-data and GET /v1/partners). */
export interface CodeLists {
  countries: string[];
  goals: string[];
  programAreas: string[];
  escaComponents: string[];
  dacSectors: string[];
  currencies: string[];
  partners: string[];
}

export interface ActivityDraft {
  /** The item's identity across versions (issue 20): kept as read, absent for a new item, which the service names. */
  ref?: string;
  title: string;
  description: string;
  country: string;
  sector: string;
  start: string;
  end: string;
  amount: string;
  currency: string;
}

export interface IndicatorDraft {
  ref?: string;
  name: string;
  unit: string;
  baseline: string;
  target: string;
  targetDate: string;
}

/** The form's state: every input as the text it holds. */
export interface PlanDraft {
  title: string;
  summary: string;
  countries: string[];
  goals: string[];
  programAreas: string[];
  escaComponents: string[];
  start: string;
  end: string;
  participants: { partnerCode: string; role: ParticipantRole }[];
  activities: ActivityDraft[];
  amount: string;
  currency: string;
  indicators: IndicatorDraft[];
  /** Plan ids, one a line. */
  supersedes: string;
  coFunds: string;
}

/** Problems by the API's field name. */
export type Problems = Record<string, string[]>;

export const emptyActivity = (currency = 'USD'): ActivityDraft => ({ title: '', description: '', country: '', sector: '', start: '', end: '', amount: '', currency });
export const emptyIndicator = (): IndicatorDraft => ({ name: '', unit: '', baseline: '', target: '', targetDate: '' });

export function emptyDraft(): PlanDraft {
  return {
    title: '',
    summary: '',
    countries: [],
    goals: [],
    programAreas: [],
    escaComponents: [],
    start: '',
    end: '',
    participants: [],
    activities: [emptyActivity()],
    amount: '',
    currency: 'USD',
    indicators: [],
    supersedes: '',
    coFunds: '',
  };
}

const text = (value: string | null | undefined) => value ?? '';

/** The form filled with a plan's current content, to revise it. */
export function draftOf(plan: PlanContent): PlanDraft {
  return {
    title: plan.title,
    summary: text(plan.summary),
    countries: [...plan.countries],
    goals: [...plan.goals],
    programAreas: [...(plan.programAreas ?? [])],
    escaComponents: [...(plan.escaComponents ?? [])],
    start: plan.period.start,
    end: plan.period.end,
    participants: (plan.participants ?? []).map(({ partnerCode, role }) => ({ partnerCode, role })),
    activities: plan.activities.map((activity) => ({
      ...(activity.ref ? { ref: activity.ref } : {}),
      title: activity.title,
      description: text(activity.description),
      country: text(activity.country),
      sector: text(activity.sector),
      start: text(activity.period?.start),
      end: text(activity.period?.end),
      amount: text(activity.budget?.amount),
      currency: activity.budget?.currency ?? plan.budget.currency,
    })),
    amount: plan.budget.amount,
    currency: plan.budget.currency,
    indicators: (plan.indicators ?? []).map((indicator) => ({
      ...(indicator.ref ? { ref: indicator.ref } : {}),
      name: indicator.name,
      unit: text(indicator.unit),
      baseline: text(indicator.baseline),
      target: text(indicator.target),
      targetDate: text(indicator.targetDate),
    })),
    supersedes: (plan.supersedes ?? []).join('\n'),
    coFunds: (plan.coFunds ?? []).join('\n'),
  };
}

const lines = (value: string) =>
  value
    .split(/[\s,]+/)
    .map((line) => line.trim())
    .filter(Boolean);
const optional = (value: string) => (value.trim() === '' ? null : value.trim());

/** The content the API takes for a draft: empty optional inputs left out, text trimmed. */
export function contentOf(draft: PlanDraft): PlanContent {
  return {
    title: draft.title.trim(),
    summary: optional(draft.summary),
    countries: draft.countries,
    goals: draft.goals,
    programAreas: draft.programAreas,
    escaComponents: draft.escaComponents,
    period: { start: draft.start.trim(), end: draft.end.trim() },
    participants: draft.participants,
    activities: draft.activities.map((activity) => ({
      ...(activity.ref ? { ref: activity.ref } : {}),
      title: activity.title.trim(),
      description: optional(activity.description),
      country: optional(activity.country),
      sector: optional(activity.sector),
      period: activity.start.trim() || activity.end.trim() ? { start: activity.start.trim(), end: activity.end.trim() } : null,
      budget: activity.amount.trim() ? { amount: activity.amount.trim(), currency: activity.currency } : null,
    })),
    budget: { amount: draft.amount.trim(), currency: draft.currency },
    indicators: draft.indicators.map((indicator) => ({
      ...(indicator.ref ? { ref: indicator.ref } : {}),
      name: indicator.name.trim(),
      unit: optional(indicator.unit),
      baseline: optional(indicator.baseline),
      target: optional(indicator.target),
      targetDate: optional(indicator.targetDate),
    })),
    supersedes: lines(draft.supersedes),
    coFunds: lines(draft.coFunds),
  };
}

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Every problem of a draft, by field, as the API would name and word it. */
export function problemsOf(draft: PlanDraft, lists: CodeLists): Problems {
  const problems: Problems = {};
  const add = (field: string, message: string) => (problems[field] ??= []).push(message);

  const requiredText = (field: string, value: string, max: number) => {
    if (value.trim() === '') add(field, `${leaf(field)} is required`);
    else if (value.trim().length > max) add(field, `${leaf(field)} must be shorter than or equal to ${max} characters`);
  };
  const optionalText = (field: string, value: string, max: number) => {
    if (value.trim().length > max) add(field, `${leaf(field)} must be shorter than or equal to ${max} characters`);
  };
  const codes = (field: string, values: string[], list: string[], what: string, min: number, max: number) => {
    if (values.length < min) add(field, `${field} must contain at least ${min} element${min > 1 ? 's' : ''}`);
    if (values.length > max) add(field, `${field} must contain no more than ${max} elements`);
    values.forEach((value, index) => {
      if (!list.includes(value)) add(`${field}[${index}]`, `${field} has an unknown ${what}: "${value}"`);
    });
  };
  const period = (field: string, start: string, end: string) => {
    if (!isCalendarDate(start.trim())) add(`${field}.start`, 'start must be a calendar date written YYYY-MM-DD');
    if (!isCalendarDate(end.trim())) add(`${field}.end`, 'end must be a calendar date written YYYY-MM-DD');
    else if (isCalendarDate(start.trim()) && end.trim() < start.trim()) add(`${field}.end`, 'the period ends before it starts');
  };
  const money = (field: string, amount: string, currency: string) => {
    if (!AMOUNT_PATTERN.test(amount.trim()) || !/[1-9]/.test(amount)) add(`${field}.amount`, 'amount must be a positive decimal string with at most two places, e.g. "1500000.00"');
    if (!lists.currencies.includes(currency)) add(`${field}.currency`, `currency has an unknown currency: "${currency}"`);
  };
  const decimal = (field: string, value: string) => {
    if (value.trim() !== '' && !DECIMAL_PATTERN.test(value.trim())) add(field, `${leaf(field)} must be a decimal string, e.g. "38.0"`);
  };
  const planIds = (field: 'supersedes' | 'coFunds', value: string) => {
    const ids = lines(value);
    if (ids.length > LIMITS.links) add(field, `${field} must contain no more than ${LIMITS.links} elements`);
    if (new Set(ids).size !== ids.length) add(field, `All ${field}'s elements must be unique`);
    ids.forEach((id, index) => {
      if (!UUID_PATTERN.test(id)) add(`${field}[${index}]`, `each value in ${field} must be a UUID`);
    });
  };

  requiredText('title', draft.title, LIMITS.title);
  optionalText('summary', draft.summary, LIMITS.summary);
  codes('countries', draft.countries, lists.countries, 'recipient country', 1, LIMITS.countries);
  codes('goals', draft.goals, lists.goals, 'CARSI goal', 1, LIMITS.goals);
  codes('programAreas', draft.programAreas, lists.programAreas, 'program area', 0, LIMITS.programAreas);
  codes('escaComponents', draft.escaComponents, lists.escaComponents, 'ESCA component', 0, LIMITS.escaComponents);
  period('period', draft.start, draft.end);

  if (draft.participants.length > LIMITS.participants) add('participants', `participants must contain no more than ${LIMITS.participants} elements`);
  draft.participants.forEach((participant, index) => {
    if (!lists.partners.includes(participant.partnerCode)) add(`participants[${index}].partnerCode`, 'choose the participating partner');
    if (!PARTICIPANT_ROLES.includes(participant.role)) add(`participants[${index}].role`, `role must be one of: ${PARTICIPANT_ROLES.join(', ')}`);
  });

  if (draft.activities.length < 1) add('activities', 'activities must contain at least 1 element');
  if (draft.activities.length > LIMITS.activities) add('activities', `activities must contain no more than ${LIMITS.activities} elements`);
  draft.activities.forEach((activity, index) => {
    const at = `activities[${index}]`;
    requiredText(`${at}.title`, activity.title, LIMITS.activityTitle);
    optionalText(`${at}.description`, activity.description, LIMITS.activityDescription);
    if (activity.country && !lists.countries.includes(activity.country)) add(`${at}.country`, `country has an unknown recipient country: "${activity.country}"`);
    if (activity.sector && !lists.dacSectors.includes(activity.sector)) add(`${at}.sector`, `sector has an unknown DAC sector: "${activity.sector}"`);
    if (activity.start.trim() || activity.end.trim()) period(`${at}.period`, activity.start, activity.end);
    if (activity.amount.trim()) money(`${at}.budget`, activity.amount, activity.currency);
  });

  money('budget', draft.amount, draft.currency);

  if (draft.indicators.length > LIMITS.indicators) add('indicators', `indicators must contain no more than ${LIMITS.indicators} elements`);
  draft.indicators.forEach((indicator, index) => {
    const at = `indicators[${index}]`;
    requiredText(`${at}.name`, indicator.name, LIMITS.indicatorName);
    optionalText(`${at}.unit`, indicator.unit, LIMITS.indicatorUnit);
    decimal(`${at}.baseline`, indicator.baseline);
    decimal(`${at}.target`, indicator.target);
    if (indicator.targetDate.trim() && !isCalendarDate(indicator.targetDate.trim())) add(`${at}.targetDate`, 'targetDate must be a calendar date written YYYY-MM-DD');
  });

  planIds('supersedes', draft.supersedes);
  planIds('coFunds', draft.coFunds);

  for (const [field, value] of textFields(draft)) {
    if (NOT_XML_TEXT.test(value)) add(field, `${field} contains a control character or an unpaired UTF-16 surrogate`);
  }
  return problems;
}

/** `activities[0].budget.amount` → `amount`: how the API names a field in its messages. */
function leaf(field: string): string {
  return field.replace(/\[\d+\]/g, '').split('.').pop() ?? field;
}

function* textFields(draft: PlanDraft): Generator<[string, string]> {
  yield ['title', draft.title];
  yield ['summary', draft.summary];
  for (const [index, activity] of draft.activities.entries()) {
    yield [`activities[${index}].title`, activity.title];
    yield [`activities[${index}].description`, activity.description];
  }
  for (const [index, indicator] of draft.indicators.entries()) {
    yield [`indicators[${index}].name`, indicator.name];
    yield [`indicators[${index}].unit`, indicator.unit];
  }
}

/** The problems the API sent (a 400's details) by field. */
export function problemsFromDetails(details: { field: string; message: string }[]): Problems {
  const problems: Problems = {};
  for (const { field, message } of details) (problems[field] ??= []).push(message);
  return problems;
}
