/**
 * The load generator, a process of its own: creates and submits plans over HTTP, either as fast as
 * a fixed number of clients can (closed loop, `concurrency`), or at a fixed arrival rate (open loop,
 * `rate` plans per second). Each plan is `POST /v1/plans` (with an Idempotency-Key, as partners are
 * told to send) then `POST /v1/plans/{id}/submit`, with the key of its lead partner. The same code
 * drives the bare Nest route baseline, which serves the same two paths.
 *
 * Driven over IPC by bench/run.ts: {cmd:'run', ...LoadOptions} answers a LoadResult; {cmd:'stop'}
 * makes a run under way start no more plans (the bench's time budget).
 */
import { Agent, request } from 'node:http';
import { planStream } from './lib/plans';
import { serveRuns } from './lib/processes';

export interface LoadOptions {
  baseUrl: string;
  /** Bearer token per lead partner code; plans led by a partner without a key are skipped. */
  keys: Record<string, string>;
  plans: number;
  concurrency: number;
  /** Plans per second (open loop); closed loop at `concurrency` when absent. */
  rate?: number;
  seed: number;
  /** Prefix of the idempotency keys, unique per run phase. */
  tag: string;
}

export interface PlanTiming {
  id: string | null;
  /** Epoch ms when the create request was sent. */
  startedAt: number;
  createMs: number;
  submitMs: number;
  /** Epoch ms when the submit was answered. */
  submittedAt: number;
  error?: string;
}

export interface LoadResult {
  startedAt: number;
  endedAt: number;
  plans: PlanTiming[];
  errors: number;
  bodyBytes: number;
  requests: number;
}

interface Answer {
  status: number;
  body: string;
  ms: number;
}

function post(agent: Agent, url: URL, path: string, token: string | undefined, body: string | undefined, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), ms: performance.now() - started }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Set by {cmd:'stop'}: start no more plans (those under way finish). */
let stopped = false;

async function run(options: LoadOptions): Promise<LoadResult> {
  stopped = false;
  const url = new URL(options.baseUrl);
  const maxInFlight = options.rate ? Math.max(options.concurrency, 256) : options.concurrency;
  const agent = new Agent({ keepAlive: true, maxSockets: maxInFlight });
  const stream = planStream(options.seed);
  const work: { token: string; body: string }[] = [];
  let bodyBytes = 0;
  while (work.length < options.plans) {
    const { lead, body } = stream.next().value!;
    const token = options.keys[lead];
    if (!token) continue;
    const text = JSON.stringify(body);
    bodyBytes += Buffer.byteLength(text);
    work.push({ token, body: text });
  }

  const plans: PlanTiming[] = [];
  let errors = 0;
  let requests = 0;
  const one = async (index: number): Promise<void> => {
    const { token, body } = work[index];
    const startedAt = Date.now();
    const timing: PlanTiming = { id: null, startedAt, createMs: Number.NaN, submitMs: Number.NaN, submittedAt: Number.NaN };
    plans.push(timing);
    try {
      requests += 1;
      const created = await post(agent, url, '/v1/plans', token, body, { 'idempotency-key': `${options.tag}-${index}` });
      timing.createMs = created.ms;
      if (created.status !== 201) throw new Error(`create answered ${created.status}: ${created.body.slice(0, 300)}`);
      const id = (JSON.parse(created.body) as { id: string }).id;
      timing.id = id;
      requests += 1;
      const submitted = await post(agent, url, `/v1/plans/${id}/submit`, token, undefined);
      timing.submitMs = submitted.ms;
      timing.submittedAt = Date.now();
      if (submitted.status !== 202) throw new Error(`submit answered ${submitted.status}: ${submitted.body.slice(0, 300)}`);
    } catch (error) {
      errors += 1;
      timing.error = (error as Error).message;
    }
  };

  const startedAt = Date.now();
  if (options.rate) {
    const interval = 1000 / options.rate;
    const inFlight = new Set<Promise<void>>();
    const t0 = performance.now();
    for (let index = 0; index < work.length && !stopped; index += 1) {
      const due = t0 + index * interval;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
      const task = one(index).finally(() => inFlight.delete(task));
      inFlight.add(task);
    }
    await Promise.all(inFlight);
  } else {
    let next = 0;
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (next < work.length && !stopped) await one(next++);
      }),
    );
  }
  const endedAt = Date.now();
  agent.destroy();
  return { startedAt, endedAt, plans, errors, bodyBytes: Math.round(bodyBytes / work.length), requests };
}

process.on('message', (message: { id: number; cmd: string }) => {
  if (message.cmd !== 'stop') return;
  stopped = true;
  process.send!({ id: message.id, result: { stopped: true } });
});
serveRuns<{ id: number; cmd: string } & LoadOptions>(run);
