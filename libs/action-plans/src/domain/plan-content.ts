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

export interface Activity {
  title: string;
  description: string | null;
  country: string | null;
  sector: string | null;
  period: PeriodValue | null;
  budget: MoneyValue | null;
}

export interface Indicator {
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
    title: string;
    description?: Optional<string>;
    country?: Optional<string>;
    sector?: Optional<string>;
    period?: Optional<PeriodValue>;
    budget?: Optional<MoneyValue>;
  }[];
  budget: MoneyValue;
  indicators?: Optional<{ name: string; unit?: Optional<string>; baseline?: Optional<string>; target?: Optional<string>; targetDate?: Optional<string> }[]>;
  supersedes?: Optional<string[]>;
  coFunds?: Optional<string[]>;
}

const money = (value: MoneyValue): MoneyValue => Money.of(value.amount, value.currency).toJSON();
const period = (value: PeriodValue): PeriodValue => Period.of(value.start, value.end).toJSON();

/**
 * The one canonical form of a plan's content: absent parts become null or [], amounts get two
 * places. Money and Period refuse what they cannot represent.
 */
export function canonicalPlanContent(input: PlanContentInput): PlanContent {
  return {
    title: input.title,
    summary: input.summary ?? null,
    countries: [...input.countries],
    goals: [...input.goals],
    programAreas: [...(input.programAreas ?? [])],
    escaComponents: [...(input.escaComponents ?? [])],
    period: period(input.period),
    participants: (input.participants ?? []).map(({ partnerCode, role }) => ({ partnerCode, role })),
    activities: input.activities.map((activity) => ({
      title: activity.title,
      description: activity.description ?? null,
      country: activity.country ?? null,
      sector: activity.sector ?? null,
      period: activity.period ? period(activity.period) : null,
      budget: activity.budget ? money(activity.budget) : null,
    })),
    budget: money(input.budget),
    indicators: (input.indicators ?? []).map((indicator) => ({
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
