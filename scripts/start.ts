import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  redisAnswers,
  SetupError,
  spawnDetached,
  startEmbeddedPostgres,
  startPrivateRedis,
  stopProcess,
  type LocalService,
} from './local-services';

/**
 * `npm start`: runs Accord on a bare machine. Without DATABASE_URL it runs an embedded PostgreSQL (data kept in
 * .data/postgres); without REDIS_URL it uses the Redis on 127.0.0.1:6379 or starts a private one. It then
 * applies migrations and runs the API and the worker until Ctrl-C, and stops everything it started, in order.
 */

const root = resolve(__dirname, '..', '..'); // this file runs as dist/scripts/start.js
const services: LocalService[] = []; // stopped last, newest first
const children = new Set<ChildProcess>(); // migrate, api, worker while they run
let stopping = false;
let shutdownDone: Promise<never> | undefined;
let setup: Promise<void> = Promise.resolve();

function say(message: string): void {
  console.log(`[accord] ${message}`);
}

/** An unset or empty variable counts as absent, as in the app's own config loader. */
function env(name: string): string | undefined {
  return process.env[name] || undefined;
}

function portFrom(name: string, fallback: number): number {
  const value = env(name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
    throw new SetupError(`${name} must be a TCP port number (1-65535), not "${value}".`);
  }
  return Number(value);
}

async function bringUp(): Promise<void> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  const apiPort = portFrom('PORT', 3000);

  if (env('DATABASE_URL')) {
    say('Using the PostgreSQL in DATABASE_URL.');
  } else {
    const port = portFrom('ACCORD_EMBEDDED_PG_PORT', 54329);
    say(`DATABASE_URL is not set: starting the embedded PostgreSQL on 127.0.0.1:${port}.`);
    const postgres = await startEmbeddedPostgres(join(root, '.data', 'postgres'), port, say);
    services.push(postgres);
    childEnv.DATABASE_URL = postgres.url;
  }
  if (stopping) return;

  if (env('REDIS_URL')) {
    say('Using the Redis in REDIS_URL.');
  } else {
    childEnv.REDIS_URL = await localRedis();
  }
  if (stopping) return;

  say('Applying migrations.');
  const [migrateCode] = (await once(spawnNode('dist/scripts/migrate.js', childEnv), 'exit')) as [number | null];
  if (stopping) return;
  if (migrateCode !== 0) {
    say('Migrations failed; stopping.');
    void shutdown(migrateCode ?? 1);
    return;
  }

  const generatedToken = env('ACCORD_ADMIN_TOKEN') ? undefined : randomBytes(32).toString('base64url');
  if (generatedToken) childEnv.ACCORD_ADMIN_TOKEN = generatedToken;
  for (const [name, script] of [
    ['API', 'dist/apps/api/src/main.js'],
    ['worker', 'dist/apps/worker/src/main.js'],
  ]) {
    spawnNode(script, childEnv).once('exit', (code, signal) => {
      if (stopping) return;
      say(`The ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping everything.`);
      void shutdown(1);
    });
  }
  await announceWhenReady(apiPort, generatedToken);
}

async function localRedis(): Promise<string> {
  if (await redisAnswers(6379)) {
    say('REDIS_URL is not set: using the Redis that answers on 127.0.0.1:6379.');
    return 'redis://127.0.0.1:6379';
  }
  const port = portFrom('ACCORD_REDIS_PORT', 6380);
  say(`REDIS_URL is not set and no Redis answers on 127.0.0.1:6379: starting a private redis-server on 127.0.0.1:${port}.`);
  const redis = await startPrivateRedis(port);
  services.push(redis);
  redis.process.once('exit', () => {
    if (stopping) return;
    say('The private redis-server stopped unexpectedly; stopping everything.');
    void shutdown(1);
  });
  return redis.url;
}

function spawnNode(script: string, childEnv: NodeJS.ProcessEnv): ChildProcess {
  const child = spawnDetached(process.execPath, [join(root, script)], { env: childEnv, stdio: ['ignore', 'inherit', 'inherit'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

async function announceWhenReady(port: number, generatedToken: string | undefined): Promise<void> {
  const url = `http://127.0.0.1:${port}/health/ready`;
  const since = Date.now();
  let nagged = false;
  let lastAnswer = 'no answer';
  while (!stopping) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      if (response.status === 200) {
        say(`Accord is up: API on http://localhost:${port} (docs at /docs), console at http://localhost:${port}/console/`);
        if (generatedToken) say(`ACCORD_ADMIN_TOKEN was not set; the admin token for this run is ${generatedToken}`);
        return;
      }
      lastAnswer = `HTTP ${response.status}`;
    } catch {
      lastAnswer = 'no answer';
    }
    if (!nagged && Date.now() - since > 60_000) {
      nagged = true;
      say(`Still waiting for ${url} to answer 200 (${lastAnswer}); see the logs above.`);
    }
    await sleep(500);
  }
}

/** Stops the API, worker and any migration first, then the services they use, newest first; then exits. */
function shutdown(code: number): Promise<never> {
  stopping = true;
  shutdownDone ??= (async () => {
    await Promise.all([...children].map((child) => stopProcess(child)));
    await setup.catch(() => undefined); // a service still starting is registered before this resolves
    for (const service of services.reverse()) {
      await service.stop().catch((error: unknown) => {
        console.error(error);
        code ||= 1;
      });
    }
    process.exit(code);
  })();
  return shutdownDone;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (!stopping) say(`${signal}: stopping.`);
    void shutdown(0);
  });
}
setup = bringUp();
setup.catch((error: unknown) => {
  if (stopping) return; // a step cut short by the shutdown
  // One sentence, never a stack trace: what failed is a local service, which the person can fix.
  const reason = error instanceof SetupError ? error.message : `Could not start Accord's local services: ${error instanceof Error ? error.message : String(error)}. Set DATABASE_URL and REDIS_URL to services you run, or see the README.`;
  console.error(`[accord] ${reason}`);
  void shutdown(1);
});
