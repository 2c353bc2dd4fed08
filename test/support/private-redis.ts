import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from './free-port';

export interface PrivateRedisOptions {
  /**
   * Keep the data in an append-only file, fsynced every second, as production does (`appendonly
   * yes`): what was queued before a shutdown is there after a restart.
   */
  appendOnly?: boolean;
}

/**
 * A redis-server of the test's own, on a port of its own, that the test may stop and start again
 * without disturbing anything else. It runs with `maxmemory-policy noeviction`, as the service
 * requires.
 */
export class PrivateRedis {
  private process: ChildProcess | null = null;
  private dir: string | null = null;

  private constructor(
    readonly port: number,
    private readonly options: PrivateRedisOptions,
  ) {}

  static async start(options: PrivateRedisOptions = {}): Promise<PrivateRedis> {
    const redis = await PrivateRedis.reserve(options);
    await redis.start();
    return redis;
  }

  /** A port for a Redis that is not running yet: for services that must cope with a late Redis. */
  static async reserve(options: PrivateRedisOptions = {}): Promise<PrivateRedis> {
    return new PrivateRedis(await freePort(), options);
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts the server unless it runs already (a second one could not bind the port, and the first would be left running when stopped). */
  async start(): Promise<void> {
    if (this.running) return;
    const persistence = this.options.appendOnly
      ? ['--dir', (this.dir ??= await mkdtemp(join(tmpdir(), 'accord-redis-'))), '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '']
      : ['--save', '', '--appendonly', 'no'];
    this.process = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--maxmemory-policy', 'noeviction', ...persistence], { stdio: 'ignore' });
    // Loading a large append-only file takes a while, during which Redis answers LOADING.
    const deadline = Date.now() + 20000;
    for (;;) {
      const client = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      client.on('error', () => undefined);
      try {
        await client.connect();
        await client.ping();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`redis-server did not start on ${this.port}: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        client.disconnect();
      }
    }
  }

  /** Kills the server outright: a crash, or a machine gone. */
  async stop(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** Stops the server as an operator would (SIGTERM): it flushes its append-only file and exits. */
  async shutDown(): Promise<void> {
    await this.signal('SIGTERM');
  }

  /** Freezes the server (SIGSTOP): its connections stay open and nothing it is sent is answered. */
  pause(): void {
    this.process?.kill('SIGSTOP');
  }

  resume(): void {
    this.process?.kill('SIGCONT');
  }

  /** Stops the server for good and removes its files. */
  async dispose(): Promise<void> {
    await this.stop();
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
    this.dir = null;
  }

  private get running(): boolean {
    return this.process !== null && this.process.exitCode === null && this.process.signalCode === null;
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.process;
    if (!child || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    this.process = null;
  }
}
