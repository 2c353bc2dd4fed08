import type { Options } from '@mikro-orm/postgresql';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@accord/shared';
import { ormConfig } from './orm-config';

/** The configuration and the database, for every process. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [MikroOrmModule.forRoot({ ...ormConfig(config.databaseUrl, actingAs(config.databaseAppRole)), registerRequestContext: false })],
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
 */
function actingAs(role: string | null): Partial<Options> {
  return role ? { driverOptions: { connection: { options: `-c role=${role}` } } } : {};
}
