import type { PeriodValue, PlanContent } from '../domain/plan-content';
import { statusOf, type CheckedPlan, type CheckOutcome, type Finding } from './check';

/**
 * What the overlap check compares of a plan, derived from its content by `overlapProfile`. The
 * portfolio index stores it for every active plan, so a check reads a candidate's profile instead
 * of loading and tokenising its whole content: a change to how it is derived needs the stored
 * profiles recomputed.
 */
export interface OverlapProfile {
  /** Sorted, the activities' countries included. */
  countries: string[];
  sectors: string[];
  programAreas: string[];
  period: PeriodValue;
  /** The weight of each term of the plan's wording (titles count double), sorted by term. */
  terms: [string, number][];
}

/** An active plan of another lead partner that the footprint index found near the checked plan. */
export interface OverlapCandidate {
  id: string;
  leadPartnerCode: string;
  profile: OverlapProfile;
}

/** How much two plans overlap, and what they share. */
export interface OverlapScore {
  /** 0–100; 0 when the plans share no country, no topic or no day. */
  score: number;
  sharedCountries: string[];
  sharedSectors: string[];
  sharedProgramAreas: string[];
  overlappingPeriod: PeriodValue | null;
}

type Shared = Omit<OverlapScore, 'score'>;
/** Two plans that share a country, a topic and a day. */
type Overlap = OverlapScore & { overlappingPeriod: PeriodValue };

/**
 * The weights of the score. Text carries most of it because plans in the same country and sector
 * are common and not in themselves duplicates; what the plans say they do is what tells. The
 * candidate search ranks the portfolio by the other three, so it reads them from here.
 */
export const OVERLAP_WEIGHTS = { text: 0.55, countries: 0.15, topics: 0.2, period: 0.1 } as const;
/** Titles name the work; descriptions pad it with wording every plan shares. */
const TITLE_WEIGHT = 2;
const DEFAULT_INFO_THRESHOLD = 30;
const MAX_FINDINGS = 20;
const DAY_MS = 86_400_000;

/**
 * Function words of English and Spanish, plus the words every action plan uses about itself: with no
 * corpus to learn document frequencies from, those would otherwise make any two plans look alike.
 */
const STOPWORDS = new Set(
  [
    // English
    'the and for with from into onto that this these those their there them they have has had was were are been being its our your'.split(' '),
    'not but all any can will would should could may might must also such than then which who whom whose what when where why how'.split(' '),
    'each per via about over under between within without across through during before after other more most some only own same very'.split(' '),
    // Spanish, accents already stripped
    'los las del por con para una uno unos unas que como mas pero sus ese esa esos esas este esta estos estas eso esto entre sobre'.split(' '),
    'sin tras ante bajo desde hacia hasta segun durante mediante cada otro otra otros otras muy ser son fue han hay sera tiene tienen'.split(' '),
    'donde cuando quien cual cuales tambien ademas todo toda todos todas les nos'.split(' '),
    // what every plan says about itself
    'plan plans program programs programme programmes project projects activity activities'.split(' '),
    'programa programas proyecto proyectos actividad actividades'.split(' '),
  ].flat(),
);

/** The topic keys of the footprint index: one per activity sector and one per program area. */
export function overlapTopics(content: PlanContent): string[] {
  return [...topicsOf(sectorsOf(content), new Set(content.programAreas))].sort();
}

/** The plan's countries and its activities' countries, sorted: wherever it works. */
export function overlapCountries(content: PlanContent): string[] {
  return [...countriesOf(content)].sort();
}

/**
 * The (country × topic) rows the database indexes for an active plan, over the plan's countries and
 * its activities' countries, so a candidate search finds it wherever it works.
 */
export function overlapFootprint(content: PlanContent): { country: string; topic: string }[] {
  const topics = overlapTopics(content);
  return overlapCountries(content).flatMap((country) => topics.map((topic) => ({ country, topic })));
}

/**
 * How much two plans overlap, 0–100:
 * `round(100 × (0.55 × text + 0.15 × country Jaccard + 0.20 × topic Jaccard + 0.10 × period))`,
 * where text is the cosine similarity of the plans' term-frequency vectors (titles count double),
 * topics are sectors and program areas, and period is the days both run over the days of the shorter.
 * Plans sharing no country, no topic or no day score 0: they cannot duplicate each other.
 */
export function overlapScore(a: PlanContent, b: PlanContent): OverlapScore {
  return profileOverlap(overlapProfile(a), overlapProfile(b));
}

/** `overlapScore` of two plans from their profiles, as the portfolio index stores them. */
export function profileOverlap(a: OverlapProfile, b: OverlapProfile): OverlapScore {
  const shapeA = shapeOf(a);
  const shapeB = shapeOf(b);
  const shared = sharedBetween(shapeA, shapeB);
  if (!isOverlap(shared)) return { ...shared, score: 0 };
  return { ...shared, score: combinedScore(shapeA, shapeB, shared, cosine(vectorOf(a), b.terms)) };
}

/** What the overlap check compares of a plan: its countries, sectors, program areas, period and wording. */
export function overlapProfile(content: PlanContent): OverlapProfile {
  return {
    countries: overlapCountries(content),
    sectors: [...sectorsOf(content)].sort(),
    programAreas: [...new Set(content.programAreas)].sort(),
    period: { start: content.period.start, end: content.period.end },
    terms: [...termWeights(content)].sort(([x], [y]) => (x < y ? -1 : 1)),
  };
}

/**
 * Reports the candidates that overlap the plan, most overlapping first (at most 20): a warning from
 * `warningThreshold`, otherwise info from `infoThreshold` (30 unless given). Candidates the plan says
 * it supersedes or co-funds are already coordinated with it and stay info. Messages name the other
 * plan by id only, because whoever reads them may not be allowed to see it; what is shared goes in
 * `related`, beside which the API names the other plan's lead and status (and its title, to a
 * caller who may see it). The outcome's score is the highest overlap
 * found, reported or not.
 */
export function checkOverlap(
  plan: CheckedPlan,
  candidates: readonly OverlapCandidate[],
  options: { warningThreshold: number; infoThreshold?: number },
): CheckOutcome {
  const reportFrom = Math.max(1, Math.min(options.infoThreshold ?? DEFAULT_INFO_THRESHOLD, options.warningThreshold));
  const linked = new Set([...plan.content.supersedes, ...plan.content.coFunds]);
  const subjectProfile = overlapProfile(plan.content);
  const subject = shapeOf(subjectProfile);
  let subjectTerms: TermVector | undefined;
  const seen = new Set([plan.id]);
  const overlaps: { id: string; overlap: Overlap }[] = [];
  let highest = 0;

  for (const candidate of candidates) {
    if (seen.has(candidate.id) || candidate.leadPartnerCode === plan.leadPartnerCode) continue;
    seen.add(candidate.id);
    const shape = shapeOf(candidate.profile);
    const shared = sharedBetween(subject, shape);
    if (!isOverlap(shared)) continue;
    subjectTerms ??= vectorOf(subjectProfile);
    const score = combinedScore(subject, shape, shared, cosine(subjectTerms, candidate.profile.terms));
    highest = Math.max(highest, score);
    if (score >= reportFrom) overlaps.push({ id: candidate.id, overlap: { ...shared, score } });
  }

  const findings = mostOverlappingFirst(overlaps.map(({ id, overlap }) => overlapFinding(id, overlap, options.warningThreshold, linked.has(id))));
  return { status: statusOf(findings), score: highest, findings };
}

/**
 * The overlap result of a plan checked before `relatedId` was in the portfolio, told of it by the
 * later plan's check: the score and what is shared are symmetric, so the later plan's finding
 * serves both, and the earlier plan's whole check need not run again. `linked`: the earlier plan
 * supersedes or co-funds the later one. A finding already naming `relatedId` is replaced.
 */
export function withLaterOverlap(
  outcome: CheckOutcome,
  relatedId: string,
  overlap: OverlapScore,
  options: { warningThreshold: number; infoThreshold?: number },
  linked: boolean,
): CheckOutcome {
  const reportFrom = Math.max(1, Math.min(options.infoThreshold ?? DEFAULT_INFO_THRESHOLD, options.warningThreshold));
  const others = outcome.findings.filter((finding) => finding.relatedPlanId !== relatedId);
  const reported = overlap.score >= reportFrom && overlap.overlappingPeriod !== null;
  const findings = reported ? mostOverlappingFirst([...others, overlapFinding(relatedId, overlap as Overlap, options.warningThreshold, linked)]) : others;
  return { status: statusOf(findings), score: Math.max(outcome.score ?? 0, overlap.score), findings };
}

/** Highest score first (findings without one, such as a CHECK_ERROR, before all), then by id; at most 20. */
function mostOverlappingFirst(findings: Finding[]): Finding[] {
  const scoreOf = (finding: Finding) => finding.related?.score ?? Infinity;
  return findings
    .sort((x, y) => scoreOf(y) - scoreOf(x) || ((x.relatedPlanId ?? '') < (y.relatedPlanId ?? '') ? -1 : 1))
    .slice(0, MAX_FINDINGS);
}

function overlapFinding(id: string, overlap: Overlap, warningThreshold: number, linked: boolean): Finding {
  const shape = 'it works in some of the same countries and sectors or program areas during an overlapping period';
  const [severity, message]: [Finding['severity'], string] = linked
    ? ['info', `Plan ${id} overlaps this plan (score ${overlap.score} of 100); this plan already supersedes or co-funds it.`]
    : overlap.score >= warningThreshold
      ? ['warning', `Plan ${id} overlaps this plan (score ${overlap.score} of 100): ${shape}. Consider co-funding it or merging the two.`]
      : ['info', `Plan ${id} may overlap this plan (score ${overlap.score} of 100): ${shape}.`];
  return { code: 'OVERLAP', severity, message, relatedPlanId: id, related: overlap };
}

interface Shape {
  countries: ReadonlySet<string>;
  sectors: ReadonlySet<string>;
  programAreas: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  period: PeriodValue;
}

interface TermVector {
  weights: ReadonlyMap<string, number>;
  norm: number;
}

function shapeOf(profile: OverlapProfile): Shape {
  const sectors = new Set(profile.sectors);
  const programAreas = new Set(profile.programAreas);
  return { countries: new Set(profile.countries), sectors, programAreas, topics: topicsOf(sectors, programAreas), period: profile.period };
}

function countriesOf(content: PlanContent): Set<string> {
  const countries = new Set(content.countries);
  for (const activity of content.activities) if (activity.country) countries.add(activity.country);
  return countries;
}

function sectorsOf(content: PlanContent): Set<string> {
  const sectors = new Set<string>();
  for (const activity of content.activities) if (activity.sector) sectors.add(activity.sector);
  return sectors;
}

function topicsOf(sectors: ReadonlySet<string>, programAreas: ReadonlySet<string>): Set<string> {
  return new Set([...[...sectors].map((code) => `sector:${code}`), ...[...programAreas].map((code) => `area:${code}`)]);
}

function sharedBetween(a: Shape, b: Shape): Shared {
  const start = a.period.start > b.period.start ? a.period.start : b.period.start;
  const end = a.period.end < b.period.end ? a.period.end : b.period.end;
  return {
    sharedCountries: intersection(a.countries, b.countries),
    sharedSectors: intersection(a.sectors, b.sectors),
    sharedProgramAreas: intersection(a.programAreas, b.programAreas),
    overlappingPeriod: start <= end ? { start, end } : null,
  };
}

function isOverlap(shared: Shared): shared is Omit<Overlap, 'score'> {
  return shared.sharedCountries.length > 0 && shared.sharedSectors.length + shared.sharedProgramAreas.length > 0 && shared.overlappingPeriod !== null;
}

function combinedScore(a: Shape, b: Shape, shared: { overlappingPeriod: PeriodValue }, text: number): number {
  const periodShare = days(shared.overlappingPeriod) / Math.min(days(a.period), days(b.period));
  return Math.round(
    100 *
      (OVERLAP_WEIGHTS.text * text +
        OVERLAP_WEIGHTS.countries * jaccard(a.countries, b.countries) +
        OVERLAP_WEIGHTS.topics * jaccard(a.topics, b.topics) +
        OVERLAP_WEIGHTS.period * periodShare),
  );
}

function termWeights(content: PlanContent): Map<string, number> {
  const weights = new Map<string, number>();
  const count = (text: string | null, weight: number) => {
    for (const term of terms(text)) weights.set(term, (weights.get(term) ?? 0) + weight);
  };
  count(content.title, TITLE_WEIGHT);
  count(content.summary, 1);
  for (const activity of content.activities) {
    count(activity.title, TITLE_WEIGHT);
    count(activity.description, 1);
  }
  return weights;
}

function vectorOf(profile: OverlapProfile): TermVector {
  const weights = new Map(profile.terms);
  let squares = 0;
  for (const weight of weights.values()) squares += weight * weight;
  return { weights, norm: Math.sqrt(squares) };
}

/** Lowercased, accents stripped, stopwords and tokens under three characters dropped, a plural 's' removed. */
function terms(text: string | null): string[] {
  if (!text) return [];
  const result: string[] = [];
  for (const token of text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (token.length < 3 || STOPWORDS.has(token)) continue;
    result.push(token.length > 3 && token.endsWith('s') ? token.slice(0, -1) : token);
  }
  return result;
}

/** Walks the other plan's terms against the vector, so a candidate's terms need no map of their own. */
function cosine(a: TermVector, terms: OverlapProfile['terms']): number {
  let dot = 0;
  let squares = 0;
  for (const [term, weight] of terms) {
    dot += weight * (a.weights.get(term) ?? 0);
    squares += weight * weight;
  }
  return a.norm === 0 || squares === 0 ? 0 : dot / (a.norm * Math.sqrt(squares));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = intersection(a, b).length;
  return shared / (a.size + b.size - shared);
}

function intersection(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((item) => b.has(item)).sort();
}

/** Days in a period, both ends included. */
function days(period: PeriodValue): number {
  return (Date.parse(`${period.end}T00:00:00Z`) - Date.parse(`${period.start}T00:00:00Z`)) / DAY_MS + 1;
}
