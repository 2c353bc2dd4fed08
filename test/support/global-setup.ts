import { Redis } from 'ioredis';
import { dropDatabase, REDIS_URL, rememberTemplate, TEMPLATE_DATABASE, withAdminClient } from './databases';

/**
 * Once per run: checks that PostgreSQL and Redis answer, drops what dead runs left, and creates the
 * empty template database that the first test file migrates and every test file copies.
 */
export default async function globalSetup(): Promise<void> {
  console.log(`\nIntegration tests on Node.js ${process.version}`);
  await withAdminClient(async (client) => {
    const stale = await client.query<{ datname: string }>(
      `select datname from pg_database where datname like 'accord\\_t\\_%' or datname like 'accord\\_template\\_%'`,
    );
    for (const { datname } of stale.rows) {
      const pid = Number(/_(\d+)(_|$)/.exec(datname.replace(/^accord_(t|template)_/, '_'))?.[1]);
      // A dead run's template is still marked as one, which PostgreSQL refuses to drop as it is.
      if (!processAlive(pid)) await dropDatabase(datname);
    }
  }).catch((error: Error) => {
    throw new Error(`PostgreSQL does not answer at ${process.env.DATABASE_URL ?? '127.0.0.1:5432'}: ${error.message}`);
  });

  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`Redis does not answer at ${REDIS_URL}: ${(error as Error).message}`);
  } finally {
    redis.disconnect();
  }

  await dropDatabase(TEMPLATE_DATABASE);
  await withAdminClient((client) => client.query(`create database ${TEMPLATE_DATABASE}`));
  rememberTemplate(TEMPLATE_DATABASE);
}

function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
