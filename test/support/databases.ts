import { Client } from 'pg';

/** The server the tests use: DATABASE_URL when given, else the machine's local PostgreSQL. */
export const BASE_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEMPLATE_DATABASE = `accord_template_${process.pid}`;
const TEMPLATE_FILE_ENV = 'ACCORD_TEST_TEMPLATE';

export function databaseUrl(name: string): string {
  const url = new URL(BASE_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: BASE_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Set by the global setup: the migrated, seeded database each test file copies. */
export function templateDatabase(): string {
  const name = process.env[TEMPLATE_FILE_ENV];
  if (!name) throw new Error('the integration tests need their global setup (run them through jest.config.js)');
  return name;
}

export function rememberTemplate(name: string): void {
  process.env[TEMPLATE_FILE_ENV] = name;
}

/**
 * A fresh database for one test file, copied from the template in a fraction of a second. The first
 * file to get here migrates and seeds the template (under a lock: the jest global setup cannot load
 * the project's path aliases, the test files can).
 */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  const template = templateDatabase();
  const name = `accord_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await withAdminClient(async (client) => {
    await client.query('select pg_advisory_lock(hashtext($1))', [template]);
    try {
      const migrated = await client.query(`select 1 from pg_database where datname = $1 and datallowconn and not datistemplate`, [template]);
      if (migrated.rowCount === 1) {
        const { migrateAndSeed } = await import('@accord/persistence');
        await migrateAndSeed(databaseUrl(template), { silent: true });
        await client.query(`alter database ${template} is_template true`);
      }
      await client.query(`create database ${name} template ${template}`);
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  return { name, url: databaseUrl(name) };
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdminClient(async (client) => {
    await client.query(`alter database ${name} is_template false`).catch(() => undefined);
    await client.query(`drop database if exists ${name} with (force)`);
  });
}
