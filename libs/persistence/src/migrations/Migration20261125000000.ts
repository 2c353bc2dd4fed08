import { Migration } from '@mikro-orm/migrations';

/** The foundation schema: partners and keys, reference data, plans with versions, history, outbox. */
export class Migration20261125000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table partner (
        id uuid primary key,
        code text not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{1,19}$'),
        name text not null,
        kind text not null,
        country text null,
        created_at timestamptz not null default now()
      );

      create table api_key (
        id uuid primary key,
        token_hash text not null unique,
        role text not null check (role in ('partner', 'reviewer', 'admin')),
        partner_code text null references partner (code),
        label text not null,
        created_at timestamptz not null default now(),
        revoked_at timestamptz null,
        check ((role = 'admin') = (partner_code is null))
      );

      create table reference_code (
        kind text not null,
        code text not null,
        name text not null,
        goals text[] not null default '{}',
        primary key (kind, code)
      );

      create table exchange_rate (
        currency text not null,
        valid_from date not null,
        usd_per_unit numeric(24, 12) not null check (usd_per_unit > 0),
        primary key (currency, valid_from)
      );

      create table action_plan (
        id uuid primary key,
        lead_partner_code text not null references partner (code),
        status text not null check (status in ('draft', 'submitted', 'in_review', 'awaiting_decision',
          'changes_requested', 'approved', 'rejected', 'withdrawn', 'superseded')),
        current_version integer not null check (current_version > 0),
        recommendation text null check (recommendation in ('approve', 'review_closely', 'reject')),
        title text not null,
        countries text[] not null,
        goals text[] not null,
        partner_codes text[] not null,
        last_event_seq integer not null,
        revision integer not null default 1,
        created_at timestamptz not null,
        updated_at timestamptz not null
      );
      create index action_plan_status_idx on action_plan (status, id);
      create index action_plan_countries_idx on action_plan using gin (countries);
      create index action_plan_goals_idx on action_plan using gin (goals);
      create index action_plan_partner_codes_idx on action_plan using gin (partner_codes);

      create table action_plan_version (
        id uuid primary key,
        plan_id uuid not null references action_plan (id) deferrable initially deferred,
        number integer not null check (number > 0),
        content jsonb not null,
        created_by jsonb not null,
        created_at timestamptz not null,
        unique (plan_id, number)
      );

      create table action_plan_event (
        id bigserial primary key,
        plan_id uuid not null references action_plan (id) deferrable initially deferred,
        seq integer not null check (seq > 0),
        type text not null,
        version integer not null,
        actor jsonb not null,
        data jsonb not null,
        occurred_at timestamptz not null,
        unique (plan_id, seq)
      );

      create function action_plan_event_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'action_plan_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end;
      $$;
      create trigger action_plan_event_append_only before update or delete on action_plan_event
        for each row execute function action_plan_event_is_append_only();

      create table outbox_message (
        id bigserial primary key,
        queue text not null,
        job_name text not null,
        job_id text not null unique,
        payload jsonb not null,
        created_at timestamptz not null default now(),
        published_at timestamptz null
      );
      create index outbox_message_unpublished_idx on outbox_message (id) where published_at is null;

      create table idempotency_record (
        partner_code text not null,
        key text not null,
        request_hash text not null,
        status_code integer not null,
        response jsonb not null,
        created_at timestamptz not null default now(),
        primary key (partner_code, key)
      );
    `);
  }
}
