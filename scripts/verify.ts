import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { AuditService } from '@accord/action-plans';
import { ormConfig } from '@accord/persistence';
import { ConfigError } from '@accord/shared';

/**
 * `npm run verify`: checks the recorded history of the database in DATABASE_URL (any copy of it)
 * and exits non-zero when an invariant does not hold.
 */
async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new ConfigError(['DATABASE_URL: is missing; it must be a postgres:// URL, e.g. postgres://postgres@127.0.0.1:5432/accord']);
  const orm = await MikroORM.init(ormConfig(databaseUrl, { debug: false }));
  try {
    const report = await new AuditService(orm.em).verify({ stuckAfterMinutes: Number(process.env.VERIFY_STUCK_AFTER_MINUTES ?? 10) });
    console.log(`History: ${report.plansChecked} plans, ${report.eventsChecked} events, ${report.violations.length} violations.`);
    if (report.firstBrokenLink) console.log(`First broken link: plan ${report.firstBrokenLink.planId}, event ${report.firstBrokenLink.seq}: ${report.firstBrokenLink.message}`);
    for (const violation of report.violations) console.log(`  ${violation.invariant} plan ${violation.planId} event ${violation.seq}: ${violation.message}`);
    for (const result of report.invariants) console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.invariant} (${result.detail})`);
    process.exitCode = report.ok ? 0 : 1;
  } finally {
    await orm.close(true);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(2);
});
