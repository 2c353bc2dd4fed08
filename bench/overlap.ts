/**
 * Overlap scaling, a process of its own: seeds a portfolio of active plans of each size in a
 * database of its own (directly in SQL: action_plan, action_plan_version, action_plan_footprint and
 * action_plan_overlap_profile rows, with the generator's distribution over countries, sectors, program areas, partners and
 * periods), then times the overlap check's own path for a sample of new plans against every size:
 * `CheckDataService.inputs` (the candidates query on the footprint index, as the worker runs it)
 * then the registered overlap check (the scoring), in-process, on the service's MikroORM setup.
 *
 * IPC: {cmd:'run', databaseUrls, sizes, samples, seed} answers OverlapResult[].
 */
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { overlapCountries, overlapFootprint, overlapProfile, overlapTopics } from '@accord/action-plans/checks/overlap.check';
import { checkRegistry } from '@accord/action-plans/checks/registry';
import { CheckDataService } from '@accord/action-plans/review/check-data.service';
import { GENESIS_HASH } from '@accord/action-plans/domain/action-plan-event.entity';
import { canonicalPlanContent, type PlanContent } from '@accord/action-plans/domain/plan-content';
import { ormConfig } from '@accord/persistence';
import { loadConfig, uuidv7 } from '@accord/shared';
import { planStream, type PlanBody } from './lib/plans';
import { round, summarise, type Summary } from './lib/stats';
import { serveRuns } from './lib/processes';

export interface OverlapResult {
  plans: number;
  footprintRows: number;
  seedMs: number;
  samples: number;
  /** Whole path: candidates query + scoring, ms. */
  total: Summary;
  query: Summary;
  scoring: Summary;
  candidates: { mean: number; max: number };
  findings: { mean: number };
}

const BATCH = 2000;
/** Active plans: half approved, a third awaiting a decision, the rest in review. */
function statusOf(n: number): string {
  const slot = n % 20;
  return slot < 10 ? 'approved' : slot < 17 ? 'awaiting_decision' : 'in_review';
}

/** Inserts plans [from, to) of the seeded stream, in batches, with unnest() (one parameter per column). */
/** Columns of action_plan this seeder fills; another NOT NULL column without a default would need a value here. */
const KNOWN_PLAN_COLUMNS = ['id', 'lead_partner_code', 'status', 'current_version', 'title', 'countries', 'goals', 'partner_codes', 'last_event_seq', 'revision', 'created_at', 'updated_at', 'last_event_hash'];

/** Whether action_plan has last_event_hash (the hash-chained history), refusing a schema this seeder does not know. */
async function planColumns(client: Client): Promise<{ lastEventHash: boolean }> {
  const { rows } = await client.query<{ column_name: string; required: boolean }>(
    `select column_name, is_nullable = 'NO' and column_default is null as required from information_schema.columns where table_schema = current_schema() and table_name = 'action_plan'`,
  );
  const unknown = rows.filter((row) => row.required && !KNOWN_PLAN_COLUMNS.includes(row.column_name)).map((row) => row.column_name);
  if (unknown.length > 0) throw new Error(`action_plan has required columns the overlap seeder does not fill: ${unknown.join(', ')} (bench/overlap.ts)`);
  return { lastEventHash: rows.some((row) => row.column_name === 'last_event_hash') };
}

interface Batch {
  plan: Record<'id' | 'lead' | 'status' | 'title' | 'countries' | 'goals' | 'partners' | 'created', string[]>;
  version: Record<'id' | 'plan' | 'content' | 'created', string[]>;
  foot: Record<'plan' | 'country' | 'topic' | 'lead' | 'start' | 'end' | 'countries' | 'topics', string[]>;
  profile: Record<'plan' | 'profile', string[]>;
}

function buildBatch(stream: Generator<{ lead: string; body: PlanBody }>, size: number, firstIndex: number): Batch {
  const epoch = Date.UTC(2024, 0, 1);
  const batch: Batch = {
    plan: { id: [], lead: [], status: [], title: [], countries: [], goals: [], partners: [], created: [] },
    version: { id: [], plan: [], content: [], created: [] },
    foot: { plan: [], country: [], topic: [], lead: [], start: [], end: [], countries: [], topics: [] },
    profile: { plan: [], profile: [] },
  };
  const { plan, version, foot, profile } = batch;
  for (let index = 0; index < size; index += 1) {
    const { lead, body } = stream.next().value!;
    const n = firstIndex + index;
    const createdMs = epoch + n * 60_000;
    const id = uuidv7(createdMs);
    const content: PlanContent = canonicalPlanContent(body);
    const created = new Date(createdMs).toISOString();
    plan.id.push(id);
    plan.lead.push(lead);
    plan.status.push(statusOf(n));
    plan.title.push(content.title);
    plan.countries.push(`{${content.countries.join(',')}}`);
    plan.goals.push(`{${content.goals.join(',')}}`);
    plan.partners.push(`{${[...new Set([lead, ...content.participants.map((p) => p.partnerCode)])].join(',')}}`);
    plan.created.push(created);
    version.id.push(uuidv7(createdMs));
    version.plan.push(id);
    version.content.push(JSON.stringify(content));
    version.created.push(created);
    const [countries, topics] = [`{${overlapCountries(content).join(',')}}`, `{${overlapTopics(content).join(',')}}`];
    for (const { country, topic } of overlapFootprint(content)) {
      foot.plan.push(id);
      foot.country.push(country);
      foot.topic.push(topic);
      foot.lead.push(lead);
      foot.start.push(content.period.start);
      foot.end.push(content.period.end);
      foot.countries.push(countries);
      foot.topics.push(topics);
    }
    profile.plan.push(id);
    profile.profile.push(JSON.stringify(overlapProfile(content)));
  }
  return batch;
}

async function insertBatch(client: Client, { plan, version, foot, profile }: Batch, lastEventHash: boolean): Promise<void> {
  await client.query('begin');
  await client.query(
    `insert into action_plan (id, lead_partner_code, status, current_version, title, countries, goals, partner_codes, last_event_seq, revision, created_at, updated_at, awaiting_since${lastEventHash ? ', last_event_hash' : ''})
     select id, lead, status, 1, title, countries::text[], goals::text[], partners::text[], 0, 1, created, created, case when status = 'awaiting_decision' then created end${lastEventHash ? ', $9::text' : ''}
       from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[]) as t(id, lead, status, title, countries, goals, partners, created)`,
    [plan.id, plan.lead, plan.status, plan.title, plan.countries, plan.goals, plan.partners, plan.created, ...(lastEventHash ? [GENESIS_HASH] : [])],
  );
  await client.query(
    `insert into action_plan_version (id, plan_id, number, content, created_by, created_at)
     select id, plan_id, 1, content::jsonb, '{"kind":"api_key","id":null,"role":"partner"}'::jsonb, created
       from unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[]) as t(id, plan_id, content, created)`,
    [version.id, version.plan, version.content, version.created],
  );
  await client.query(
    `insert into action_plan_footprint (plan_id, country, topic, lead_partner_code, period_start, period_end, countries, topics)
     select plan, country, topic, lead, start, "end", countries::text[], topics::text[]
       from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::date[], $7::text[], $8::text[]) as t(plan, country, topic, lead, start, "end", countries, topics)`,
    [foot.plan, foot.country, foot.topic, foot.lead, foot.start, foot.end, foot.countries, foot.topics],
  );
  await client.query(
    `insert into action_plan_overlap_profile (plan_id, profile) select plan, profile::json from unnest($1::uuid[], $2::text[]) as t(plan, profile)`,
    [profile.plan, profile.profile],
  );
  await client.query('commit');
}

const SEEDED_TABLES = ['action_plan', 'action_plan_version', 'action_plan_footprint', 'action_plan_overlap_profile'];

/**
 * Adds `count` plans of the stream, fast: the secondary indexes of the three tables are dropped
 * first and built again at the end (in bulk, with the same definitions), foreign-key triggers are
 * skipped for the seeding sessions (the rows are consistent by construction), batches are inserted
 * with unnest() (one parameter per column) on two connections while the next batch is generated.
 */
async function seed(clients: Client[], stream: Generator<{ lead: string; body: PlanBody }>, count: number, startIndex: number): Promise<number> {
  const [first] = clients;
  const { lastEventHash } = await planColumns(first);
  const { rows: indexes } = await first.query<{ indexname: string; indexdef: string }>(
    `select i.indexname, i.indexdef from pg_indexes i
      where i.schemaname = current_schema() and i.tablename = any($1::text[])
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.contype in ('p', 'u', 'x'))`,
    [SEEDED_TABLES],
  );
  for (const { indexname } of indexes) await first.query(`drop index ${indexname}`);
  for (const client of clients) await client.query(`set session_replication_role = replica; set synchronous_commit = off; set maintenance_work_mem = '256MB'`);

  let footprintRows = 0;
  const inFlight: (Promise<void> | undefined)[] = clients.map(() => undefined);
  let turn = 0;
  for (let done = 0; done < count; done += BATCH) {
    const batch = buildBatch(stream, Math.min(BATCH, count - done), startIndex + done);
    footprintRows += batch.foot.plan.length;
    const slot = turn++ % clients.length;
    await inFlight[slot];
    inFlight[slot] = insertBatch(clients[slot], batch, lastEventHash);
  }
  await Promise.all(inFlight);
  await Promise.all(indexes.map(({ indexdef }, index) => clients[index % clients.length].query(indexdef)));
  for (const client of clients) await client.query('set session_replication_role = origin');
  return footprintRows;
}

interface RunMessage {
  id: number;
  cmd: string;
  /** One database per size, migrated and empty. */
  databaseUrls: string[];
  sizes: number[];
  samples: number;
  seed: number;
}

interface Portfolio {
  size: number;
  footprintRows: number;
  seedMs: number;
  orm: MikroORM;
  data: CheckDataService;
  times: { total: number[]; query: number[]; scoring: number[]; candidates: number[]; findings: number[] };
}

/**
 * Seeds each size in a database of its own (the same seeded stream, so the smaller portfolios are
 * the first plans of the larger), then times the check against all of them interleaved, the same
 * new plan against every size in turn: noise from other processes on the machine falls on every
 * size alike, so the ratio between sizes stays meaningful.
 */
async function run(message: RunMessage): Promise<OverlapResult[]> {
  const overlap = checkRegistry().get('overlap')!;
  const portfolios: Portfolio[] = [];
  try {
    for (const [index, size] of message.sizes.entries()) {
      const url = message.databaseUrls[index];
      const clients = [new Client({ connectionString: url }), new Client({ connectionString: url })];
      await Promise.all(clients.map((client) => client.connect()));
      try {
        const started = performance.now();
        const footprintRows = await seed(clients, planStream(message.seed), size, 0);
        // As autovacuum would have by then: statistics, and the visibility map that lets the footprint index answer alone.
        await clients[0].query('vacuum analyze action_plan_footprint');
        await clients[0].query('analyze action_plan, action_plan_version');
        const seedMs = performance.now() - started;
        const config = loadConfig({ DATABASE_URL: url, REDIS_URL: 'redis://127.0.0.1:6379', LOG_LEVEL: 'warn' });
        const orm = await MikroORM.init(ormConfig(url, { debug: false }));
        portfolios.push({ size, footprintRows, seedMs, orm, data: new CheckDataService(orm.em as unknown as EntityManager, config), times: { total: [], query: [], scoring: [], candidates: [], findings: [] } });
        process.send?.({ progress: `overlap: ${size.toLocaleString('en-US')} plans (${footprintRows.toLocaleString('en-US')} footprint rows) seeded in ${Math.round(seedMs)} ms` });
      } finally {
        await Promise.all(clients.map((client) => client.end()));
      }
    }

    // New plans being checked: from another seed, so never in a portfolio.
    const subjects = planStream(message.seed + 1);
    const warmup = Math.min(50, message.samples);
    for (let round = 0; round < warmup + message.samples; round += 1) {
      const { lead, body } = subjects.next().value!;
      const plan = { id: uuidv7(), version: 1, leadPartnerCode: lead, content: canonicalPlanContent(body) };
      const order = round % 2 === 0 ? portfolios : [...portfolios].reverse();
      for (const portfolio of order) {
        const t0 = performance.now();
        const inputs = await portfolio.data.inputs(portfolio.orm.em.fork() as unknown as EntityManager, plan, overlap.needs);
        const t1 = performance.now();
        const outcome = overlap.run(inputs);
        const t2 = performance.now();
        if (round < warmup) continue;
        portfolio.times.total.push(t2 - t0);
        portfolio.times.query.push(t1 - t0);
        portfolio.times.scoring.push(t2 - t1);
        portfolio.times.candidates.push(inputs.candidates.length);
        portfolio.times.findings.push(outcome.findings.length);
      }
    }
    return portfolios.map(({ size, footprintRows, seedMs, times }) => ({
      plans: size,
      footprintRows,
      seedMs: round(seedMs, 0),
      samples: times.total.length,
      total: summarise(times.total),
      query: summarise(times.query),
      scoring: summarise(times.scoring),
      candidates: { mean: round(times.candidates.reduce((a, b) => a + b, 0) / times.candidates.length, 1), max: Math.max(...times.candidates) },
      findings: { mean: round(times.findings.reduce((a, b) => a + b, 0) / times.findings.length, 1) },
    }));
  } finally {
    await Promise.all(portfolios.map(({ orm }) => orm.close(true)));
  }
}

serveRuns(run);
