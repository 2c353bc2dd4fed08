import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { AppConfig } from '@accord/shared';

const ROOT = join(__dirname, '..', '..');

/** The environment that gives a separate process the same configuration as a test stack. */
export function environmentOf(config: AppConfig): Record<string, string> {
  return {
    DATABASE_URL: config.databaseUrl,
    DATABASE_APP_ROLE: config.databaseAppRole ?? 'none',
    REDIS_URL: config.redisUrl,
    QUEUE_PREFIX: config.queuePrefix,
    LOG_LEVEL: 'warn',
    WORKER_CONCURRENCY: String(config.workerConcurrency),
    OUTBOX_POLL_MS: String(config.outboxPollMs),
    CHECK_ATTEMPTS: String(config.checkAttempts),
    CHECK_BACKOFF_MS: String(config.checkBackoffMs),
    RECONCILE_EVERY_MS: String(config.reconcileEveryMs),
    RECONCILE_AFTER_MS: String(config.reconcileAfterMs),
    WORKER_METRICS_PORT: '0',
    WORKER_LOCK_MS: String(config.workerLockMs),
    REVIEW_SLA_HOURS: String(config.reviewSlaHours),
    ESCALATION_EVERY_MS: String(config.escalationEveryMs),
  };
}

/** A real api or worker process, run from the TypeScript sources, that a test may kill. */
export class ServiceProcess {
  private constructor(private readonly child: ChildProcess) {}

  static start(app: 'api' | 'worker', config: AppConfig, env: Record<string, string> = {}): ServiceProcess {
    const child = spawn(process.execPath, ['-r', join(ROOT, 'test/support/register-ts.js'), join(ROOT, `apps/${app}/src/main.ts`)], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...environmentOf(config), ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return new ServiceProcess(child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Freezes the process (SIGSTOP): it holds its connections and locks but runs nothing. */
  pause(): void {
    this.child.kill('SIGSTOP');
  }

  /** Lets a frozen process run again (SIGCONT), from where it stopped. */
  resume(): void {
    this.child.kill('SIGCONT');
  }

  /** Sends the signal and resolves when the process has exited, with how long that took. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<{ ms: number }> {
    const started = Date.now();
    if (this.child.exitCode !== null || this.child.signalCode !== null) return { ms: 0 };
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill(signal);
    await exited;
    return { ms: Date.now() - started };
  }
}

/** The worker as a process of its own. */
export const WorkerProcess = {
  start: (config: AppConfig, env: Record<string, string> = {}) => ServiceProcess.start('worker', config, env),
};
export type WorkerProcess = ServiceProcess;
