import { AMOUNT_PATTERN, isCalendarDate, type Participant, type PeriodValue, type PlanContentInput } from '@accord/action-plans';
import {
  ACTIVITY_DATE,
  ACTIVITY_STATUS,
  BUDGET_TYPE,
  CENTRAL_AMERICA_REGIONS,
  DAC_PURPOSE_VOCABULARY,
  ESCA_VOCABULARY,
  GOALS_VOCABULARY,
  ISO_COUNTRIES,
  MEASURE,
  ROLE_OF_CODE,
  TRANSACTION_TYPE,
} from './iati-codes';
import { childOf, childrenOf, parseIatiDocument, type XmlElement } from './iati-xml';

/** The reference data an import is checked against, as stored in the database. */
export interface IatiReference {
  /** The recipient countries of the service (the seven). */
  countries: ReadonlySet<string>;
  /** Known DAC purpose codes: name and the CARSI goals each supports. */
  sectors: ReadonlyMap<string, { name: string; goals: readonly string[] }>;
  currencies: ReadonlySet<string>;
  goals: ReadonlySet<string>;
  escaComponents: ReadonlySet<string>;
  /** Partner code by IATI organisation reference (the fallback `XI-ACCORD-<code>` included). */
  partnersByOrgRef: ReadonlyMap<string, string>;
}

/** Something wrong or approximated in one activity; the draft is made all the same. */
export interface IatiProblem {
  code: string;
  message: string;
}

export interface ImportedIatiActivity {
  iatiIdentifier: string;
  /** The draft's content, when the activity can be one. */
  plan?: PlanContentInput;
  problems: IatiProblem[];
  /** Why no draft is made of it. */
  skipped?: string;
}

const LIMITS = { identifier: 200, title: 300, summary: 10000, activityTitle: 300, indicatorName: 300, activities: 200, indicators: 100, participants: 50 };
const DECIMAL = /^[+-]?\d+(\.\d+)?$/;
/** Indicator values as plans hold them: at most 15 digits before the point and 6 after. */
const INDICATOR_VALUE = /^-?(0|[1-9]\d{0,14})(\.\d{1,6})?$/;

/**
 * Reads an IATI 2.0x activities document into draft plan content, one entry per activity, in file
 * order. Activities for one of the service's countries or for the Central America region become
 * drafts; the others are skipped with the reason. Nothing is guessed silently: each approximation
 * (budget from commitments, period from transactions, goals from sectors...) is a problem on the
 * activity. Throws InvalidIatiDocumentError for a document it refuses to read (see parseIatiDocument).
 */
export function fromIatiActivities(xml: string, reference: IatiReference): { activities: ImportedIatiActivity[] } {
  const root = parseIatiDocument(xml);
  const seen = new Set<string>();
  const activities = childrenOf(root, 'iati-activity').map((element, index) => {
    const iatiIdentifier = childOf(element, 'iati-identifier')?.text.trim() ?? '';
    if (!iatiIdentifier) return { iatiIdentifier: `#${index + 1}`, problems: [], skipped: 'the activity has no iati-identifier' };
    // The identifier is a key of the plan's row (unique per lead partner); real ones are far shorter.
    if (iatiIdentifier.length > LIMITS.identifier) {
      return { iatiIdentifier: `${iatiIdentifier.slice(0, 40)}…`, problems: [], skipped: `the iati-identifier is longer than ${LIMITS.identifier} characters` };
    }
    if (seen.has(iatiIdentifier)) return { iatiIdentifier, problems: [], skipped: 'the identifier appears earlier in the same file' };
    seen.add(iatiIdentifier);
    return new ActivityReader(element, root, reference).read(iatiIdentifier);
  });
  return { activities };
}

class Skip extends Error {}

/** Reads one activity; `problems` collects what it reports. */
class ActivityReader {
  private readonly problems: IatiProblem[] = [];
  private readonly lang: string | undefined;

  constructor(
    private readonly activity: XmlElement,
    root: XmlElement,
    private readonly reference: IatiReference,
  ) {
    this.lang = activity.attrs.get('xml:lang') ?? root.attrs.get('xml:lang');
  }

  read(iatiIdentifier: string): ImportedIatiActivity {
    try {
      return { iatiIdentifier, plan: this.plan(), problems: this.problems };
    } catch (error) {
      if (error instanceof Skip) return { iatiIdentifier, problems: this.problems, skipped: error.message };
      throw error;
    }
  }

  private problem(code: string, message: string): void {
    this.problems.push({ code, message });
  }

  private plan(): PlanContentInput {
    const status = childOf(this.activity, 'activity-status')?.attrs.get('code');
    if (status === ACTIVITY_STATUS.cancelled) throw new Skip('the activity is cancelled (activity-status 5)');
    const countries = this.countries();
    const title = this.narrative(childOf(this.activity, 'title'));
    if (!title) throw new Skip('the activity has no title');
    this.checkStatus(status);
    const period = this.period();
    const budget = this.budget();
    const sectors = this.sectors();
    const goals = this.goals(sectors);
    const summary = this.summary();
    return {
      title: this.clip(title, LIMITS.title, 'title'),
      summary: summary ? this.clip(summary, LIMITS.summary, 'summary') : null,
      countries: countries.map((country) => country.code),
      goals,
      programAreas: [],
      escaComponents: this.ownCodes(ESCA_VOCABULARY.uri, this.reference.escaComponents, 'ESCA component'),
      period,
      participants: this.participants(),
      activities: this.activities(sectors, countries, budget, period),
      budget,
      indicators: this.indicators(),
      supersedes: [],
      coFunds: [],
    };
  }

  /** The narrative in English, else Spanish, else the first one. */
  private narrative(element: XmlElement | undefined): string | null {
    const narratives = childrenOf(element, 'narrative')
      .map((item) => ({ lang: (item.attrs.get('xml:lang') ?? this.lang ?? '').toLowerCase(), text: item.text.trim() }))
      .filter((item) => item.text);
    const chosen = narratives.find((item) => item.lang.startsWith('en')) ?? narratives.find((item) => item.lang.startsWith('es')) ?? narratives[0];
    return chosen?.text ?? null;
  }

  private clip(text: string, max: number, what: string): string {
    if (text.length <= max) return text;
    this.problem('TEXT_TRUNCATED', `the ${what} is longer than ${max} characters and was cut`);
    return `${text.slice(0, max - 1)}…`;
  }

  private summary(): string | null {
    const descriptions = childrenOf(this.activity, 'description');
    const general = descriptions.find((item) => (item.attrs.get('type') ?? '1') === '1') ?? descriptions[0];
    return this.narrative(general);
  }

  /** Countries of the region with their share (null when the file gives none). */
  private countries(): { code: string; percentage: number | null }[] {
    const listed = childrenOf(this.activity, 'recipient-country').map((item) => ({ code: item.attrs.get('code')?.trim().toUpperCase() ?? '', percentage: this.percentage(item) }));
    const unknown = listed.filter(({ code }) => !ISO_COUNTRIES.has(code)).map(({ code }) => code || '(empty)');
    const outside = listed.filter(({ code }) => ISO_COUNTRIES.has(code) && !this.reference.countries.has(code)).map(({ code }) => code);
    const inside = listed.filter(({ code }) => this.reference.countries.has(code));
    const regional = childrenOf(this.activity, 'recipient-region').some((item) =>
      (CENTRAL_AMERICA_REGIONS[item.attrs.get('vocabulary') ?? '1'] ?? []).includes(item.attrs.get('code')?.trim() ?? ''),
    );
    if (unknown.length > 0) this.problem('UNKNOWN_COUNTRY', `recipient country codes that are not ISO 3166-1 were left out: ${unknown.join(', ')}`);
    if (inside.length === 0 && !regional) {
      const named = [...outside, ...unknown.map((code) => `${code} (not a country code)`)];
      throw new Skip(`no recipient country in Central America${named.length ? `: ${named.join(', ')}` : ' nor the Central America region'}`);
    }
    if (outside.length > 0) this.problem('COUNTRY_OUTSIDE_REGION', `recipient countries outside the region were left out: ${outside.join(', ')}`);
    if (inside.length > 0) return inside;
    this.problem('REGIONAL_ACTIVITY', 'the activity is for the Central America region: the plan names all seven countries');
    return [...this.reference.countries].sort().map((code) => ({ code, percentage: null }));
  }

  private percentage(element: XmlElement): number | null {
    const value = element.attrs.get('percentage')?.trim();
    if (value === undefined || value === '') return null;
    const number = DECIMAL.test(value) ? Number(value) : Number.NaN;
    if (!Number.isFinite(number) || number < 0) {
      this.problem('INVALID_PERCENTAGE', `"${value}" is not a percentage on ${element.name} ${element.attrs.get('code') ?? ''}`.trim());
      return null;
    }
    if (number > 100) this.problem('PERCENTAGE_OVER_100', `${element.name} ${element.attrs.get('code') ?? ''} has a percentage of ${value}`);
    return number;
  }

  private checkStatus(status: string | undefined): void {
    const spending = new Set<string>([TRANSACTION_TYPE.disbursement, TRANSACTION_TYPE.expenditure]);
    const spent = childrenOf(this.activity, 'transaction').some((item) => spending.has(childOf(item, 'transaction-type')?.attrs.get('code') ?? ''));
    if (status === ACTIVITY_STATUS.pipeline && spent) this.problem('STATUS_CONTRADICTS_TRANSACTIONS', 'activity-status 1 (pipeline) on an activity with disbursements or expenditures');
  }

  private dates(): Map<string, string> {
    const dates = new Map<string, string>();
    for (const item of childrenOf(this.activity, 'activity-date')) {
      const date = item.attrs.get('iso-date')?.slice(0, 10) ?? '';
      const type = item.attrs.get('type') ?? '';
      if (isCalendarDate(date) && !dates.has(type)) dates.set(type, date);
    }
    return dates;
  }

  /** Every other date of the activity: budget periods, transactions, result periods. */
  private otherDates(): string[] {
    const dated = (items: readonly XmlElement[], name: string) => items.map((item) => childOf(item, name)?.attrs.get('iso-date')?.slice(0, 10) ?? '');
    const budgets = childrenOf(this.activity, 'budget');
    const periods = childrenOf(this.activity, 'result').flatMap((result) => childrenOf(result, 'indicator').flatMap((indicator) => childrenOf(indicator, 'period')));
    return [
      ...dated(budgets, 'period-start'),
      ...dated(budgets, 'period-end'),
      ...dated(childrenOf(this.activity, 'transaction'), 'transaction-date'),
      ...dated(periods, 'period-start'),
      ...dated(periods, 'period-end'),
    ]
      .filter(isCalendarDate)
      .sort();
  }

  /** Actual dates before planned ones; what is missing comes from the activity's other dates, reported. */
  private period(): PeriodValue {
    const dates = this.dates();
    const others = this.otherDates();
    let start = dates.get(ACTIVITY_DATE.actualStart) ?? dates.get(ACTIVITY_DATE.plannedStart);
    let end = dates.get(ACTIVITY_DATE.actualEnd) ?? dates.get(ACTIVITY_DATE.plannedEnd);
    if (!start) {
      start = others[0];
      if (!start) throw new Skip('the activity has no start date, nor any dated budget, transaction or result');
      this.problem('MISSING_START_DATE', `no start date: the period starts on the earliest date of the activity, ${start}`);
    }
    if (!end) {
      end = others.at(-1);
      if (!end) throw new Skip('the activity has no end date, nor any dated budget, transaction or result');
      this.problem('MISSING_END_DATE', `no end date: the period ends on the latest date of the activity, ${end}`);
    }
    if (end < start) {
      const all = [...dates.values(), ...others].sort();
      this.problem('INCONSISTENT_DATES', `the activity ends (${end}) before it starts (${start}): the period spans all its dates, ${all[0]} to ${all.at(-1)}`);
      return { start: all[0], end: all.at(-1)! };
    }
    return { start, end };
  }

  /** An xsd:decimal as whole cents, rounded half up; null (reported) when it is not one. */
  private cents(value: string, what: string): bigint | null {
    const text = value.trim();
    if (!DECIMAL.test(text) || text.startsWith('-')) {
      this.problem('INVALID_AMOUNT', `${what}: "${text}" is not a positive decimal amount`);
      return null;
    }
    const [units, fraction = ''] = text.replace(/^\+/, '').split('.');
    const cents = BigInt(units) * 100n + BigInt(fraction.padEnd(3, '0').slice(0, 2)) + (Number(fraction[2] ?? '0') >= 5 ? 1n : 0n);
    return cents;
  }

  private currencyOf(value: XmlElement): string {
    return (value.attrs.get('currency') ?? this.activity.attrs.get('default-currency') ?? '').trim().toUpperCase();
  }

  /**
   * The sum of the budgets, a revised budget replacing the original of the same period. Without a
   * positive budget, the outgoing commitments stand for it. One currency: others are left out, reported.
   */
  private budget(): { amount: string; currency: string } {
    const byPeriod = new Map<string, XmlElement>();
    for (const budget of childrenOf(this.activity, 'budget')) {
      const key = `${childOf(budget, 'period-start')?.attrs.get('iso-date')}|${childOf(budget, 'period-end')?.attrs.get('iso-date')}`;
      const kept = byPeriod.get(key);
      if (!kept || (budget.attrs.get('type') === BUDGET_TYPE.revised && kept.attrs.get('type') !== BUDGET_TYPE.revised)) byPeriod.set(key, budget);
    }
    const fromBudgets = this.total([...byPeriod.values()].flatMap((budget) => childrenOf(budget, 'value')), 'budgets');
    if (fromBudgets) return fromBudgets;
    const commitments = childrenOf(this.activity, 'transaction')
      .filter((item) => childOf(item, 'transaction-type')?.attrs.get('code') === TRANSACTION_TYPE.outgoingCommitment)
      .flatMap((item) => childrenOf(item, 'value'));
    const fromCommitments = this.total(commitments, 'commitments');
    if (!fromCommitments) throw new Skip('the activity has no positive budget nor outgoing commitment in a currency the service knows');
    this.problem('MISSING_BUDGET', `the activity has no ${byPeriod.size > 0 ? 'positive ' : ''}budget: the total of its outgoing commitments stands for it`);
    return fromCommitments;
  }

  private total(values: readonly XmlElement[], source: string): { amount: string; currency: string } | null {
    const totals = new Map<string, bigint>();
    const unknown = new Set<string>();
    for (const value of values) {
      const currency = this.currencyOf(value);
      if (!this.reference.currencies.has(currency)) {
        unknown.add(currency || '(none)');
        continue;
      }
      const cents = this.cents(value.text, `a value of the ${source}`);
      if (cents !== null) totals.set(currency, (totals.get(currency) ?? 0n) + cents);
    }
    if (unknown.size > 0) this.problem('UNKNOWN_CURRENCY', `${source} in currencies the service does not know were left out: ${[...unknown].join(', ')}`);
    const positive = [...totals].filter(([, cents]) => cents > 0n);
    if (positive.length === 0) return null;
    const preferred = this.activity.attrs.get('default-currency')?.toUpperCase();
    const [currency, cents] = positive.find(([code]) => code === preferred) ?? positive[0];
    if (positive.length > 1) {
      this.problem('MIXED_CURRENCIES', `the ${source} are in several currencies: only the ${currency} amounts are kept, ${positive.filter(([code]) => code !== currency).map(([code]) => code).join(', ')} left out`);
    }
    const amount = `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
    if (!AMOUNT_PATTERN.test(amount)) throw new Skip(`the ${source} add up to ${amount} ${currency}, more than a plan can hold`);
    return { amount, currency };
  }

  /** DAC purpose codes with their shares (summing to 100); other vocabularies reported. */
  private sectors(): { code: string; share: number }[] {
    const dac: { code: string; percentage: number | null }[] = [];
    const ignored = new Set<string>();
    for (const sector of childrenOf(this.activity, 'sector')) {
      const vocabulary = sector.attrs.get('vocabulary') ?? DAC_PURPOSE_VOCABULARY;
      const uri = sector.attrs.get('vocabulary-uri');
      if (uri === GOALS_VOCABULARY.uri || uri === ESCA_VOCABULARY.uri) continue;
      if (vocabulary !== DAC_PURPOSE_VOCABULARY) {
        ignored.add(vocabulary);
        continue;
      }
      dac.push({ code: sector.attrs.get('code')?.trim() ?? '', percentage: this.percentage(sector) });
    }
    if (ignored.size > 0) {
      this.problem('NON_DAC_SECTOR_VOCABULARY', `sectors in vocabularies other than DAC purpose codes (1) were left out: vocabulary ${[...ignored].sort().join(', ')}`);
    }
    const given = dac.filter((sector) => sector.percentage !== null);
    const sum = given.reduce((total, sector) => total + sector.percentage!, 0);
    if (dac.length > 1 && given.length > 0 && Math.abs(sum - 100) > 0.01) {
      this.problem('PERCENTAGES_NOT_100', `the DAC sector percentages add up to ${Number(sum.toFixed(4))}, not 100: they are taken in proportion`);
    }
    const missing = dac.length - given.length;
    const rest = Math.max(100 - sum, 0);
    const weights = dac.map((sector) => sector.percentage ?? (given.length === 0 ? 1 : rest / missing));
    const total = weights.reduce((a, b) => a + b, 0);
    // Percentages too large to add up (each a number, their sum not) are shared equally.
    const usable = Number.isFinite(total) && total > 0;
    return dac.map((sector, index) => ({ code: sector.code, share: usable ? weights[index] / total : 1 / dac.length })).filter((sector) => sector.share > 0);
  }

  /** Codes under one of Accord's own vocabularies (a file this service exported), unknown ones reported. */
  private ownCodes(uri: string, known: ReadonlySet<string>, what: string): string[] {
    const codes = childrenOf(this.activity, 'sector')
      .filter((sector) => sector.attrs.get('vocabulary-uri') === uri)
      .map((sector) => sector.attrs.get('code')?.trim() ?? '');
    const unknown = codes.filter((code) => !known.has(code));
    if (unknown.length > 0) this.problem('UNKNOWN_CODE', `unknown ${what} codes were left out: ${unknown.join(', ')}`);
    return [...new Set(codes.filter((code) => known.has(code)))];
  }

  /**
   * The goals the activity states under Accord's goal vocabulary, else those its DAC sectors support
   * (DOMAIN.md's mapping, as stored). A plan needs one: without, the activity cannot be a draft.
   */
  private goals(sectors: { code: string }[]): string[] {
    const stated = this.ownCodes(GOALS_VOCABULARY.uri, this.reference.goals, 'CARSI goal');
    if (stated.length > 0) return stated;
    const inferred = [...new Set(sectors.flatMap((sector) => this.reference.sectors.get(sector.code)?.goals ?? []))].filter((goal) => this.reference.goals.has(goal));
    if (inferred.length === 0) {
      const codes = sectors.map((sector) => sector.code).join(', ');
      throw new Skip(`no CARSI goal can be inferred from its DAC sectors (${codes || 'none'}): a plan needs at least one`);
    }
    this.problem('GOALS_INFERRED', `the goals were inferred from the DAC sectors: ${inferred.join(', ')}`);
    return inferred.sort();
  }

  /** Organisations known to the service by their IATI reference, with their roles; the others reported. */
  private participants(): Participant[] {
    const participants: Participant[] = [];
    const unknown = new Set<string>();
    const orgs = childrenOf(this.activity, 'participating-org');
    for (const org of orgs) {
      const ref = org.attrs.get('ref')?.trim() ?? '';
      const role = ROLE_OF_CODE[org.attrs.get('role') ?? ''];
      const partnerCode = this.reference.partnersByOrgRef.get(ref);
      if (!partnerCode || !role) {
        unknown.add(ref || this.narrative(org) || '(unnamed)');
        continue;
      }
      if (!participants.some((item) => item.partnerCode === partnerCode && item.role === role)) participants.push({ partnerCode, role });
    }
    if (unknown.size > 0) this.problem('UNKNOWN_ORGANISATION', `participating organisations that are not partners of the service were left out: ${[...unknown].join(', ')}`);
    if (orgs.length > 0 && !orgs.some((org) => org.attrs.get('role') === '1')) this.problem('NO_FUNDING_ORGANISATION', 'no participating organisation has the funding role (1)');
    if (participants.length > LIMITS.participants) this.problem('TOO_MANY', `only the first ${LIMITS.participants} participants are kept`);
    return participants.slice(0, LIMITS.participants);
  }

  /**
   * One plan activity per DAC sector and country, with its share of the budget in whole cents (the
   * parts add up to the total). Countries share by their percentages, or equally when none is given.
   * Sectors the service does not know keep their money, without a sector.
   */
  private activities(sectors: { code: string; share: number }[], countries: { code: string; percentage: number | null }[], budget: { amount: string; currency: string }, period: PeriodValue) {
    const unknown = sectors.filter((sector) => !this.reference.sectors.has(sector.code)).map((sector) => sector.code);
    if (unknown.length > 0) this.problem('UNKNOWN_SECTOR', `DAC purpose codes the service does not know are kept without a sector: ${unknown.join(', ')}`);
    const countryWeights = countries.every((country) => country.percentage !== null) ? countries.map((country) => country.percentage!) : countries.map(() => 1);
    const countryTotal = countryWeights.reduce((a, b) => a + b, 0);
    const usable = Number.isFinite(countryTotal) && countryTotal > 0;
    const countryShares = countries.map((country, index) => ({ code: country.code, share: usable ? countryWeights[index] / countryTotal : 1 / countries.length }));
    const bySector = sectors.length > 0 ? sectors : [{ code: '', share: 1 }];
    let parts = bySector.flatMap((sector) => countryShares.map((country) => ({ sector: sector.code, country: country.code, share: sector.share * country.share })));
    if (parts.length > LIMITS.activities) {
      this.problem('TOO_MANY', `${parts.length} sector × country parts are more than a plan holds: one activity per sector, for all its countries`);
      parts = bySector.slice(0, LIMITS.activities).map((sector) => ({ sector: sector.code, country: '', share: sector.share }));
    }
    const cents = splitCents(BigInt(budget.amount.replace('.', '')), parts.map((part) => part.share));
    const activities = parts
      .map((part, index) => ({ part, cents: cents[index] }))
      .filter(({ cents: amount }) => amount > 0n)
      .map(({ part, cents: amount }) => {
        const sector = this.reference.sectors.get(part.sector);
        const name = sector?.name ?? (part.sector ? `DAC ${part.sector}` : 'Whole activity');
        return {
          title: this.clip(countries.length > 1 && part.country ? `${name} (${part.country})` : name, LIMITS.activityTitle, 'activity title'),
          description: null,
          country: part.country || (countries.length === 1 ? countries[0].code : null),
          sector: sector ? part.sector : null,
          period,
          budget: { amount: `${amount / 100n}.${(amount % 100n).toString().padStart(2, '0')}`, currency: budget.currency },
        };
      });
    const refs = iatiActivityRefs(activities);
    return activities.map((activity, index) => ({ ref: refs[index], ...activity }));
  }

  /** Indicators with a baseline and the target of their last period; values that are not numbers reported. */
  private indicators() {
    const indicators = childrenOf(this.activity, 'result').flatMap((result) => childrenOf(result, 'indicator'));
    let withoutBaseline = 0;
    const read = indicators.map((indicator) => {
      const title = this.narrative(childOf(indicator, 'title')) ?? 'Indicator';
      const detail = this.narrative(childOf(indicator, 'description'));
      const name = this.clip(detail && detail !== title ? `${title}: ${detail}` : title, LIMITS.indicatorName, 'indicator name');
      const percent = indicator.attrs.get('measure') === MEASURE.percentage;
      const baseline = childOf(indicator, 'baseline')?.attrs.get('value');
      if (baseline === undefined) withoutBaseline += 1;
      const last = [...childrenOf(indicator, 'period')].sort((a, b) => (childOf(a, 'period-end')?.attrs.get('iso-date') ?? '').localeCompare(childOf(b, 'period-end')?.attrs.get('iso-date') ?? '')).at(-1);
      const target = childOf(last, 'target')?.attrs.get('value');
      const targetDate = childOf(last, 'period-end')?.attrs.get('iso-date')?.slice(0, 10);
      const targetValue = this.indicatorValue(target, name, 'target');
      if (percent && targetValue !== null && Number(targetValue) > 100) this.problem('PERCENTAGE_TARGET_OVER_100', `"${name}" is a percentage with a target of ${targetValue}`);
      return {
        name,
        unit: percent ? 'percent' : null,
        baseline: this.indicatorValue(baseline, name, 'baseline'),
        target: targetValue,
        targetDate: targetDate && isCalendarDate(targetDate) ? targetDate : null,
      };
    });
    if (withoutBaseline > 0) this.problem('NO_BASELINE', `${withoutBaseline} of ${indicators.length} indicators have no baseline`);
    if (read.length > LIMITS.indicators) this.problem('TOO_MANY', `only the first ${LIMITS.indicators} of ${read.length} indicators are kept`);
    return read.slice(0, LIMITS.indicators);
  }

  private indicatorValue(value: string | undefined, name: string, what: string): string | null {
    if (value === undefined || value.trim() === '') return null;
    const text = value.trim();
    const normalized = DECIMAL.test(text) ? text.replace(/^\+/, '').replace(/^(-?)0+(?=\d)/, '$1').replace(/(\.\d{6})\d+$/, '$1') : text;
    if (INDICATOR_VALUE.test(normalized)) return normalized;
    this.problem('NON_NUMERIC_VALUE', `the ${what} of "${name}" is not a number: "${text.slice(0, 50)}"`);
    return null;
  }
}

/**
 * The refs of a draft's activities, derived from what identifies each in the IATI activity: its DAC
 * sector and recipient country (`15132-HN`; `15132` for all the plan's countries, `OTHER` for a
 * sector the service does not know), with `-2`, `-3`… for a pair that comes back. A re-import gives
 * the same parts the same refs, so its revision revises them rather than replacing every activity.
 */
export function iatiActivityRefs(activities: readonly { sector: string | null; country: string | null }[]): string[] {
  const seen = new Map<string, number>();
  return activities.map(({ sector, country }) => {
    const base = [sector ?? 'OTHER', country].filter(Boolean).join('-');
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/** Whole-cent parts of `total` in proportion to `shares`, adding up to it exactly: leftover cents go to the largest remainders. */
function splitCents(total: bigint, shares: readonly number[]): bigint[] {
  const weights = shares.map((share) => BigInt(Math.round(share * 1e9)));
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return shares.map((_, index) => (index === 0 ? total : 0n));
  const cents = weights.map((weight) => (total * weight) / sum);
  const left = Number(total - cents.reduce((a, b) => a + b, 0n));
  const byRemainder = weights.map((weight, index) => ({ index, rest: (total * weight) % sum })).sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (const { index } of byRemainder.slice(0, left)) cents[index] += 1n;
  return cents;
}
