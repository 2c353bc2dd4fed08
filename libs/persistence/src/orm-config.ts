import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { CheckResult, Endorsement } from '@accord/action-plans/checks/check-result.entity';
import { Decision } from '@accord/action-plans/domain/decision.entity';
import { ActionPlan, ActionPlanEvent, ActionPlanThread, ActionPlanThreadComment, ActionPlanVersion } from '@accord/action-plans/domain';
import { ApiKey, Partner } from '@accord/identity/entities';
import { Webhook, WebhookDelivery } from '@accord/notifications/entities';
import { IatiImport } from '@accord/portfolio/iati/iati-import.entity';
import { OutboxMessage } from '@accord/queues/outbox-message.entity';
import { ExchangeRate, ReferenceCode } from '@accord/reference-data';
import { IdempotencyRecord, namePreparedStatements } from '@accord/shared';
import { Migration20261125000000 } from './migrations/Migration20261125000000';
import { Migration20261125100000 } from './migrations/Migration20261125100000';
import { Migration20261125110000 } from './migrations/Migration20261125110000';
import { Migration20261125120000 } from './migrations/Migration20261125120000';
import { Migration20261125130000 } from './migrations/Migration20261125130000';
import { Migration20261125140000 } from './migrations/Migration20261125140000';
import { Migration20261125150000 } from './migrations/Migration20261125150000';
import { Migration20261125160000 } from './migrations/Migration20261125160000';
import { Migration20261125170000 } from './migrations/Migration20261125170000';
import { Migration20261125180000 } from './migrations/Migration20261125180000';
import { Migration20261205000000 } from './migrations/Migration20261205000000';
import { Migration20261206000000 } from './migrations/Migration20261206000000';
import { Migration20261206100000 } from './migrations/Migration20261206100000';
import { Migration20261207000000 } from './migrations/Migration20261207000000';
import { Migration20261207010000 } from './migrations/Migration20261207010000';
import { Migration20261208000000 } from './migrations/Migration20261208000000';
import { Migration20261208100000 } from './migrations/Migration20261208100000';
import { Migration20261208200000 } from './migrations/Migration20261208200000';

export const ENTITIES = [ActionPlan, ActionPlanVersion, ActionPlanEvent, ActionPlanThread, ActionPlanThreadComment, CheckResult, Endorsement, Decision, ApiKey, Partner, OutboxMessage, ReferenceCode, ExchangeRate, IdempotencyRecord, Webhook, WebhookDelivery, IatiImport];

const MIGRATIONS = [Migration20261125000000, Migration20261125100000, Migration20261125110000, Migration20261125120000, Migration20261125130000, Migration20261125140000, Migration20261125150000, Migration20261125160000, Migration20261125170000, Migration20261125180000, Migration20261205000000, Migration20261206000000, Migration20261206100000, Migration20261207000000, Migration20261207010000, Migration20261208000000, Migration20261208100000, Migration20261208200000];

/**
 * Set on every connection. Only the hot statements run as named prepared statements
 * (`preparedQuery`), each written for a generic plan (keys and arrays as parameters, limits as
 * constants); left to `auto`, PostgreSQL planned the overlap candidates query anew on every call
 * (about 1.5 ms of its CPU) although the generic plan runs as fast (docs/performance.md).
 */
const SESSION_PARAMETERS: Record<string, string | number> = { plan_cache_mode: 'force_generic_plan' };

/**
 * The `pg` pool options that set these parameters, and `parameters`, on every connection, and that
 * teach its connections to run `preparedQuery`'s statements by name.
 */
export function sessionOptions(parameters: Record<string, string | number> = {}): Partial<Options> {
  const options = Object.entries({ ...SESSION_PARAMETERS, ...parameters }).map(([name, value]) => `-c ${name}=${value}`);
  return { driverOptions: { options: options.join(' '), onPoolCreated: namePreparedStatements } };
}

/** One MikroORM configuration for the api, the worker, migrations and tests. */
export function ormConfig(databaseUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl: databaseUrl,
    entities: ENTITIES,
    discovery: { warnWhenNoEntities: true },
    forceUtcTimezone: true,
    extensions: [Migrator],
    migrations: {
      migrationsList: MIGRATIONS.map((migration) => ({ name: migration.name, class: migration })),
      transactional: true,
      allOrNothing: true,
      // The migrations are written by hand; MikroORM 7 would otherwise write a schema snapshot file
      // (`.snapshot-<database>.json`) into the working folder after every run.
      snapshot: false,
    },
    pool: { min: 0, max: 10 },
    // MikroORM 7 reads entities' decorators through reflect-metadata only when told to (its default
    // reads types from the TypeScript source, which the built service does not ship).
    metadataProvider: ReflectMetadataProvider,
    ...sessionOptions(),
    ...overrides,
    // A caller's pool options (a test's shorter timeout) go beside the session's, not instead of
    // them. `pg` waits for a free connection forever unless told otherwise; a minute, as knex waited
    // under MikroORM 6, turns an exhausted pool into an error rather than a hung request.
    driverOptions: { connectionTimeoutMillis: 60_000, ...sessionOptions().driverOptions, ...overrides.driverOptions } as Options['driverOptions'],
  });
}
