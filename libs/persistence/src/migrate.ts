import { MikroORM } from '@mikro-orm/postgresql';
import { REFERENCE_CODES, REFERENCE_PARTNERS, REFERENCE_RATES } from '@accord/reference-data';
import { inTransaction, uuidv7 } from '@accord/shared';
import { ormConfig } from './orm-config';

/**
 * Applies pending migrations, then seeds the reference data. Seeding only inserts what is missing,
 * so it is idempotent and never overwrites what admins have since edited.
 */
export async function migrateAndSeed(databaseUrl: string, options: { silent?: boolean } = {}): Promise<{ applied: string[] }> {
  const orm = await MikroORM.init(ormConfig(databaseUrl, { debug: false, migrations: { ...ormConfig(databaseUrl).migrations, silent: options.silent ?? false } }));
  try {
    const applied = await orm.migrator.up();
    await inTransaction(orm.em, async (tx) => {
      for (const entry of REFERENCE_CODES) {
        await tx.execute(
          'insert into reference_code (kind, code, name, goals) values (?, ?, ?, ?) on conflict do nothing',
          [entry.kind, entry.code, entry.name, `{${(entry.goals ?? []).join(',')}}`],
        );
      }
      for (const rate of REFERENCE_RATES) {
        await tx.execute('insert into exchange_rate (currency, valid_from, usd_per_unit) values (?, ?, ?) on conflict do nothing', [
          rate.currency,
          rate.validFrom,
          rate.usdPerUnit,
        ]);
      }
      for (const partner of REFERENCE_PARTNERS) {
        await tx.execute('insert into partner (id, code, name, kind, country, iati_org_ref) values (?, ?, ?, ?, ?, ?) on conflict (code) do nothing', [
          uuidv7(),
          partner.code,
          partner.name,
          partner.kind,
          partner.country ?? null,
          partner.iatiOrgRef ?? null,
        ]);
      }
    });
    return { applied: applied.map((migration) => migration.name) };
  } finally {
    await orm.close(true);
  }
}
