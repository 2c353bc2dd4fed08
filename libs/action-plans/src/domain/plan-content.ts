import { InvalidInputError, type FieldProblem } from '@accord/shared';
import { Money } from './money';
import { Period } from './period';

export const PARTICIPANT_ROLES = ['FUNDING', 'ACCOUNTABLE', 'EXTENDING', 'IMPLEMENTING'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export interface MoneyValue {
  amount: string;
  currency: string;
}

export interface PeriodValue {
  start: string;
  end: string;
}

export interface Participant {
  partnerCode: string;
  role: ParticipantRole;
}

/**
 * What identifies an activity or an indicator across the versions of a plan: 1 to 40 visible ASCII
 * characters, unique within the plan (activities and indicators together).
 */
export const ITEM_REF_PATTERN = /^[\x21-\x7e]{1,40}$/;

export interface Activity {
  ref: string;
  title: string;
  description: string | null;
  country: string | null;
  sector: string | null;
  period: PeriodValue | null;
  budget: MoneyValue | null;
}

export interface Indicator {
  ref: string;
  name: string;
  unit: string | null;
  baseline: string | null;
  target: string | null;
  targetDate: string | null;
}

/** The content of one version of an action plan, as stored and as returned: every key present. */
export interface PlanContent {
  title: string;
  summary: string | null;
  countries: string[];
  goals: string[];
  programAreas: string[];
  escaComponents: string[];
  period: PeriodValue;
  participants: Participant[];
  activities: Activity[];
  budget: MoneyValue;
  indicators: Indicator[];
  supersedes: string[];
  coFunds: string[];
}

type Optional<T> = T | null | undefined;

/** Content as a client may send it: optional parts may be left out. */
export interface PlanContentInput {
  title: string;
  summary?: Optional<string>;
  countries: string[];
  goals: string[];
  programAreas?: Optional<string[]>;
  escaComponents?: Optional<string[]>;
  period: PeriodValue;
  participants?: Optional<Participant[]>;
  activities: {
    ref?: Optional<string>;
    title: string;
    description?: Optional<string>;
    country?: Optional<string>;
    sector?: Optional<string>;
    period?: Optional<PeriodValue>;
    budget?: Optional<MoneyValue>;
  }[];
  budget: MoneyValue;
  indicators?: Optional<{ ref?: Optional<string>; name: string; unit?: Optional<string>; baseline?: Optional<string>; target?: Optional<string>; targetDate?: Optional<string> }[]>;
  supersedes?: Optional<string[]>;
  coFunds?: Optional<string[]>;
}

const money = (value: MoneyValue): MoneyValue => Money.of(value.amount, value.currency).toJSON();
const period = (value: PeriodValue): PeriodValue => Period.of(value.start, value.end).toJSON();

/**
 * The one canonical form of a plan's content: absent parts become null or [], amounts get two
 * places, every activity and indicator has a ref. Money and Period refuse what they cannot
 * represent. `previous` is the content this one revises, whose refs an item sent without one may
 * inherit (see assignItemRefs).
 */
export function canonicalPlanContent(input: PlanContentInput, previous?: PlanContent): PlanContent {
  const refs = assignItemRefs(input, previous);
  return {
    title: input.title,
    summary: input.summary ?? null,
    countries: [...input.countries],
    goals: [...input.goals],
    programAreas: [...(input.programAreas ?? [])],
    escaComponents: [...(input.escaComponents ?? [])],
    period: period(input.period),
    participants: (input.participants ?? []).map(({ partnerCode, role }) => ({ partnerCode, role })),
    activities: input.activities.map((activity, index) => ({
      ref: refs.activities[index],
      title: activity.title,
      description: activity.description ?? null,
      country: activity.country ?? null,
      sector: activity.sector ?? null,
      period: activity.period ? period(activity.period) : null,
      budget: activity.budget ? money(activity.budget) : null,
    })),
    budget: money(input.budget),
    indicators: (input.indicators ?? []).map((indicator, index) => ({
      ref: refs.indicators[index],
      name: indicator.name,
      unit: indicator.unit ?? null,
      baseline: indicator.baseline ?? null,
      target: indicator.target ?? null,
      targetDate: indicator.targetDate ?? null,
    })),
    // Plan ids as the service writes them: the checks and the portfolio compare them as text.
    supersedes: (input.supersedes ?? []).map((id) => id.toLowerCase()),
    coFunds: (input.coFunds ?? []).map((id) => id.toLowerCase()),
  };
}

const ASSIGNED_PREFIX = { activities: 'A', indicators: 'I' } as const;

/**
 * The refs of the content's activities and indicators: those the client sent, checked. An item sent
 * without one, in a revision, keeps the ref of the item at its place in the version revised, unless
 * another item was sent with that ref: a client that never sends refs revises its items by their
 * place, as before refs existed, while one that sends them may reorder freely. The other items get
 * `A<n>` / `I<n>`, numbered after the highest such number the content or the version revised holds,
 * so a new item is never taken for a removed one.
 */
function assignItemRefs(input: PlanContentInput, previous: PlanContent | undefined): { activities: string[]; indicators: string[] } {
  const lists = { activities: input.activities, indicators: input.indicators ?? [] };
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const [list, items] of Object.entries(lists)) {
    items.forEach((item, index) => {
      const ref = item.ref;
      if (ref === null || ref === undefined) return;
      const field = `${list}[${index}].ref`;
      if (typeof ref !== 'string' || !ITEM_REF_PATTERN.test(ref)) problems.push({ field, message: `${field} must be 1 to 40 visible ASCII characters` });
      else if (seen.has(ref)) problems.push({ field, message: `${field} "${ref}" is already the ref of another activity or indicator of the plan` });
      else seen.add(ref);
    });
  }
  if (problems.length > 0) throw new InvalidInputError(problems);

  const held = [...seen, ...(previous ? [...previous.activities, ...previous.indicators].map((item) => item.ref) : [])];
  const taken = new Set(seen);
  const assign = (list: keyof typeof lists): string[] => {
    const prefix = ASSIGNED_PREFIX[list];
    const pattern = new RegExp(`^${prefix}([1-9]\\d{0,8})$`);
    let next = Math.max(0, ...held.map((ref) => Number(pattern.exec(ref)?.[1] ?? 0))) + 1;
    return lists[list].map((item, index) => {
      if (item.ref !== null && item.ref !== undefined) return item.ref;
      const inherited = previous?.[list][index]?.ref;
      const ref = inherited !== undefined && !taken.has(inherited) ? inherited : `${prefix}${next++}`;
      taken.add(ref);
      return ref;
    });
  };
  return { activities: assign('activities'), indicators: assign('indicators') };
}
