import { Migration } from '@mikro-orm/migrations';

/** Partners' webhooks and the log of their deliveries. */
export class Migration20261125120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table webhook (
        id uuid primary key,
        partner_code text not null references partner (code),
        url text not null check (url ~* '^https?://' and length(url) <= 2000),
        secret text not null,
        description text null,
        created_at timestamptz not null,
        deleted_at timestamptz null
      );
      create index webhook_partner_live_idx on webhook (partner_code) where deleted_at is null;

      create table webhook_delivery (
        id uuid primary key,
        webhook_id uuid not null references webhook (id),
        event_id text not null,
        event_type text not null,
        status text not null check (status in ('pending', 'succeeded', 'failed')),
        attempts integer not null default 0 check (attempts >= 0),
        last_status_code integer null,
        last_error text null,
        created_at timestamptz not null,
        delivered_at timestamptz null,
        unique (webhook_id, event_id)
      );
      create index webhook_delivery_log_idx on webhook_delivery (webhook_id, created_at desc);
    `);
  }
}
