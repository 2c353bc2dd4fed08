import { Migration } from '@mikro-orm/migrations';

/**
 * The application's role, `accord_app`: the api and the worker switch to it (`DATABASE_APP_ROLE`),
 * so PostgreSQL itself refuses the service any UPDATE, DELETE or TRUNCATE of the history (the
 * append-only trigger does not see TRUNCATE, and a table's owner may disable it); migrations keep
 * the rights of the user they log in as.
 *
 * Roles are cluster-wide and several databases may be migrated at once (test files, benchmarks), so
 * a concurrent creation of the role is not an error. Default privileges give the role the tables
 * and sequences of later migrations too: a later append-only table revokes what this one revokes.
 */
export class Migration20261125160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      do $$
      begin
        create role accord_app nologin;
      exception when duplicate_object or unique_violation then
        null;
      end
      $$;

      -- SET ROLE needs membership; a superuser has it, a user that only has CREATEROLE does not.
      do $$
      begin
        if not pg_has_role(current_user, 'accord_app', 'member') then
          grant accord_app to current_user;
        end if;
      end
      $$;

      grant usage on schema public to accord_app;
      grant select, insert, update, delete on all tables in schema public to accord_app;
      grant usage, select on all sequences in schema public to accord_app;
      revoke update, delete on action_plan_event from accord_app;
      revoke all on mikro_orm_migrations from accord_app;
      revoke all on sequence mikro_orm_migrations_id_seq from accord_app;

      alter default privileges in schema public grant select, insert, update, delete on tables to accord_app;
      alter default privileges in schema public grant usage, select on sequences to accord_app;
    `);
  }
}
