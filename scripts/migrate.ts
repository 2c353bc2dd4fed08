import { migrateAndSeed } from '@accord/persistence';
import { ConfigError } from '@accord/shared';

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new ConfigError(['DATABASE_URL: is missing; it must be a postgres:// URL, e.g. postgres://postgres@127.0.0.1:5432/accord']);
  const { applied } = await migrateAndSeed(databaseUrl);
  console.log(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}; reference data seeded.` : 'Schema up to date; reference data seeded.');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
