import type { PeriodValue, PlanContent } from '../domain/plan-content';
import { pgArray, resultKey, statusOf, type CheckDatabase, type CheckedPlan, type CheckModule, type CheckOutcome, type Finding, type PlanVersionKey, type RelationNews } from './check';

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
  /** The plans it supersedes or co-funds, sorted: an overlap with one of them is coordinated already (info, for this plan). */
  links: string[];
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
/** The overlap check scores at most this many candidates. */
const MAX_CANDIDATES = 100;
/**
 * Footprint rows read on each side of the plan's end date, per (country, topic) pair of the plan (at
 * most, and fewer when its pairs are many, so no more than `NEAREST_PAIR_ROWS` in all) and per
 * country among the plans with exactly its topics: what bounds the candidate search. Measured on the
 * bench's portfolios, these find every near copy and more of the highest-scoring overlaps than
 * counting the shared pairs of the whole portfolio did.
 */
const NEAREST_PER_PAIR = 100;
const NEAREST_PAIR_ROWS = 600;
const NEAREST_SAME_TOPICS = 100;
/**
 * Of the rows ending after the plan, those that also start after it are no candidates; reading at
 * most this many times the limit of them keeps a plan that ends before most of the portfolio begins
 * from reading every row of its pairs.
 */
const AFTER_END_READS = 4;
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
    links: [...new Set([...content.supersedes, ...content.coFunds])].sort(),
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

/** One plan's side of an overlap with another: the other plan, what they share, and whether this plan supersedes or co-funds the other. */
export interface OverlapSide {
  relatedPlanId: string;
  overlap: OverlapScore;
  linked: boolean;
}

/**
 * The findings a plan's sides of its overlaps make, as its own check reports them: most overlapping
 * first, at most 20, a warning from `warningThreshold` unless the plan supersedes or co-funds the
 * other. The score and what two plans share are symmetric, so an overlap found by either plan's
 * check serves both.
 */
export function overlapFindings(sides: readonly OverlapSide[], options: { warningThreshold: number }): Finding[] {
  return mostOverlappingFirst(
    sides.flatMap(({ relatedPlanId, overlap, linked }) => (overlap.overlappingPeriod ? [overlapFinding(relatedPlanId, overlap as Overlap, options.warningThreshold, linked)] : [])),
  );
}

/**
 * Reads its candidates from the footprint index, never from a scan of every plan; the warning
 * threshold is a setting.
 */
export const overlapCheck: CheckModule<OverlapCandidate[]> = {
  type: 'overlap',
  displayOrder: 30,
  gate: { onFailure: 'review_closely' },
  rerunOn: [],
  load: (db, plan) => overlapCandidates(db, plan),
  run: (plan, candidates, { settings }) => checkOverlap(plan, candidates, { warningThreshold: settings.overlapWarningThreshold }),
  relations: {
    // Below the warning threshold a finding is info: no news, and no status it could change.
    lockedBy: (outcome, { settings }) =>
      outcome.findings.flatMap((finding) => (finding.relatedPlanId && finding.related && finding.related.score >= settings.overlapWarningThreshold ? [finding.relatedPlanId] : [])),
    store: (db, plan, candidates, outcome, { settings }) => storeOverlaps(db, plan, candidates, outcome, settings.overlapWarningThreshold),
    read: (db, versions, settings) => readOverlaps(db, versions, settings.overlapWarningThreshold),
  },
};

/**
 * Writes the overlaps the plan's check found, one row per pair of versions (`plan_overlap`), the
 * other plan at its current version, with whether each plan supersedes or co-funds the other (the
 * candidate's from its stored profile, whose links are its current version's). Answers the ones that are news to a version
 * awaiting a decision, from the warning threshold: no earlier row named this plan for that version
 * (the other plan's result took them in, and its reviewers are told, `ActionPlanOverlapFound`).
 * The pair keeps the first row written for it: the other plan's review may have found this plan
 * first, or an earlier run of this one written it.
 */
async function storeOverlaps(db: CheckDatabase, plan: CheckedPlan, candidates: readonly OverlapCandidate[], outcome: CheckOutcome, warningThreshold: number): Promise<RelationNews[]> {
  const links = new Set([...plan.content.supersedes, ...plan.content.coFunds]);
  const linksBack = new Set(candidates.flatMap((candidate) => (candidate.profile.links.includes(plan.id) ? [candidate.id] : [])));
  const found = outcome.findings.flatMap((finding) =>
    finding.relatedPlanId && finding.related?.overlappingPeriod
      ? [{ plan_id: finding.relatedPlanId, linked: links.has(finding.relatedPlanId), links_back: linksBack.has(finding.relatedPlanId), ...finding.related, period: finding.related.overlappingPeriod }]
      : [],
  );
  if (found.length === 0) return [];
  const news = await db.query<{ plan_id: string; version: number; score: number; linked: boolean }>(STORE_OVERLAPS, [
    plan.id,
    plan.version,
    JSON.stringify(
      found.map((row) => ({
        plan_id: row.plan_id,
        score: row.score,
        countries: row.sharedCountries ?? [],
        sectors: row.sharedSectors ?? [],
        program_areas: row.sharedProgramAreas ?? [],
        period_start: row.period.start,
        period_end: row.period.end,
        linked: row.linked,
        links_back: row.links_back,
      })),
    ),
  ]);
  const byId = new Map(found.map((row) => [row.plan_id, row]));
  return news.flatMap(({ plan_id, version, score, linked }) => {
    if (score < warningThreshold) return [];
    const { sharedCountries = [], sharedSectors = [], sharedProgramAreas = [], period } = byId.get(plan_id)!;
    const overlap: Overlap = { score, sharedCountries, sharedSectors, sharedProgramAreas, overlappingPeriod: period };
    return [{ planId: plan_id, version, finding: overlapFinding(plan.id, overlap, warningThreshold, linked) as RelationNews['finding'] }];
  });
}

/**
 * In one statement: the pairs written (a pair already there is left as it is), each side showing it
 * unless that version already shows a pair with the other plan, and of those, the other plans
 * awaiting a decision whose side shows it: news. The query's snapshot does not see the rows its
 * insert writes, so `not exists` reads the pairs as they were.
 */
const STORE_OVERLAPS = `with found as (
    select f.* from jsonb_to_recordset($3::jsonb)
      as f (plan_id uuid, score int, countries text[], sectors text[], program_areas text[], period_start date, period_end date, linked boolean, links_back boolean)
  ), other as (
    select f.*, p.current_version, p.status,
           not exists (select 1 from plan_overlap e where e.plan_a = $1::uuid and e.version_a = $2::int and e.plan_b = f.plan_id and e.a_shows)
             and not exists (select 1 from plan_overlap e where e.plan_b = $1::uuid and e.version_b = $2::int and e.plan_a = f.plan_id and e.b_shows) as shown,
           not exists (select 1 from plan_overlap e where e.plan_a = f.plan_id and e.version_a = p.current_version and e.plan_b = $1::uuid and e.a_shows)
             and not exists (select 1 from plan_overlap e where e.plan_b = f.plan_id and e.version_b = p.current_version and e.plan_a = $1::uuid and e.b_shows) as shown_back
      from found f join action_plan p on p.id = f.plan_id
  ), written as (
    insert into plan_overlap (plan_a, version_a, plan_b, version_b, score, shared_countries, shared_sectors, shared_program_areas, period_start, period_end,
                              a_links_b, b_links_a, a_shows, b_shows)
    select least($1::uuid, o.plan_id), case when $1::uuid < o.plan_id then $2::int else o.current_version end,
           greatest($1::uuid, o.plan_id), case when $1::uuid < o.plan_id then o.current_version else $2::int end,
           o.score, o.countries, o.sectors, o.program_areas, o.period_start, o.period_end,
           case when $1::uuid < o.plan_id then o.linked else o.links_back end, case when $1::uuid < o.plan_id then o.links_back else o.linked end,
           case when $1::uuid < o.plan_id then o.shown else o.shown_back end, case when $1::uuid < o.plan_id then o.shown_back else o.shown end
      from other o
     -- In pair order, so that two reviews writing pairs at once wait for each other's in one order.
     order by least($1::uuid, o.plan_id), greatest($1::uuid, o.plan_id)
    on conflict do nothing
    returning case when plan_a = $1::uuid then plan_b else plan_a end as plan_id
  )
  select o.plan_id, o.current_version as version, o.score, o.links_back as linked
    from other o join written w on w.plan_id = o.plan_id
   where o.status = 'awaiting_decision' and o.shown_back`;

/**
 * The overlap findings of each version: the pairs its side shows (one with each other plan), the
 * 20 most overlapping, read from the indexes that keep them in that order, so a plan in many pairs
 * costs no more to read than one in 20.
 */
async function readOverlaps(db: CheckDatabase, versions: readonly PlanVersionKey[], warningThreshold: number): Promise<Map<string, Finding[]>> {
  const found = new Map<string, Finding[]>();
  if (versions.length === 0) return found;
  const rows = await db.query<OverlapRow & { plan_id: string; version: number }>(READ_OVERLAPS, [versions.map((key) => key.planId), versions.map((key) => key.version)]);
  const sides = new Map<string, OverlapSide[]>();
  for (const row of rows) {
    const key = resultKey({ planId: row.plan_id, version: row.version });
    sides.set(key, [...(sides.get(key) ?? []), overlapSide(row)]);
  }
  for (const [key, ofVersion] of sides) found.set(key, overlapFindings(ofVersion, { warningThreshold }));
  return found;
}

/** A version's side of a stored overlap, as `OVERLAP_SIDES` reads it. */
export interface OverlapRow {
  related_plan_id: string;
  linked: boolean;
  score: number;
  shared_countries: string[];
  shared_sectors: string[];
  shared_program_areas: string[];
  period_start: string;
  period_end: string;
}

export function overlapSide(row: OverlapRow): OverlapSide {
  return {
    relatedPlanId: row.related_plan_id,
    linked: row.linked,
    overlap: {
      score: row.score,
      sharedCountries: row.shared_countries,
      sharedSectors: row.shared_sectors,
      sharedProgramAreas: row.shared_program_areas,
      overlappingPeriod: { start: row.period_start, end: row.period_end },
    },
  };
}

/**
 * Both sides of every stored overlap, as rows of one plan's version and the other plan, with
 * whether that version shows it: a view to filter by the side's plan and version, or by the other
 * plan (each part uses its own index).
 */
export const OVERLAP_SIDES = `(select o.plan_a as plan_id, o.version_a as version, o.plan_b as related_plan_id, o.a_shows as shows, o.a_links_b as linked,
          o.score, o.shared_countries, o.shared_sectors, o.shared_program_areas, o.period_start::text, o.period_end::text
     from plan_overlap o
   union all
   select o.plan_b, o.version_b, o.plan_a, o.b_shows, o.b_links_a, o.score, o.shared_countries, o.shared_sectors, o.shared_program_areas, o.period_start::text, o.period_end::text
     from plan_overlap o)`;

const SIDE_COLUMNS = 'o.score, o.shared_countries, o.shared_sectors, o.shared_program_areas, o.period_start::text, o.period_end::text';
const READ_OVERLAPS = `select k.plan_id, k.version, s.* from unnest($1::uuid[], $2::int[]) as k (plan_id, version)
   cross join lateral (
     (select o.plan_b as related_plan_id, o.a_links_b as linked, ${SIDE_COLUMNS} from plan_overlap o
       where o.plan_a = k.plan_id and o.version_a = k.version and o.a_shows order by o.score desc, o.plan_b limit ${MAX_FINDINGS})
     union all
     (select o.plan_a, o.b_links_a, ${SIDE_COLUMNS} from plan_overlap o
       where o.plan_b = k.plan_id and o.version_b = k.version and o.b_shows order by o.score desc, o.plan_a limit ${MAX_FINDINGS})
   ) s`;

/**
 * The active plans of other leads nearest the plan, in bounded time: for each (country, topic) pair
 * of the plan, the footprint rows ending nearest its end on either side; for each of its countries,
 * the plans with exactly its topics (where duplicates are) nearest it likewise; of those, the ones
 * scoring highest on the country, topic and period terms of the overlap score. The rows read grow
 * with the plan's pairs, not with the portfolio; where none of its pairs has more rows on a side
 * than are read there, nothing a full scan would find is missed. The profiles are read by key, one
 * per candidate, in a subquery the planner cannot turn into a join: as a join it chose to read every
 * profile and hash them (311 pages at 2,567 plans), a cost that grew with the portfolio.
 */
export async function overlapCandidates(db: CheckDatabase, plan: CheckedPlan): Promise<OverlapCandidate[]> {
  const { content } = plan;
  const countries = overlapCountries(content);
  const topics = overlapTopics(content);
  if (countries.length === 0 || topics.length === 0) return [];
  const { start, end } = content.period;
  const nearest = (key: string, keyParams: unknown[], limit: number): [string, unknown[]] => [
    `(select * from (select f.plan_id, f.lead_partner_code, f.period_start, f.period_end, f.countries, f.topics from action_plan_footprint f
                      where ${key} and f.period_end >= ? and f.plan_id <> ? and f.lead_partner_code <> ?
                      order by f.period_end limit ${limit * AFTER_END_READS}) f
       where f.period_start <= ? order by f.period_end limit ${limit})
     union all
     (select f.plan_id, f.lead_partner_code, f.period_start, f.period_end, f.countries, f.topics from action_plan_footprint f
       where ${key} and f.period_end < ? and f.period_end >= ? and f.plan_id <> ? and f.lead_partner_code <> ?
       order by f.period_end desc limit ${limit})`,
    [...keyParams, end, plan.id, plan.leadPartnerCode, end, ...keyParams, end, start, plan.id, plan.leadPartnerCode],
  ];
  const perPair = Math.min(NEAREST_PER_PAIR, Math.ceil(NEAREST_PAIR_ROWS / (countries.length * topics.length)));
  const [byPair, byPairParams] = nearest('f.country = c.country and f.topic = t.topic', [], perPair);
  // topic = topics[1]: the same-topics index holds that one row of each plan and country.
  const [byTopics, byTopicsParams] = nearest('f.country = c.country and f.topics = ?::text[] and f.topic = f.topics[1]', [pgArray(topics)], NEAREST_SAME_TOPICS);
  // One containment test per code of the plan costs less per row than intersecting the arrays.
  const shared = (column: string, codes: string[]) => codes.map(() => `(n.${column} @> array[?::text])::int`).join(' + ');
  const weight = OVERLAP_WEIGHTS;
  const rows = await db.query<{ id: string; lead_partner_code: string; profile: OverlapProfile }>(
    numbered(`with near as (
       select f.* from unnest(?::text[]) as c (country) cross join unnest(?::text[]) as t (topic) cross join lateral (${byPair}) f
       union all
       select f.* from unnest(?::text[]) as c (country) cross join lateral (${byTopics}) f
     ), ranked as (
       select n.plan_id, n.lead_partner_code,
              max(${weight.countries} * s.countries / (cardinality(n.countries) + ${countries.length} - s.countries)
                + ${weight.topics} * s.topics / (cardinality(n.topics) + ${topics.length} - s.topics)
                + ${weight.period} * (least(n.period_end, ?::date) - greatest(n.period_start, ?::date) + 1)::float8
                  / (least(n.period_end - n.period_start, ?::date - ?::date) + 1)) as closeness
         from near n
        cross join lateral (select (${shared('countries', countries)})::float8 as countries, (${shared('topics', topics)})::float8 as topics) s
        group by n.plan_id, n.lead_partner_code
        order by closeness desc, n.plan_id
        limit ${MAX_CANDIDATES})
     select r.plan_id as id, r.lead_partner_code, (select o.profile from action_plan_overlap_profile o where o.plan_id = r.plan_id) as profile
       from ranked r
      order by r.closeness desc, r.plan_id`),
    [
      ...[pgArray(countries), pgArray(topics), ...byPairParams],
      ...[pgArray(countries), ...byTopicsParams],
      ...[end, start, end, start, ...countries, ...topics],
    ],
  );
  return rows.map((row) => ({ id: row.id, leadPartnerCode: row.lead_partner_code, profile: row.profile }));
}

/** `?` placeholders numbered `$1`, `$2`… in order, for a statement assembled from parts; no `?` operator may appear in it. */
function numbered(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

/** Highest score first (findings without one, such as a CHECK_ERROR, before all), then by id; at most 20. */
function mostOverlappingFirst(findings: Finding[]): Finding[] {
  const scoreOf = (finding: Finding) => finding.related?.score ?? Infinity;
  return findings
    .sort((x, y) => scoreOf(y) - scoreOf(x) || ((x.relatedPlanId ?? '') < (y.relatedPlanId ?? '') ? -1 : 1))
    .slice(0, MAX_FINDINGS);
}

/** Whether a plan's side of an overlap warns it: from the threshold, unless the plan supersedes or co-funds the other. */
export function overlapWarns({ overlap, linked }: Pick<OverlapSide, 'overlap' | 'linked'>, warningThreshold: number): boolean {
  return !linked && overlap.score >= warningThreshold;
}

function overlapFinding(id: string, overlap: Overlap, warningThreshold: number, linked: boolean): Finding {
  const shape = 'it works in some of the same countries and sectors or program areas during an overlapping period';
  const [severity, message]: [Finding['severity'], string] = linked
    ? ['info', `Plan ${id} overlaps this plan (score ${overlap.score} of 100); this plan already supersedes or co-funds it.`]
    : overlapWarns({ overlap, linked }, warningThreshold)
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
