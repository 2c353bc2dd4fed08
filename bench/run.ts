/**
 * `npm run bench`: the benchmark of the whole service, on the real PostgreSQL and Redis with the
 * real api and worker processes (run from the TypeScript sources through test/support/register-ts.js,
 * as the tests do, so the bench never measures a stale build). See docs/performance.md.
 *
 * 1. Pipeline: a load generator process creates and submits N plans over HTTP at a fixed
 *    concurrency; the bench polls PostgreSQL in bulk until every plan is awaiting_decision, then reads
 *    the submit → review-completed latencies from the history table. A second, open-loop run at half
 *    the measured throughput gives the latency a partner sees when the service is not saturated.
 * 2. Baselines in the same run, on the same servers, with the api and worker stopped: bare BullMQ
 *    no-op jobs, raw pg transactions, a bare Nest route; each as many per plan as measured in 1.
 * 3. Overlap scaling: the overlap check's path against portfolios of 1k, 10k and 100k active plans.
 *
 * Results go to bench/results/<date>.json and a markdown table is printed.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { migrateAndSeed } from '@accord/persistence';
import { DEFAULT_JOB_OPTIONS, QUEUE_NAMES, QUEUES, redisOptions } from '@accord/queues';
import type { LoadOptions, LoadResult } from './load';
import type { OverlapResult } from './overlap';
import type { TxProfile } from './baselines/pg-tx';
import { parseOptions, type BenchOptions } from './lib/options';
import { LEAD_PARTNERS } from './lib/plans';
import { freePort } from '../test/support/free-port';
import { machineCpuSeconds, processUsage, ROOT, RssSampler, sleep, TsProcess } from './lib/processes';
import { summariseProfile } from './lib/profile';
import { markdown, type BenchResult, type TargetCheck } from './lib/report';
import { quantile, round, summarise } from './lib/stats';

const MB = 1024 * 1024;
/** Rounds of each baseline, interleaved; the median of each is the one the ceiling takes. */
const BASELINE_ROUNDS = 3;
const QUEUE_PREFIX = 'accord-bench';
const started = Date.now();
const log = (message: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);

const cleanups: (() => Promise<void>)[] = [];
async function cleanup(): Promise<void> {
  for (const step of cleanups.splice(0).reverse()) await step().catch((error: Error) => console.error(`cleanup: ${error.message}`));
}

// ---------------------------------------------------------------- infrastructure

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(base: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: base });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function recreateDatabase(base: string, name: string): Promise<string> {
  await admin(base, async (client) => {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  });
  const url = databaseUrl(base, name);
  await migrateAndSeed(url, { silent: true });
  return url;
}

async function dropDatabase(base: string, name: string): Promise<void> {
  await admin(base, (client) => client.query(`drop database if exists ${name} with (force)`));
}

/** A redis-server of the run's own, so its memory figures are the bench's alone. */
async function privateRedis(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
  const failed = new Promise<never>((_, reject) => child.once('error', (error) => reject(new Error(`redis-server could not start (${error.message}); pass --redis-url`))));
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await Promise.race([client.connect().then(() => client.ping()), failed]);
      return { url, child };
    } catch (error) {
      if (Date.now() > deadline || child.exitCode !== null || (error as Error).message.includes('could not start')) throw error;
      await sleep(50);
    } finally {
      client.disconnect();
    }
  }
}

async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number, alive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (!alive()) throw new Error(`${what} exited before it was ready`);
    if (Date.now() > deadline) throw new Error(`${what} was not ready after ${timeoutMs} ms`);
    await sleep(200);
  }
}

// ---------------------------------------------------------------- measurements

interface QueryCounters {
  total: number;
  byKind: Record<string, number>;
  inTransaction: number;
  autocommit: number;
  transactions: number;
  writes: number;
  reads: number;
  writeParamBytes: number;
  texts: Record<string, number>;
}

function sumCounters(all: QueryCounters[]): QueryCounters {
  const sum: QueryCounters = { total: 0, byKind: {}, inTransaction: 0, autocommit: 0, transactions: 0, writes: 0, reads: 0, writeParamBytes: 0, texts: {} };
  for (const counters of all) {
    for (const key of ['total', 'inTransaction', 'autocommit', 'transactions', 'writes', 'reads', 'writeParamBytes'] as const) sum[key] += counters[key];
    for (const [kind, count] of Object.entries(counters.byKind)) sum.byKind[kind] = (sum.byKind[kind] ?? 0) + count;
    for (const [text, count] of Object.entries(counters.texts)) sum.texts[text] = (sum.texts[text] ?? 0) + count;
  }
  return sum;
}

function diffCounters(after: QueryCounters, before: QueryCounters): QueryCounters {
  const texts: Record<string, number> = {};
  for (const [text, count] of Object.entries(after.texts)) {
    const delta = count - (before.texts[text] ?? 0);
    if (delta > 0) texts[text] = delta;
  }
  const byKind: Record<string, number> = {};
  for (const [kind, count] of Object.entries(after.byKind)) byKind[kind] = count - (before.byKind[kind] ?? 0);
  return {
    total: after.total - before.total,
    byKind,
    inTransaction: after.inTransaction - before.inTransaction,
    autocommit: after.autocommit - before.autocommit,
    transactions: after.transactions - before.transactions,
    writes: after.writes - before.writes,
    reads: after.reads - before.reads,
    writeParamBytes: after.writeParamBytes - before.writeParamBytes,
    texts,
  };
}

interface JobFigures {
  byQueue: Record<string, number>;
  byName: Record<string, { count: number; sum: number }>;
}

/** Jobs the worker ran, from its Prometheus figures (bullmq_job_duration_seconds, every outcome). */
async function workerJobs(metricsPorts: number[]): Promise<JobFigures> {
  const texts = await Promise.all(metricsPorts.map(async (port) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text()));
  const figures: JobFigures = { byQueue: {}, byName: {} };
  for (const line of texts.join('\n').split('\n')) {
    const match = /^bullmq_job_duration_seconds_(count|sum)\{([^}]*)\} ([\d.e+-]+)$/.exec(line);
    if (!match) continue;
    const labels = Object.fromEntries([...match[2].matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value]));
    const value = Number(match[3]);
    const name = `${labels.queue}/${labels.name}`;
    figures.byName[name] ??= { count: 0, sum: 0 };
    if (match[1] === 'count') {
      figures.byQueue[labels.queue] = (figures.byQueue[labels.queue] ?? 0) + value;
      figures.byName[name].count += value;
    } else figures.byName[name].sum += value;
  }
  return figures;
}

async function xactCommit(db: Client): Promise<number> {
  await db.query('select pg_stat_clear_snapshot()');
  const { rows } = await db.query<{ n: string }>('select xact_commit::text as n from pg_stat_database where datname = current_database()');
  return Number(rows[0].n);
}

/** Polls the database in bulk until every plan is awaiting_decision, or nothing moved for `stallMs`. */
async function waitChecked(db: Client, ids: string[], stallMs: number, onProgress?: (checked: number) => void): Promise<{ checked: number; progress: { t: number; checked: number }[] }> {
  const progress: { t: number; checked: number }[] = [];
  let last = -1;
  let lastMoved = Date.now();
  for (;;) {
    const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from action_plan where id = any($1::uuid[]) and status = 'awaiting_decision'`, [ids]);
    const checked = rows[0].n;
    progress.push({ t: Date.now(), checked });
    if (checked !== last) {
      last = checked;
      lastMoved = Date.now();
      onProgress?.(checked);
    }
    if (checked >= ids.length) return { checked, progress };
    if (Date.now() - lastMoved > stallMs) return { checked, progress };
    await sleep(250);
  }
}

/** Submit → review completed, per plan, from the history table's own timestamps. */
async function historyLatencies(db: Client, ids: string[]): Promise<{ latencies: number[]; lastCompletedAt: number }> {
  const { rows } = await db.query<{ submitted: number; completed: number }>(
    `select extract(epoch from s.occurred_at) * 1000 as submitted, extract(epoch from c.occurred_at) * 1000 as completed
       from action_plan_event s
       join action_plan_event c on c.plan_id = s.plan_id and c.type = 'ActionPlanReviewCompleted'
      where s.type = 'ActionPlanSubmitted' and s.plan_id = any($1::uuid[])`,
    [ids],
  );
  return { latencies: rows.map((row) => Number(row.completed) - Number(row.submitted)), lastCompletedAt: Math.max(0, ...rows.map((row) => Number(row.completed))) };
}

/** Where a plan's wait goes: submitted → review started → review completed, and the outbox rows' wait for the relay. */
async function latencyBreakdown(db: Client, ids: string[]): Promise<NonNullable<BenchResult['latency']>['breakdown']> {
  const { rows } = await db.query<{ to_started: number; to_completed: number }>(
    `select extract(epoch from r.occurred_at - s.occurred_at) * 1000 as to_started, extract(epoch from c.occurred_at - r.occurred_at) * 1000 as to_completed
       from action_plan_event s
       join action_plan_event r on r.plan_id = s.plan_id and r.type = 'ActionPlanReviewStarted'
       join action_plan_event c on c.plan_id = s.plan_id and c.type = 'ActionPlanReviewCompleted'
      where s.type = 'ActionPlanSubmitted' and s.plan_id = any($1::uuid[])`,
    [ids],
  );
  const { rows: outbox } = await db.query<{ wait: number }>(
    `select extract(epoch from o.published_at - o.created_at) * 1000 as wait
       from action_plan_event e join outbox_message o on o.job_id = e.plan_id || '-' || e.seq
      where e.plan_id = any($1::uuid[]) and e.type in ('ActionPlanSubmitted', 'ActionPlanReviewStarted') and o.published_at is not null`,
    [ids],
  );
  return {
    submittedToReviewStartedMs: summarise(rows.map((row) => Number(row.to_started))),
    reviewStartedToCompletedMs: summarise(rows.map((row) => Number(row.to_completed))),
    outboxWaitMs: summarise(outbox.map((row) => Number(row.wait))),
  };
}

async function redisMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 'NaN');
}

/** Jobs still to run in the service's queues (the maintenance scheduler's next run excluded). */
async function queueBacklog(redisUrl: string): Promise<number> {
  let backlog = 0;
  for (const name of QUEUE_NAMES) {
    const queue = new Queue(name, { connection: redisOptions(redisUrl), prefix: QUEUE_PREFIX });
    try {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
      backlog += Object.values(counts).reduce((a, b) => a + b, 0) - (name === QUEUES.maintenance ? counts.delayed + counts.active : 0);
    } finally {
      await queue.close();
    }
  }
  return backlog;
}

async function outboxBacklog(db: Client): Promise<number> {
  const { rows } = await db.query<{ n: number }>('select count(*)::int as n from outbox_message where published_at is null');
  return rows[0].n;
}

/** Waits until the queues and the outbox are empty (follow-up jobs such as endorsement reruns done), at most `capMs`. */
async function drain(db: Client, redisUrl: string, capMs: number): Promise<{ ms: number; drained: boolean; left: number }> {
  const start = Date.now();
  for (;;) {
    const left = (await queueBacklog(redisUrl)) + (await outboxBacklog(db));
    if (left === 0) return { ms: Date.now() - start, drained: true, left };
    if (Date.now() - start > capMs) return { ms: Date.now() - start, drained: false, left };
    await sleep(500);
  }
}

/**
 * CPU time of the PostgreSQL backends serving one database (their pids come and go with the pools,
 * so they are listed again every second) and of other fixed processes (the private redis-server).
 */
class ServerCpu {
  private readonly first = new Map<number, number>();
  private readonly last = new Map<number, number>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly db: Client,
    private readonly fixed: Record<string, number>,
    private readonly exclude: number[] = [],
  ) {}

  start(): void {
    void this.sample();
    this.timer = setInterval(() => void this.sample(), 1000);
  }

  async stop(): Promise<{ postgres: number } & Record<string, number>> {
    clearInterval(this.timer);
    await this.sample();
    const spent = (pids: number[]) => pids.reduce((sum, pid) => sum + (this.last.get(pid)! - this.first.get(pid)!), 0);
    const fixedPids = new Set(Object.values(this.fixed));
    const result: { postgres: number } & Record<string, number> = { postgres: spent([...this.first.keys()].filter((pid) => !fixedPids.has(pid))) };
    for (const [name, pid] of Object.entries(this.fixed)) result[name] = this.first.has(pid) ? spent([pid]) : Number.NaN;
    return result;
  }

  private async sample(): Promise<void> {
    try {
      const { rows } = await this.db.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and pid <> all($1::int[])', [this.exclude]);
      for (const pid of [...rows.map((row) => row.pid), ...Object.values(this.fixed)]) {
        const usage = processUsage(pid);
        if (!usage) continue;
        if (!this.first.has(pid)) this.first.set(pid, usage.cpuSeconds);
        this.last.set(pid, usage.cpuSeconds);
      }
    } catch {
      // a missed sample only loses a little precision
    }
  }
}

interface Snapshot {
  api: QueryCounters;
  worker: QueryCounters;
  jobs: JobFigures;
  xact: number;
  apiCpu: number;
  workerCpu: number;
  machineCpu: number;
}

// ---------------------------------------------------------------- part 1 and 2: pipeline and baselines

type PipelineParts = Pick<BenchResult, 'pipeline' | 'latency' | 'redis' | 'baselines' | 'profiles'> & { clean: boolean; redisVersion: string };

async function pipelinePart(options: BenchOptions, stamp: string, dbPrefix: string): Promise<PipelineParts> {
  const cores = cpus().length;
  // Redis and PostgreSQL of the run's own.
  let redisUrl = options.redisUrl;
  let redisPid: number | undefined;
  if (!redisUrl) {
    const redis = await privateRedis();
    redisUrl = redis.url;
    redisPid = redis.child.pid;
    cleanups.push(async () => {
      redis.child.kill('SIGKILL');
    });
    log(`private redis-server on ${redisUrl}`);
  }
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  cleanups.push(async () => redis.disconnect());
  const dbUrl = await recreateDatabase(options.databaseUrl, dbPrefix);
  if (!options.keep) cleanups.push(() => dropDatabase(options.databaseUrl, dbPrefix));
  log(`database ${dbPrefix} created and migrated`);
  const db = new Client({ connectionString: dbUrl });
  await db.connect();
  cleanups.push(() => db.end());
  const redisVersion = /redis_version:(\S+)/.exec(await redis.info('server'))?.[1] ?? '?';

  // The real api and worker.
  const apiPort = await freePort();
  const metricsPorts: number[] = [];
  for (let index = 0; index < options.workers; index += 1) metricsPorts.push(await freePort());
  const adminToken = randomBytes(24).toString('hex');
  // The per-key rate limit is set out of reach (not off), so its Redis round trip is still paid.
  const env = { DATABASE_URL: dbUrl, REDIS_URL: redisUrl, QUEUE_PREFIX, LOG_LEVEL: 'warn', ACCORD_ADMIN_TOKEN: adminToken, RATE_LIMIT_PER_MINUTE: '1000000' };
  const api = TsProcess.start('api', 'apps/api/src/main.ts', { instrument: true, env: { ...env, PORT: String(apiPort), WORKER_METRICS_PORT: '0' } });
  const workers = metricsPorts.map((port, index) =>
    TsProcess.start(index === 0 ? 'worker' : `worker${index + 1}`, 'apps/worker/src/main.ts', { instrument: true, env: { ...env, WORKER_METRICS_PORT: String(port) } }),
  );
  const [worker] = workers;
  cleanups.push(() => api.stop());
  for (const each of workers) cleanups.push(() => each.stop());
  const baseUrl = `http://127.0.0.1:${apiPort}`;
  await Promise.all([
    waitFor('api', async () => (await fetch(`${baseUrl}/health/live`)).ok, 120_000, () => api.running),
    ...workers.map((each, index) => waitFor(each.name, async () => (await fetch(`http://127.0.0.1:${metricsPorts[index]}/metrics`)).ok, 120_000, () => each.running)),
  ]).catch((error: Error) => {
    throw new Error(`${error.message}\napi: ${api.stderr.slice(-1500)}\nworker: ${worker.stderr.slice(-1500)}`);
  });
  log(`api (pid ${api.pid}) on ${baseUrl} and ${workers.length === 1 ? 'worker' : `${workers.length} workers`} (pid ${workers.map((each) => each.pid).join(', ')}) are up`);

  // A partner key per lead partner.
  const keys: Record<string, string> = {};
  for (const [partnerCode] of LEAD_PARTNERS) {
    const response = await fetch(`${baseUrl}/v1/admin/api-keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'partner', partnerCode, label: `bench ${partnerCode}` }),
    });
    if (response.status !== 201) throw new Error(`creating a key for ${partnerCode} answered ${response.status}: ${await response.text()}`);
    keys[partnerCode] = ((await response.json()) as { token: string }).token;
  }

  const load = TsProcess.start('load', 'bench/load.ts');
  cleanups.push(() => load.stop());
  await load.ready();
  const runLoad = (o: Omit<LoadOptions, 'baseUrl' | 'keys'> & { baseUrl?: string; keys?: Record<string, string> }) =>
    load.request<LoadResult>({ cmd: 'run', baseUrl, keys, ...o }, 60 * 60_000);

  // Warm-up: JIT, pools, caches.
  const warm = await runLoad({ plans: options.smoke ? 6 : 50, concurrency: options.concurrency, seed: options.seed + 1000, tag: `warm-${stamp}` });
  const warmIds = warm.plans.flatMap((plan) => (plan.id ? [plan.id] : []));
  await waitChecked(db, warmIds, 60_000);
  await drain(db, redisUrl, 30_000);
  log(`warm-up: ${warmIds.length} plans checked (${warm.errors} errors)`);

  // ---- 1. throughput
  const sampler = new RssSampler({ api: api.pid, ...Object.fromEntries(workers.map((each) => [each.name, each.pid])) });
  const monitor = new Client({ connectionString: dbUrl });
  await monitor.connect();
  cleanups.push(() => monitor.end());
  const benchBackend = (await db.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0].pid;
  const serverCpu = new ServerCpu(monitor, redisPid ? { redis: redisPid, load: load.pid } : { load: load.pid }, [benchBackend]);
  sampler.start();
  cleanups.push(async () => sampler.stop());
  const workersCpu = () => workers.reduce((sum, each) => sum + processUsage(each.pid)!.cpuSeconds, 0);
  const snapshot = async (cpu?: { api: number; worker: number; machine: number }): Promise<Snapshot> => ({
    api: await api.request<QueryCounters>({ cmd: 'queries' }),
    worker: sumCounters(await Promise.all(workers.map((each) => each.request<QueryCounters>({ cmd: 'queries' })))),
    jobs: await workerJobs(metricsPorts),
    xact: await xactCommit(db),
    apiCpu: cpu?.api ?? processUsage(api.pid)!.cpuSeconds,
    workerCpu: cpu?.worker ?? workersCpu(),
    machineCpu: cpu?.machine ?? machineCpuSeconds(),
  });
  const before = await snapshot();
  const redisBefore = await redisMemory(redis);
  if (options.profile) await Promise.all([api.request({ cmd: 'profile-start' }), worker.request({ cmd: 'profile-start' })]);
  log(`throughput: ${options.plans} plans ${options.rate ? `at ${options.rate} per second` : `at concurrency ${options.concurrency}`}, budget ${options.phaseSeconds} s`);
  const phaseStart = Date.now();
  serverCpu.start();
  const running = runLoad({ plans: options.plans, concurrency: options.concurrency, rate: options.rate, seed: options.seed, tag: `run-${stamp}` });
  let loadDone = false;
  void running.finally(() => (loadDone = true)).catch(() => undefined);
  const recent: { t: number; checked: number }[] = [];
  let stoppedAt: number | undefined;
  let lastLog = Date.now();
  while (!loadDone) {
    await sleep(1000);
    const { rows } = await db.query<{ checked: number; created: number }>(
      `select count(*) filter (where status = 'awaiting_decision')::int as checked, count(*)::int as created from action_plan where created_at >= $1`,
      [new Date(phaseStart)],
    );
    const { checked, created } = rows[0];
    const now = Date.now();
    recent.push({ t: now, checked });
    while (recent.length > 1 && now - recent[1].t >= 15_000) recent.shift();
    const elapsed = (now - phaseStart) / 1000;
    const span = (now - recent[0].t) / 1000;
    const rate = span >= 5 ? (checked - recent[0].checked) / span : 0;
    const projected = rate > 0 ? elapsed + (created - checked) / rate : Number.POSITIVE_INFINITY;
    // The rate measured while the api is busy accepting plans understates the rate once it stops: allow 30% for it.
    if (stoppedAt === undefined && !loadDone && ((elapsed >= 30 && projected > 1.3 * options.phaseSeconds) || elapsed >= options.phaseSeconds)) {
      stoppedAt = created;
      await load.request({ cmd: 'stop' });
      log(`  time budget: no new plans after ${created} (${checked} checked, ${rate.toFixed(1)}/s; the rest would end at ${projected.toFixed(0)} s)`);
    }
    if (now - lastLog >= 10_000) {
      lastLog = now;
      log(`  ${created} accepted, ${checked} checked`);
    }
  }
  const throughput = await running;
  const ids = throughput.plans.flatMap((plan) => (plan.id && !plan.error ? [plan.id] : []));
  log(`  load done: ${throughput.plans.length} plans in ${((throughput.endedAt - throughput.startedAt) / 1000).toFixed(1)} s, ${throughput.errors} errors; waiting for the checks`);
  const waited = await waitChecked(db, ids, 60_000, (checked) => {
    if (Date.now() - lastLog > 10_000) {
      lastLog = Date.now();
      log(`  ${checked}/${ids.length} checked`);
    }
  });
  const phaseEnd = Date.now();
  const history = await historyLatencies(db, ids);
  const drained = await drain(db, redisUrl, options.smoke ? 30_000 : 120_000);
  const checkedAt = `${((phaseEnd - phaseStart) / 1000).toFixed(1)} s`;
  const outcome = waited.checked === ids.length ? `all checked at ${checkedAt}` : `STALLED: ${waited.checked} of ${ids.length} checked, none for 60 s (gave up at ${checkedAt})`;
  log(`  ${outcome}; follow-up jobs ${drained.drained ? `drained in ${(drained.ms / 1000).toFixed(1)} s` : `NOT drained after ${(drained.ms / 1000).toFixed(0)} s (${drained.left} left)`}`);
  const drainEnd = Date.now();
  const cpuAtEnd = { api: processUsage(api.pid)!.cpuSeconds, worker: workersCpu(), machine: machineCpuSeconds() };
  const servers = await serverCpu.stop();
  await sleep(1000); // PostgreSQL publishes its statistics about once a second
  let profiles: Record<string, unknown> | undefined;
  if (options.profile) {
    profiles = {};
    for (const [name, child] of [
      ['api', api],
      ['worker', worker],
    ] as const) {
      const path = join(ROOT, 'bench/results/profiles', `${stamp}-${name}.cpuprofile`);
      await child.request({ cmd: 'profile-stop', path });
      profiles[name] = { file: relative(ROOT, path), ...summariseProfile(path) };
    }
  }
  const after = await snapshot(cpuAtEnd);

  const n = ids.length || 1;
  const apiQueries = diffCounters(after.api, before.api);
  const workerQueries = diffCounters(after.worker, before.worker);
  const jobsByQueue: Record<string, number> = {};
  for (const [queue, count] of Object.entries(after.jobs.byQueue)) {
    const perPlan = round((count - (before.jobs.byQueue[queue] ?? 0)) / n, 2);
    if (perPlan > 0) jobsByQueue[queue] = perPlan;
  }
  const jobMsByName: Record<string, { perPlan: number; meanMs: number }> = {};
  for (const [name, figure] of Object.entries(after.jobs.byName)) {
    const count = figure.count - (before.jobs.byName[name]?.count ?? 0);
    const sum = figure.sum - (before.jobs.byName[name]?.sum ?? 0);
    if (count > 0) jobMsByName[name] = { perPlan: round(count / n, 3), meanMs: round((1000 * sum) / count, 1) };
  }
  // Jobs the plans made; the maintenance scheduler's runs are the service's own.
  const jobsPerPlan = round(
    Object.entries(jobsByQueue)
      .filter(([queue]) => queue !== QUEUES.maintenance)
      .reduce((sum, [, count]) => sum + count, 0),
    2,
  );
  // Check runs beyond one per check type: overlap runs (there should be none since an overlap found later is merged), and repeats of the other checks (reconciler re-adds).
  const checkRuns = (type: string) => jobMsByName[`${QUEUES.actionPlanChecks}/${type}`]?.perPlan ?? 0;
  const extraCheckRuns = {
    overlapReruns: round(Math.max(0, checkRuns('overlap') - 1), 3),
    repeatedChecks: round(['completeness', 'alignment', 'budget', 'endorsement'].reduce((sum, type) => sum + Math.max(0, checkRuns(type) - 1), 0), 3),
  };
  const explicitTx = (apiQueries.transactions + workerQueries.transactions) / n;
  const statementsInTx = (apiQueries.inTransaction + workerQueries.inTransaction) / n;
  const autocommit = (apiQueries.autocommit + workerQueries.autocommit) / n;
  const writes = apiQueries.writes + workerQueries.writes;
  const reads = apiQueries.reads + workerQueries.reads;
  const txProfile: TxProfile = {
    explicitTx,
    statementsInTx,
    autocommit,
    writeShare: writes / Math.max(1, writes + reads),
    writeBytes: (apiQueries.writeParamBytes + workerQueries.writeParamBytes) / Math.max(1, writes),
  };
  const topQueries = [
    ...Object.entries(apiQueries.texts).map(([sql, count]) => ({ process: 'api', perPlan: round(count / n, 2), sql })),
    ...Object.entries(workerQueries.texts).map(([sql, count]) => ({ process: 'worker', perPlan: round(count / n, 2), sql })),
  ]
    .sort((a, b) => b.perPlan - a.perPlan)
    .slice(0, 50);
  const lastSubmitted = Math.max(...throughput.plans.map((plan) => plan.submittedAt).filter(Number.isFinite));
  const checkedWindow = (history.lastCompletedAt - throughput.startedAt) / 1000;
  const workerQuarters = sampler.quarters('worker', throughput.startedAt, history.lastCompletedAt || phaseEnd);
  const apiQuarters = sampler.quarters('api', throughput.startedAt, history.lastCompletedAt || phaseEnd);
  const failedJobs = await Promise.all(
    QUEUE_NAMES.map(async (name) => {
      const queue = new Queue(name, { connection: redisOptions(redisUrl), prefix: QUEUE_PREFIX });
      try {
        return await queue.getFailedCount();
      } finally {
        await queue.close();
      }
    }),
  );
  const count = async (sql: string) => (await db.query<{ key: string; n: number }>(sql, [ids])).rows;
  const checkErrors = await count(`select 'n' as key, count(*)::int as n from check_result where plan_id = any($1::uuid[]) and findings @> '[{"code":"CHECK_ERROR"}]'`);
  const recommendations = await count(`select coalesce(recommendation, '-') as key, count(*)::int as n from action_plan where id = any($1::uuid[]) group by 1 order by 1`);
  const checkStatuses = await count(`select type || ':' || status as key, count(*)::int as n from check_result where plan_id = any($1::uuid[]) group by 1 order by 1`);
  const pipeline: NonNullable<BenchResult['pipeline']> = {
    plans: ids.length,
    requestedPlans: options.plans,
    stoppedByBudget: stoppedAt !== undefined,
    concurrency: options.concurrency,
    rate: options.rate ?? null,
    workers: workers.length,
    bodyBytes: throughput.bodyBytes,
    acceptedPerSecond: round(ids.length / ((lastSubmitted - throughput.startedAt) / 1000), 2),
    checkedPerSecond: round(waited.checked / checkedWindow, 2),
    drainSeconds: round(drained.ms / 1000, 1),
    drained: drained.drained,
    createMs: summarise(throughput.plans.map((plan) => plan.createMs).filter(Number.isFinite)),
    submitMs: summarise(throughput.plans.map((plan) => plan.submitMs).filter(Number.isFinite)),
    submitToCheckedMs: summarise(history.latencies),
    errors: throughput.errors,
    unchecked: ids.length - waited.checked,
    failedJobs: failedJobs.reduce((a, b) => a + b, 0),
    checkErrors: checkErrors[0].n,
    jobsPerPlan,
    jobsPerPlanByQueue: jobsByQueue,
    extraCheckRuns,
    jobMsByName,
    queriesPerPlan: { api: round(apiQueries.total / n, 2), worker: round(workerQueries.total / n, 2), total: round((apiQueries.total + workerQueries.total) / n, 2) },
    transactionsPerPlan: {
      explicit: round(explicitTx, 2),
      statementsInTx: round(statementsInTx, 2),
      autocommit: round(autocommit, 2),
      total: round(explicitTx + autocommit, 2),
      pgXactCommit: round((after.xact - before.xact) / n, 2),
    },
    writeShare: round(txProfile.writeShare, 3),
    writeBytes: round(txProfile.writeBytes, 0),
    topQueriesPerPlan: topQueries,
    cpuSecondsPerPlan: {
      api: round((after.apiCpu - before.apiCpu) / n, 4),
      worker: round((after.workerCpu - before.workerCpu) / n, 4),
      machine: round((after.machineCpu - before.machineCpu) / n, 4),
      postgres: round(servers.postgres / n, 4),
      redis: round((servers.redis ?? Number.NaN) / n, 4),
      loadGenerator: round(servers.load / n, 4),
    },
    machineCpuBusy: round((after.machineCpu - before.machineCpu) / ((drainEnd - phaseStart) / 1000) / cores, 3),
    rss: {
      apiPeakMb: round(sampler.peak('api') / MB, 1),
      workerPeakMb: round(Math.max(...workers.map((each) => sampler.peak(each.name))) / MB, 1),
      workerFirstQuarterMb: round(workerQuarters.first / MB, 1),
      workerLastQuarterMb: round(workerQuarters.last / MB, 1),
      workerGrowth: round(workerQuarters.last / workerQuarters.first - 1, 3),
      apiFirstQuarterMb: round(apiQuarters.first / MB, 1),
      apiLastQuarterMb: round(apiQuarters.last / MB, 1),
    },
    progress: waited.progress.filter((_, index) => index % 4 === 0).map((point) => ({ t: round((point.t - throughput.startedAt) / 1000, 2), checked: point.checked })),
    recommendations: Object.fromEntries(recommendations.map((row) => [row.key, row.n])),
    checkStatuses: Object.fromEntries(checkStatuses.map((row) => [row.key, row.n])),
  };
  log(`  ${pipeline.checkedPerSecond} plans checked/s, ${pipeline.acceptedPerSecond} accepted/s; ${jobsPerPlan} jobs, ${pipeline.queriesPerPlan.total} statements per plan`);

  // ---- 1b. latency at half the measured throughput
  const rate = Math.max(0.5, pipeline.checkedPerSecond / 2);
  const latencyPlans = Math.max(options.smoke ? 8 : 20, Math.round(rate * options.latencySeconds));
  log(`latency: ${latencyPlans} plans at ${rate.toFixed(1)} plans/s (open loop)`);
  const paced = await runLoad({ plans: latencyPlans, concurrency: options.concurrency, rate, seed: options.seed + 7, tag: `paced-${stamp}` });
  const pacedIds = paced.plans.flatMap((plan) => (plan.id && !plan.error ? [plan.id] : []));
  const pacedWait = await waitChecked(db, pacedIds, 120_000);
  const pacedHistory = await historyLatencies(db, pacedIds);
  const latency: NonNullable<BenchResult['latency']> = {
    ratePerSecond: round(rate, 2),
    plans: pacedIds.length,
    submitToCheckedMs: summarise(pacedHistory.latencies),
    createMs: summarise(paced.plans.map((plan) => plan.createMs).filter(Number.isFinite)),
    submitMs: summarise(paced.plans.map((plan) => plan.submitMs).filter(Number.isFinite)),
    errors: paced.errors,
    unchecked: pacedIds.length - pacedWait.checked,
    queuesDrainedBefore: drained.drained,
    breakdown: await latencyBreakdown(db, pacedIds),
  };
  log(`  submit to checked p50 ${latency.submitToCheckedMs.p50} ms, p99 ${latency.submitToCheckedMs.p99} ms`);
  await drain(db, redisUrl, options.smoke ? 10_000 : 30_000);
  sampler.stop();

  // ---- Redis after the run
  const retained: Record<string, Record<string, number>> = {};
  for (const name of QUEUE_NAMES) {
    const queue = new Queue(name, { connection: redisOptions(redisUrl), prefix: QUEUE_PREFIX });
    retained[name] = await queue.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed', 'prioritized');
    await queue.close();
  }
  const retentionCount = typeof DEFAULT_JOB_OPTIONS.removeOnComplete === 'object' ? (DEFAULT_JOB_OPTIONS.removeOnComplete.count ?? Infinity) : Infinity;
  const redisFigures: NonNullable<BenchResult['redis']> = {
    usedMemoryBeforeMb: round(redisBefore / MB, 2),
    usedMemoryAfterMb: round((await redisMemory(redis)) / MB, 2),
    keys: await redis.dbsize(),
    retained,
    retentionCount,
    bounded: Object.values(retained).every((counts) => counts.completed <= retentionCount),
  };

  await Promise.all([api.stop(), ...workers.map((each) => each.stop())]);
  log('api and worker stopped');

  // ---- 2. baselines, on the same servers, nothing else of the bench running
  const baselinePlans = options.smoke ? 80 : 500; // each runs a few seconds: long enough for a steady rate
  const route = TsProcess.start('nest-route', 'bench/baselines/nest-route.ts', { env: { PORT: '0' } });
  const bullEnv = { REDIS_URL: redisUrl, QUEUE_PREFIX: 'bench-baseline' };
  const bullWorker = TsProcess.start('bullmq-worker', 'bench/baselines/bullmq.ts', { args: ['worker'], env: bullEnv });
  const bullProducer = TsProcess.start('bullmq-producer', 'bench/baselines/bullmq.ts', { args: ['producer'], env: bullEnv });
  const pgBase = TsProcess.start('pg-tx', 'bench/baselines/pg-tx.ts');
  const baselineProcesses = [route, bullWorker, bullProducer, pgBase];
  cleanups.push(async () => {
    await Promise.all(baselineProcesses.map((each) => each.stop()));
  });
  const routePort = Number((await route.ready()).port);
  await Promise.all([bullWorker.ready(), bullProducer.ready(), pgBase.ready()]);
  const fakeKeys = Object.fromEntries(LEAD_PARTNERS.map(([code]) => [code, 'baseline']));
  await runLoad({ baseUrl: `http://127.0.0.1:${routePort}`, keys: fakeKeys, plans: 200, concurrency: options.concurrency, seed: options.seed + 1000, tag: 'warm' });
  const bullPlans = Math.max(baselinePlans, Math.ceil(1000 / Math.max(jobsPerPlan, 1)));
  const jobsPerRound = Math.round(bullPlans * jobsPerPlan);

  // HTTP: the bare Nest route, same load generator, same bodies.
  const httpRound = async () => {
    const http = await runLoad({ baseUrl: `http://127.0.0.1:${routePort}`, keys: fakeKeys, plans: baselinePlans * 4, concurrency: options.concurrency, seed: options.seed, tag: 'base' });
    if (http.errors > 0) throw new Error(`the bare Nest route answered errors: ${http.plans.find((plan) => plan.error)?.error}`);
    return { http, rate: http.requests / ((http.endedAt - http.startedAt) / 1000) };
  };
  // BullMQ: no-op jobs, as many per plan as the pipeline made; the worker counts completions across rounds.
  const bullRound = async (index: number) => {
    const done = bullWorker.request<{ lastAt: number }>({ cmd: 'wait', total: jobsPerRound * (index + 1) });
    const produced = await bullProducer.request<{ startedAt: number; endedAt: number }>({ cmd: 'produce', round: index, plans: bullPlans, jobsPerPlan, concurrency: options.concurrency });
    const { lastAt } = await done;
    return jobsPerRound / ((lastAt - produced.startedAt) / 1000);
  };
  // pg: transactions of the same count and size per plan.
  const pgRound = async () => {
    const run = await pgBase.request<{ startedAt: number; endedAt: number; transactions: number; statements: number }>({
      cmd: 'run',
      databaseUrl: dbUrl,
      plans: baselinePlans,
      profile: txProfile,
      connections: 20,
    });
    return { run, rate: run.transactions / ((run.endedAt - run.startedAt) / 1000) };
  };

  // A baseline runs for a few seconds, and a busy moment of the machine in them moved one run's
  // ceiling by half against the next: each is measured in several rounds, interleaved, and its median taken.
  const rounds = options.smoke ? 1 : BASELINE_ROUNDS;
  const httpRuns: Awaited<ReturnType<typeof httpRound>>[] = [];
  const bullRates: number[] = [];
  const pgRuns: Awaited<ReturnType<typeof pgRound>>[] = [];
  for (let index = 0; index < rounds; index += 1) {
    httpRuns.push(await httpRound());
    bullRates.push(await bullRound(index));
    pgRuns.push(await pgRound());
    log(`baselines, round ${index + 1} of ${rounds}: http ${httpRuns[index].rate.toFixed(0)} req/s, bullmq ${bullRates[index].toFixed(0)} jobs/s, pg ${pgRuns[index].rate.toFixed(0)} tx/s`);
  }
  const rates = { http: httpRuns.map((each) => each.rate), bullmq: bullRates, pg: pgRuns.map((each) => each.rate) };
  const { http } = httpRuns[0];
  const { run: pgRun } = pgRuns[0];
  await Promise.all(baselineProcesses.map((each) => each.stop()));
  const requestsPerSecond = quantile(rates.http, 0.5);
  const jobsPerSecond = quantile(rates.bullmq, 0.5);
  const txPerSecond = quantile(rates.pg, 0.5);
  const spread = (values: number[]) => ({ rounds: values.length, min: round(Math.min(...values), 1), max: round(Math.max(...values), 1) });

  const txPerPlan = explicitTx + autocommit;
  const allowances: [string, number][] = [
    ['BullMQ jobs', jobsPerSecond / Math.max(jobsPerPlan, 1e-9)],
    ['pg transactions', txPerSecond / Math.max(txPerPlan, 1e-9)],
    ['HTTP requests', requestsPerSecond / 2],
  ];
  const [limitedBy, ceiling] = allowances.reduce((low, entry) => (entry[1] < low[1] ? entry : low));
  const baselines: NonNullable<BenchResult['baselines']> = {
    bullmq: { jobs: jobsPerRound, jobsPerSecond: round(jobsPerSecond, 1), ...spread(rates.bullmq), jobsPerPlan, plansPerSecond: round(allowances[0][1], 2) },
    pg: { transactions: pgRun.transactions, statements: pgRun.statements, txPerSecond: round(txPerSecond, 1), ...spread(rates.pg), txPerPlan: round(txPerPlan, 2), plansPerSecond: round(allowances[1][1], 2) },
    http: {
      requests: http.requests,
      requestsPerSecond: round(requestsPerSecond, 1),
      ...spread(rates.http),
      requestsPerPlan: 2,
      plansPerSecond: round(allowances[2][1], 2),
      createMs: summarise(http.plans.map((plan) => plan.createMs).filter(Number.isFinite)),
    },
    ceiling: round(ceiling, 2),
    limitedBy,
    efficiency: round(pipeline.checkedPerSecond / ceiling, 3),
  };
  const clean = pipeline.errors + latency.errors === 0 && pipeline.unchecked + latency.unchecked === 0 && pipeline.failedJobs === 0 && pipeline.checkErrors === 0;
  return { pipeline, latency, redis: redisFigures, baselines, profiles, clean, redisVersion };
}

// ---------------------------------------------------------------- part 3: overlap scaling

async function overlapPart(options: BenchOptions, dbPrefix: string): Promise<NonNullable<BenchResult['overlap']>> {
  const names = options.overlapSizes.map((size) => `${dbPrefix}_overlap_${size}`);
  const urls: string[] = [];
  for (const name of names) {
    urls.push(await recreateDatabase(options.databaseUrl, name));
    if (!options.keep) cleanups.push(() => dropDatabase(options.databaseUrl, name));
  }
  log(`overlap scaling: ${options.overlapSizes.join(', ')} active plans, ${options.overlapSamples} checks timed at each`);
  const child = TsProcess.start('overlap', 'bench/overlap.ts');
  cleanups.push(() => child.stop());
  child.onMessage((message) => typeof message.progress === 'string' && log(`  ${message.progress}`));
  await child.ready();
  const sizes = await child.request<OverlapResult[]>({ cmd: 'run', databaseUrls: urls, sizes: options.overlapSizes, samples: options.overlapSamples, seed: options.seed + 100 }, 30 * 60_000);
  await child.stop();
  return { sizes, p95Ratio: round(sizes[sizes.length - 1].total.p95 / sizes[0].total.p95, 2) };
}

// ---------------------------------------------------------------- the run

function verdict(result: BenchResult, clean: boolean): TargetCheck[] {
  const targets: TargetCheck[] = [];
  const { pipeline, latency, baselines, overlap, redis } = result;
  if (pipeline && latency && baselines && redis) {
    targets.push({
      target: 'efficiency ≥ 0.40, zero errors, every plan checked',
      measured: `${baselines.efficiency} (${pipeline.checkedPerSecond} ÷ ${baselines.ceiling} plans/s); ${clean ? 'no errors, all checked' : 'ERRORS or unchecked plans'}`,
      met: baselines.efficiency >= 0.4 && clean,
    });
    targets.push({
      target: 'submit to checked p99 < 1 s at half the maximum throughput',
      measured: `${latency.submitToCheckedMs.p99} ms at ${latency.ratePerSecond} plans/s${latency.queuesDrainedBefore ? '' : ' (queues not drained before)'}`,
      met: latency.submitToCheckedMs.p99 < 1000,
    });
  }
  if (overlap) {
    const largest = overlap.sizes[overlap.sizes.length - 1];
    targets.push({
      target: 'overlap p95 at 100,000 plans < 50 ms',
      measured: `${largest.total.p95} ms at ${largest.plans.toLocaleString('en-US')}`,
      met: largest.plans >= 100_000 ? largest.total.p95 < 50 : null,
    });
    targets.push({
      target: 'overlap p95(100k) ÷ p95(1k) ≤ 3',
      measured: `${overlap.p95Ratio} (${largest.plans.toLocaleString('en-US')} ÷ ${overlap.sizes[0].plans.toLocaleString('en-US')})`,
      met: largest.plans >= 100_000 ? overlap.p95Ratio <= 3 : null,
    });
  }
  if (pipeline && redis) {
    targets.push({
      target: 'worker RSS flat (within 20%) from first to last quarter of a 10,000-plan run',
      measured: `${pipeline.rss.workerFirstQuarterMb} → ${pipeline.rss.workerLastQuarterMb} MB (${round(pipeline.rss.workerGrowth * 100, 1)}%) over ${pipeline.plans} plans`,
      met: pipeline.plans >= 10_000 ? Math.abs(pipeline.rss.workerGrowth) <= 0.2 : null,
    });
    targets.push({
      target: 'Redis memory bounded by job retention',
      measured: `${redis.usedMemoryAfterMb} MB; completed jobs kept: ${Object.entries(redis.retained)
        .filter(([, counts]) => counts.completed > 0)
        .map(([queue, counts]) => `${queue} ${counts.completed}`)
        .join(', ')} (limit ${redis.retentionCount} per queue)`,
      met: redis.bounded,
    });
  }
  return targets;
}

async function main(options: BenchOptions): Promise<number> {
  const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  // BENCH_DATABASE lets two runs share a PostgreSQL server without dropping each other's databases.
  const dbPrefix = process.env.BENCH_DATABASE ?? (options.smoke ? 'accord_bench_smoke' : 'accord_bench');
  const result: BenchResult = {
    date: new Date().toISOString(),
    smoke: options.smoke,
    machine: { cpus: cpus().length, node: process.versions.node, postgres: '?', redis: '?' },
    options: { ...options, databaseUrl: undefined },
    durationSeconds: 0,
    pipeline: null,
    latency: null,
    redis: null,
    baselines: null,
    overlap: null,
    targets: [],
  };
  result.machine.postgres = await admin(options.databaseUrl, async (client) => (await client.query<{ v: string }>('select current_setting($1) as v', ['server_version'])).rows[0].v);
  let clean = true;
  if (options.only !== 'overlap') {
    const { clean: pipelineClean, redisVersion, ...parts } = await pipelinePart(options, stamp, dbPrefix);
    Object.assign(result, parts);
    result.machine.redis = redisVersion;
    clean = pipelineClean;
  }
  if (options.only !== 'pipeline' && !options.skipOverlap) {
    try {
      result.overlap = await overlapPart(options, dbPrefix);
    } catch (error) {
      result.overlapError = (error as Error).message;
      console.error(`overlap scaling failed: ${result.overlapError}`);
      clean = false;
    }
  }
  result.targets = verdict(result, clean);
  result.durationSeconds = round((Date.now() - started) / 1000, 1);
  const out = options.out ?? join(ROOT, 'bench/results', `${stamp}${options.smoke ? '-smoke' : ''}.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${markdown(result)}\n`);
  log(`results written to ${relative(process.cwd(), out)}`);
  return clean ? 0 : 1;
}

let options: BenchOptions;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}
main(options)
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (error: Error) => {
    console.error(`bench failed: ${error.stack ?? error.message}`);
    await cleanup();
    process.exit(1);
  });
