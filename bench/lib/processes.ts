import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const REGISTER_TS = join(ROOT, 'test/support/register-ts.js');
const INSTRUMENT = join(ROOT, 'bench/support/instrument.js');

/**
 * Answers the bench's `run` requests in a child process, each with its result or its error, and
 * tells the bench the process is ready.
 */
export function serveRuns<M extends { id: number; cmd: string }>(run: (message: M) => Promise<unknown>): void {
  process.on('message', (message: M) => {
    if (message.cmd !== 'run') return;
    run(message).then(
      (result) => process.send!({ id: message.id, result }),
      (error: Error) => process.send!({ id: message.id, error: error.stack ?? error.message }),
    );
  });
  process.send?.({ ready: true });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A Node process running a TypeScript entry point through the SWC hook, with an IPC channel: the
 * api and the worker (instrumented), the load generator and the baselines.
 */
export class TsProcess {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly listeners: ((message: Record<string, unknown>) => void)[] = [];
  readonly exited: Promise<number | null>;
  private stderrTail = '';
  /** Kept when it comes, so that processes started together can be awaited one after the other. */
  private readyMessage?: Record<string, unknown>;

  private constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    child.on('message', (message: Record<string, unknown>) => {
      const id = typeof message?.id === 'number' ? message.id : undefined;
      const waiting = id === undefined ? undefined : this.pending.get(id);
      if (waiting) {
        this.pending.delete(id!);
        if (typeof message.error === 'string') waiting.reject(new Error(`${name}: ${message.error}`));
        else waiting.resolve(message.result);
        return;
      }
      if (message?.ready) this.readyMessage = message;
      for (const listener of this.listeners) listener(message);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      this.stderrTail = (this.stderrTail + text).slice(-4000);
      if (process.env.BENCH_VERBOSE) process.stderr.write(`[${name}] ${text}`);
    });
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    this.exited.then(() => {
      for (const [, waiting] of this.pending) waiting.reject(new Error(`${name} exited (${this.describeExit()}): ${this.stderrTail.slice(-800)}`));
      this.pending.clear();
    });
  }

  static start(name: string, entry: string, options: { env?: Record<string, string>; instrument?: boolean; args?: string[]; nodeArgs?: string[] } = {}): TsProcess {
    const nodeArgs = [...(options.nodeArgs ?? []), ...(options.instrument ? ['-r', INSTRUMENT] : []), '-r', REGISTER_TS, join(ROOT, entry), ...(options.args ?? [])];
    const child = spawn(process.execPath, nodeArgs, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    return new TsProcess(name, child);
  }

  get pid(): number {
    return this.child.pid!;
  }

  get stderr(): string {
    return this.stderrTail;
  }

  describeExit(): string {
    return this.child.signalCode ? `signal ${this.child.signalCode}` : `code ${this.child.exitCode}`;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends a command and waits for its answer (the child answers `{id, result}` or `{id, error}`). */
  request<T>(message: Record<string, unknown>, timeoutMs = 600_000): Promise<T> {
    if (!this.running) return Promise.reject(new Error(`${this.name} is not running (${this.describeExit()}): ${this.stderrTail.slice(-800)}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.name}: no answer to ${String(message.cmd)} in ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.child.send({ ...message, id });
    });
  }

  onMessage(listener: (message: Record<string, unknown>) => void): void {
    this.listeners.push(listener);
  }

  /** Waits for the child's `{ready: true}` (the entry points of bench/ send it once listening). */
  ready(timeoutMs = 60_000): Promise<Record<string, unknown>> {
    if (this.readyMessage) return Promise.resolve(this.readyMessage);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} did not get ready in ${timeoutMs} ms: ${this.stderrTail.slice(-800)}`)), timeoutMs);
      this.onMessage((message) => {
        if (message.ready) {
          clearTimeout(timer);
          resolve(message);
        }
      });
      void this.exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited before it was ready (${this.describeExit()}): ${this.stderrTail.slice(-1500)}`));
      });
    });
  }

  /** SIGTERM (a graceful shutdown), then SIGKILL after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.running && this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

/** Resident memory (bytes) and CPU time (seconds, user + system) of a process, from /proc. */
export function processUsage(pid: number): { rss: number; cpuSeconds: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 'NaN');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { rss: rssKb * 1024, cpuSeconds: ticks / 100 };
  } catch {
    return null;
  }
}

/** Machine-wide busy CPU seconds (all cores), from /proc/stat. */
export function machineCpuSeconds(): number {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
    return (user + nice + system + irq + softirq + steal) / 100;
  } catch {
    return Number.NaN;
  }
}

export interface RssSample {
  t: number;
  rss: number;
}

/** Samples the RSS of some processes every `everyMs`. */
export class RssSampler {
  readonly samples = new Map<string, RssSample[]>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly pids: Record<string, number>,
    private readonly everyMs = 200,
  ) {
    for (const name of Object.keys(pids)) this.samples.set(name, []);
  }

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }

  private sample(): void {
    const t = Date.now();
    for (const [name, pid] of Object.entries(this.pids)) {
      const usage = processUsage(pid);
      if (usage) this.samples.get(name)!.push({ t, rss: usage.rss });
    }
  }

  peak(name: string): number {
    return Math.max(0, ...(this.samples.get(name) ?? []).map((sample) => sample.rss));
  }

  /** Mean RSS over the first and the last quarter of [from, to]. */
  quarters(name: string, from: number, to: number): { first: number; last: number } {
    const samples = (this.samples.get(name) ?? []).filter((sample) => sample.t >= from && sample.t <= to);
    const span = to - from;
    const avg = (list: RssSample[]) => (list.length ? list.reduce((sum, sample) => sum + sample.rss, 0) / list.length : Number.NaN);
    return {
      first: avg(samples.filter((sample) => sample.t <= from + span / 4)),
      last: avg(samples.filter((sample) => sample.t >= to - span / 4)),
    };
  }
}
