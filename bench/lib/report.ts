import type { Summary } from './stats';

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

export interface BenchResult {
  date: string;
  smoke: boolean;
  machine: { cpus: number; node: string; postgres: string; redis: string };
  options: Record<string, unknown>;
  durationSeconds: number;
  pipeline: {
    plans: number;
    requestedPlans: number;
    stoppedByBudget: boolean;
    concurrency: number;
    rate: number | null;
    workers: number;
    bodyBytes: number;
    acceptedPerSecond: number;
    checkedPerSecond: number;
    drainSeconds: number;
    drained: boolean;
    createMs: Summary;
    submitMs: Summary;
    submitToCheckedMs: Summary;
    errors: number;
    unchecked: number;
    failedJobs: number;
    checkErrors: number;
    jobsPerPlan: number;
    jobsPerPlanByQueue: Record<string, number>;
    extraCheckRuns: { overlapReruns: number; repeatedChecks: number };
    jobMsByName: Record<string, { perPlan: number; meanMs: number }>;
    queriesPerPlan: { api: number; worker: number; total: number };
    transactionsPerPlan: { explicit: number; statementsInTx: number; autocommit: number; total: number; pgXactCommit: number };
    writeShare: number;
    writeBytes: number;
    topQueriesPerPlan: { process: string; perPlan: number; sql: string }[];
    cpuSecondsPerPlan: { api: number; worker: number; machine: number; postgres: number; redis: number; loadGenerator: number };
    machineCpuBusy: number;
    rss: {
      apiPeakMb: number;
      workerPeakMb: number;
      workerFirstQuarterMb: number;
      workerLastQuarterMb: number;
      workerGrowth: number;
      apiFirstQuarterMb: number;
      apiLastQuarterMb: number;
    };
    progress: { t: number; checked: number }[];
    recommendations: Record<string, number>;
    checkStatuses: Record<string, number>;
  } | null;
  latency: {
    ratePerSecond: number;
    plans: number;
    submitToCheckedMs: Summary;
    createMs: Summary;
    submitMs: Summary;
    errors: number;
    unchecked: number;
    queuesDrainedBefore: boolean;
    breakdown: { submittedToReviewStartedMs: Summary; reviewStartedToCompletedMs: Summary; outboxWaitMs: Summary };
  } | null;
  redis: {
    usedMemoryBeforeMb: number;
    usedMemoryAfterMb: number;
    keys: number;
    retained: Record<string, Record<string, number>>;
    retentionCount: number;
    bounded: boolean;
  } | null;
  baselines: {
    bullmq: { jobs: number; jobsPerSecond: number; jobsPerPlan: number; plansPerSecond: number } & Spread;
    pg: { transactions: number; statements: number; txPerSecond: number; txPerPlan: number; plansPerSecond: number } & Spread;
    http: { requests: number; requestsPerSecond: number; requestsPerPlan: number; plansPerSecond: number; createMs: Summary } & Spread;
    ceiling: number;
    limitedBy: string;
    efficiency: number;
  } | null;
  overlap: {
    sizes: { plans: number; footprintRows: number; seedMs: number; samples: number; total: Summary; query: Summary; scoring: Summary; candidates: { mean: number; max: number }; findings: { mean: number } }[];
    p95Ratio: number;
  } | null;
  overlapError?: string;
  profiles?: Record<string, unknown>;
  targets: TargetCheck[];
}

/** A baseline's rate is the median of its rounds; these are the lowest and highest of them. */
interface Spread {
  rounds: number;
  min: number;
  max: number;
}

const f = (value: number, places = 1) => (Number.isFinite(value) ? value.toFixed(places) : 'n/a');
const ms = (value: number) => (Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value.toFixed(1)) : 'n/a');
const mark = (met: boolean | null) => (met === null ? 'n/a' : met ? 'met' : 'NOT met');

/** The markdown tables of a run. */
export function markdown(result: BenchResult): string {
  const { pipeline: p, latency: l, baselines: b, redis: r } = result;
  const lines: string[] = [];
  lines.push(
    `### Bench ${result.date}${result.smoke ? ' (smoke)' : ''}: ${p ? `${p.plans} plans, ${p.rate ? `${p.rate} plans/s` : `concurrency ${p.concurrency}`}, ${p.workers === 1 ? '1 worker' : `${p.workers} worker processes`}, ` : ''}${result.machine.cpus} CPUs, Node ${result.machine.node}, PostgreSQL ${result.machine.postgres}, Redis ${result.machine.redis}, ${result.durationSeconds} s`,
  );
  lines.push('');
  if (p && l && r) {
    lines.push('| pipeline | value |');
    lines.push('|---|---|');
    if (p.stoppedByBudget) lines.push(`| plans (time budget reached) | ${p.plans} of ${p.requestedPlans} |`);
    lines.push(`| plans accepted per second (create + submit) | ${f(p.acceptedPerSecond)} |`);
    lines.push(`| plans fully checked per second (to awaiting_decision) | ${f(p.checkedPerSecond)} |`);
    lines.push(`| create latency p50 / p99 | ${ms(p.createMs.p50)} / ${ms(p.createMs.p99)} ms |`);
    lines.push(`| submit latency p50 / p99 | ${ms(p.submitMs.p50)} / ${ms(p.submitMs.p99)} ms |`);
    lines.push(`| submit to checked p50 / p99, at full load (backlog included) | ${ms(p.submitToCheckedMs.p50)} / ${ms(p.submitToCheckedMs.p99)} ms |`);
    lines.push(`| follow-up jobs after the last plan was checked | ${p.drained ? `drained in ${f(p.drainSeconds)} s` : `NOT drained in ${f(p.drainSeconds)} s`} |`);
    lines.push(
      `| submit to checked p50 / p99, at half the throughput (${f(l.ratePerSecond)} plans/s, ${l.plans} plans) | ${ms(l.submitToCheckedMs.p50)} / ${ms(l.submitToCheckedMs.p99)} ms${l.queuesDrainedBefore ? '' : ' (backlog left)'} |`,
    );
    lines.push(
      `| … of which submitted → review started / review started → completed (p50, p99); outbox rows' wait for the relay | ${ms(l.breakdown.submittedToReviewStartedMs.p50)}, ${ms(l.breakdown.submittedToReviewStartedMs.p99)} / ${ms(l.breakdown.reviewStartedToCompletedMs.p50)}, ${ms(l.breakdown.reviewStartedToCompletedMs.p99)} ms; ${ms(l.breakdown.outboxWaitMs.p50)}, ${ms(l.breakdown.outboxWaitMs.p99)} ms |`,
    );
    lines.push(`| errors / plans not checked / failed jobs / CHECK_ERROR results | ${p.errors + l.errors} / ${p.unchecked + l.unchecked} / ${p.failedJobs} / ${p.checkErrors} |`);
    lines.push(
      `| jobs per plan | ${f(p.jobsPerPlan, 2)} (${Object.entries(p.jobsPerPlanByQueue)
        .map(([queue, count]) => `${queue} ${f(count, 2)}`)
        .join(', ')}; overlap reruns ${f(p.extraCheckRuns.overlapReruns, 2)}, repeated checks ${f(p.extraCheckRuns.repeatedChecks, 2)}) |`,
    );
    lines.push(`| SQL statements per plan (api + worker) | ${f(p.queriesPerPlan.total)} (${f(p.queriesPerPlan.api)} + ${f(p.queriesPerPlan.worker)}) |`);
    lines.push(
      `| transactions per plan | ${f(p.transactionsPerPlan.total)}: ${f(p.transactionsPerPlan.explicit)} BEGIN…COMMIT holding ${f(p.transactionsPerPlan.statementsInTx)} statements + ${f(p.transactionsPerPlan.autocommit)} autocommit (pg_stat_database: ${f(p.transactionsPerPlan.pgXactCommit)}) |`,
    );
    lines.push(
      `| CPU time per plan: api / worker / PostgreSQL backends / Redis / load generator; whole machine | ${[p.cpuSecondsPerPlan.api, p.cpuSecondsPerPlan.worker, p.cpuSecondsPerPlan.postgres, p.cpuSecondsPerPlan.redis, p.cpuSecondsPerPlan.loadGenerator].map((seconds) => f(seconds * 1000)).join(' / ')} ms; ${f(p.cpuSecondsPerPlan.machine * 1000)} ms (machine ${f(p.machineCpuBusy * 100, 0)}% busy, other processes included) |`,
    );
    lines.push(`| api peak RSS / worker peak RSS${p.workers > 1 ? ' (largest worker)' : ''} | ${f(p.rss.apiPeakMb)} / ${f(p.rss.workerPeakMb)} MB |`);
    lines.push(`| worker RSS, first → last quarter of the run${p.workers > 1 ? ' (first worker)' : ''} | ${f(p.rss.workerFirstQuarterMb)} → ${f(p.rss.workerLastQuarterMb)} MB (${p.rss.workerGrowth >= 0 ? '+' : ''}${f(p.rss.workerGrowth * 100)}%) |`);
    lines.push(`| Redis used_memory before → after | ${f(r.usedMemoryBeforeMb)} → ${f(r.usedMemoryAfterMb)} MB, ${r.keys} keys; completed jobs kept per queue ≤ ${r.retentionCount}: ${r.bounded ? 'yes' : 'NO'} |`);
    lines.push('');
  }
  if (b) {
    const spread = (each: Spread) => (each.rounds > 1 ? ` (${f(each.min, 0)}–${f(each.max, 0)})` : '');
    lines.push(`| baseline (same run, same servers) | measured${b.pg.rounds > 1 ? `: median of ${b.pg.rounds} rounds (lowest–highest)` : ''} | per plan | plans/s it allows |`);
    lines.push('|---|---|---|---|');
    lines.push(`| bare BullMQ, no-op jobs | ${f(b.bullmq.jobsPerSecond, 0)} jobs/s${spread(b.bullmq)} | ${f(b.bullmq.jobsPerPlan, 2)} jobs | ${f(b.bullmq.plansPerSecond)} |`);
    lines.push(`| raw pg transactions | ${f(b.pg.txPerSecond, 0)} tx/s${spread(b.pg)} | ${f(b.pg.txPerPlan, 1)} tx | ${f(b.pg.plansPerSecond)} |`);
    lines.push(`| bare Nest route, Fastify, class-validator | ${f(b.http.requestsPerSecond, 0)} req/s${spread(b.http)} | ${b.http.requestsPerPlan} req | ${f(b.http.plansPerSecond)} |`);
    lines.push(`| **ceiling** (lowest: ${b.limitedBy}) | | | **${f(b.ceiling)}** |`);
    lines.push(`| **efficiency** = checked/s ÷ ceiling | | | **${f(b.efficiency, 3)}** |`);
    lines.push('');
  }
  if (result.overlap) {
    lines.push('| overlap check, active plans | footprint rows | p50 | p95 | query p95 | scoring p95 | candidates (mean) |');
    lines.push('|---|---|---|---|---|---|---|');
    for (const size of result.overlap.sizes) {
      lines.push(`| ${size.plans.toLocaleString('en-US')} | ${size.footprintRows.toLocaleString('en-US')} | ${ms(size.total.p50)} ms | ${ms(size.total.p95)} ms | ${ms(size.query.p95)} ms | ${ms(size.scoring.p95)} ms | ${f(size.candidates.mean)} |`);
    }
    lines.push(`| p95(largest) ÷ p95(smallest) | | | **${f(result.overlap.p95Ratio, 2)}** | | | |`);
    lines.push('');
  }
  if (result.overlapError) lines.push(`Overlap scaling failed: ${result.overlapError}\n`);
  lines.push('| target | measured | |');
  lines.push('|---|---|---|');
  for (const target of result.targets) lines.push(`| ${target.target} | ${target.measured} | ${mark(target.met)} |`);
  return lines.join('\n');
}
