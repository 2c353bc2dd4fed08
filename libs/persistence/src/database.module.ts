import type { Options } from '@mikro-orm/postgresql';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@accord/shared';
import { ormConfig, sessionOptions } from './orm-config';

/** The configuration and the database, for every process. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [MikroOrmModule.forRoot({ ...ormConfig(config.databaseUrl, sessionSettings(config.databaseAppRole)), registerRequestContext: false })],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

/**
 * The api and the worker act as the application's role (`DATABASE_APP_ROLE`), which may insert
 * history rows but not update, delete or truncate them, whoever DATABASE_URL logs in as. A startup
 * parameter rather than a SET ROLE statement: every connection, reconnections included, has the
 * role before its first query, and a missing role or membership refuses the connection outright.
 *
 * A process frozen inside a transaction (SIGSTOP, a VM paused, a GC stall) would hold its row locks
 * for as long as it stays frozen, and some rows are shared by every plan (the goal x country totals,
 * the overlap results an overlap found later is merged into): PostgreSQL ends such a session after
 * IDLE_IN_TRANSACTION_MS idle inside a transaction, which rolls it back and lets the others go on.
 * No transaction of the service waits on anything but its own statements.
 */
function sessionSettings(role: string | null): Partial<Options> {
  return sessionOptions({ idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS, ...(role ? { role } : {}) });
}

const IDLE_IN_TRANSACTION_MS = 5000;
