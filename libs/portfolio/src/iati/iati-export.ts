import { Money, type Activity, type PlanContent } from '@accord/action-plans';
import type { PartnerKind } from '@accord/reference-data';
import {
  ACTIVITY_DATE,
  ACTIVITY_STATUS,
  BUDGET_TYPE,
  DAC_PURPOSE_VOCABULARY,
  ESCA_VOCABULARY,
  FALLBACK_ORG_PREFIX,
  FUNDING_KINDS,
  GOALS_VOCABULARY,
  MEASURE,
  ORGANISATION_TYPE,
  PERCENT_UNITS,
  RELATED_ACTIVITY_CO_FUNDED,
  RESULT_TYPE_OUTCOME,
  ROLE_CODE,
} from './iati-codes';
import { escapeXml } from './iati-xml';

/** An approved plan as the exporter reads it: the current version's content. */
export interface IatiPlan {
  id: string;
  leadPartnerCode: string;
  updatedAt: Date;
  content: PlanContent;
}

export interface IatiPartner {
  code: string;
  name: string;
  kind: PartnerKind;
  iatiOrgRef: string | null;
}

/** The partner's IATI organisation reference, or `XI-ACCORD-<code>` while it has none. */
export function iatiOrgRefOf(partner: Pick<IatiPartner, 'iatiOrgRef'> | undefined, code: string): string {
  return partner?.iatiOrgRef ?? `${FALLBACK_ORG_PREFIX}${code}`;
}

/** `<lead's organisation reference>-<plan id>`: IATI wants identifiers prefixed by the reporting organisation's reference. */
export function iatiIdentifierOf(lead: Pick<IatiPartner, 'iatiOrgRef'> | undefined, leadCode: string, planId: string): string {
  return `${iatiOrgRefOf(lead, leadCode)}-${planId}`;
}

type Attrs = Record<string, string | number | null | undefined>;

/** One element, attributes in the given order, children already rendered. */
function element(name: string, attrs: Attrs, children: string[] | string | null = null): string {
  const rendered = Object.entries(attrs)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  if (children === null || children.length === 0) return `<${name}${rendered}/>`;
  const body = typeof children === 'string' ? escapeXml(children) : children.join('');
  return `<${name}${rendered}>${body}</${name}>`;
}

const narrative = (text: string) => element('narrative', {}, text);

/**
 * Percentages of `weights` that add up to exactly 100, to two places: basis points shared by largest
 * remainder. Equal parts when every weight is zero.
 */
export function percentagesOf(weights: readonly number[]): string[] {
  if (weights.length === 0) return [];
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const shares = weights.map((weight) => (total > 0 ? (weight / total) * 10000 : 10000 / weights.length));
  const points = shares.map(Math.floor);
  let left = 10000 - points.reduce((sum, point) => sum + point, 0);
  const order = shares.map((share, index) => ({ index, rest: share - Math.floor(share) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    points[index] += 1;
    left -= 1;
  }
  return points.map((point) => (point / 100).toFixed(2).replace(/\.?0+$/, ''));
}

/**
 * How much of the plan each activity weighs: its budget when every activity has one in the plan's
 * currency (so percentages follow the money), else one each.
 */
function activityWeights(content: PlanContent): number[] {
  const byMoney = content.activities.every((activity) => activity.budget?.currency === content.budget.currency);
  return content.activities.map((activity) => (byMoney ? Number(Money.of(activity.budget!.amount, activity.budget!.currency).cents) : 1));
}

function sharesBy(content: PlanContent, weights: number[], keysOf: (activity: Activity) => readonly string[]): Map<string, number> {
  const shares = new Map<string, number>();
  content.activities.forEach((activity, index) => {
    const keys = keysOf(activity);
    for (const key of keys) shares.set(key, (shares.get(key) ?? 0) + weights[index] / keys.length);
  });
  return shares;
}

function withPercentages(shares: Map<string, number>): [string, string][] {
  const keys = [...shares.keys()];
  const percentages = percentagesOf(keys.map((key) => shares.get(key)!));
  return keys.map((key, index) => [key, percentages[index]]);
}

/** The plan's budget in periods of at most one year (IATI's rule for budgets), shared by days to the cent. */
export function yearlyBudgets(content: PlanContent): { start: string; end: string; amount: string }[] {
  const periods: { start: string; end: string; days: number }[] = [];
  let start = content.period.start;
  while (start <= content.period.end) {
    const next = addDays(addYears(start, 1), -1);
    const end = next < content.period.end ? next : content.period.end;
    periods.push({ start, end, days: daysBetween(start, end) + 1 });
    start = addDays(end, 1);
  }
  const total = Money.of(content.budget.amount, content.budget.currency).cents;
  const days = BigInt(periods.reduce((sum, period) => sum + period.days, 0));
  const cents = periods.map((period) => (total * BigInt(period.days)) / days);
  let left = total - cents.reduce((sum, value) => sum + value, 0n);
  for (let index = 0; left > 0n; index = (index + 1) % cents.length, left -= 1n) cents[index] += 1n;
  return periods.map((period, index) => ({ start: period.start, end: period.end, amount: `${cents[index] / 100n}.${(cents[index] % 100n).toString().padStart(2, '0')}` }));
}

function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(year + years, month - 1, day));
  // 29 February plus a year is 1 March in Date; a year on from it is the 28th.
  if (shifted.getUTCMonth() !== month - 1) shifted.setUTCDate(0);
  return shifted.toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
}

function participatingOrgs(plan: IatiPlan, partners: ReadonlyMap<string, IatiPartner>): string[] {
  const { content, leadPartnerCode } = plan;
  const lead = partners.get(leadPartnerCode);
  const roles = content.participants.map(({ partnerCode, role }) => ({ partnerCode, role }));
  if (!roles.some((participant) => participant.partnerCode === leadPartnerCode)) {
    roles.unshift({ partnerCode: leadPartnerCode, role: lead && FUNDING_KINDS.includes(lead.kind) ? 'FUNDING' : 'ACCOUNTABLE' });
  }
  const seen = new Set<string>();
  return roles
    .filter(({ partnerCode, role }) => !seen.has(`${partnerCode}|${role}`) && seen.add(`${partnerCode}|${role}`))
    .map(({ partnerCode, role }) => {
      const partner = partners.get(partnerCode);
      return element('participating-org', { ref: iatiOrgRefOf(partner, partnerCode), type: partner ? ORGANISATION_TYPE[partner.kind] : null, role: ROLE_CODE[role] }, [
        narrative(partner?.name ?? partnerCode),
      ]);
    });
}

function sectors(content: PlanContent, weights: number[]): string[] {
  const dac = withPercentages(sharesBy(content, weights, (activity) => (activity.sector ? [activity.sector] : [])));
  const even = (codes: readonly string[]) => withPercentages(new Map(codes.map((code) => [code, 1])));
  return [
    ...dac.map(([code, percentage]) => element('sector', { vocabulary: DAC_PURPOSE_VOCABULARY, code, percentage })),
    ...even(content.goals).map(([code, percentage]) =>
      element('sector', { vocabulary: GOALS_VOCABULARY.vocabulary, 'vocabulary-uri': GOALS_VOCABULARY.uri, code, percentage }),
    ),
    ...even(content.escaComponents).map(([code, percentage]) =>
      element('sector', { vocabulary: ESCA_VOCABULARY.vocabulary, 'vocabulary-uri': ESCA_VOCABULARY.uri, code, percentage }),
    ),
  ];
}

function results(content: PlanContent): string[] {
  if (content.indicators.length === 0) return [];
  const { start, end } = content.period;
  const indicators = content.indicators.map((indicator) => {
    const percent = indicator.unit !== null && PERCENT_UNITS.includes(indicator.unit.toLowerCase());
    const targetDate = indicator.targetDate && indicator.targetDate >= start ? indicator.targetDate : end;
    return element('indicator', { measure: percent ? MEASURE.percentage : MEASURE.unit }, [
      element('title', {}, [narrative(indicator.name)]),
      indicator.baseline !== null ? element('baseline', { year: start.slice(0, 4), 'iso-date': start, value: indicator.baseline }) : '',
      indicator.target !== null
        ? element('period', {}, [element('period-start', { 'iso-date': start }), element('period-end', { 'iso-date': targetDate }), element('target', { value: indicator.target })])
        : '',
    ]);
  });
  return [element('result', { type: RESULT_TYPE_OUTCOME }, [element('title', {}, [narrative('Indicators of the action plan')]), ...indicators])];
}

function activity(plan: IatiPlan, partners: ReadonlyMap<string, IatiPartner>, leads: ReadonlyMap<string, string>): string {
  const { content } = plan;
  const lead = partners.get(plan.leadPartnerCode);
  const weights = activityWeights(content);
  const countries = withPercentages(sharesBy(content, weights, (item) => (item.country ? [item.country] : content.countries)));
  const currency = content.budget.currency;
  const related = content.coFunds.flatMap((id) => {
    const leadCode = leads.get(id);
    return leadCode ? [element('related-activity', { ref: iatiIdentifierOf(partners.get(leadCode), leadCode, id), type: RELATED_ACTIVITY_CO_FUNDED })] : [];
  });
  return element('iati-activity', { 'last-updated-datetime': plan.updatedAt.toISOString(), 'default-currency': currency, hierarchy: 1 }, [
    element('iati-identifier', {}, iatiIdentifierOf(lead, plan.leadPartnerCode, plan.id)),
    element('reporting-org', { ref: iatiOrgRefOf(lead, plan.leadPartnerCode), type: lead ? ORGANISATION_TYPE[lead.kind] : null }, [narrative(lead?.name ?? plan.leadPartnerCode)]),
    element('title', {}, [narrative(content.title)]),
    element('description', { type: 1 }, [narrative(content.summary ?? content.title)]),
    ...participatingOrgs(plan, partners),
    element('activity-status', { code: ACTIVITY_STATUS.implementation }),
    element('activity-date', { type: ACTIVITY_DATE.plannedStart, 'iso-date': content.period.start }),
    element('activity-date', { type: ACTIVITY_DATE.plannedEnd, 'iso-date': content.period.end }),
    ...countries.map(([code, percentage]) => element('recipient-country', { code, percentage })),
    ...sectors(content, weights),
    ...yearlyBudgets(content).map((budget) =>
      element('budget', { type: BUDGET_TYPE.original, status: 1 }, [
        element('period-start', { 'iso-date': budget.start }),
        element('period-end', { 'iso-date': budget.end }),
        element('value', { currency, 'value-date': budget.start }, budget.amount),
      ]),
    ),
    ...related,
    ...results(content),
  ]);
}

/**
 * Approved plans as an IATI 2.03 activities document, elements in the schema's order. Each plan is
 * one activity reported by its lead partner; its goals and ESCA components are sectors under
 * Accord's own vocabularies (see iati-codes.ts); `coFunds` links become co-funded related
 * activities when the co-funded plan is published in the same document (a link to any other
 * would disclose a plan the reader may not see); IATI has no type for `supersedes`, which is left
 * out. Without plans the document has no activity, which the schema refuses (it wants at least
 * one): there is nothing to publish.
 */
export function toIatiActivities(plans: readonly IatiPlan[], partners: readonly IatiPartner[], generatedAt: Date): string {
  const byCode = new Map(partners.map((partner) => [partner.code, partner]));
  const leadOf = new Map(plans.map((plan) => [plan.id, plan.leadPartnerCode]));
  const activities = plans.map((plan) => activity(plan, byCode, leadOf));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element('iati-activities', { version: '2.03', 'generated-datetime': generatedAt.toISOString() }, activities.length ? ['\n', ...activities.map((item) => `${item}\n`)] : null)}\n`;
}
