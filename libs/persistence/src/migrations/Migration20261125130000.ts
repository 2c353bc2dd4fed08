import { Migration } from '@mikro-orm/migrations';

/**
 * IATI in and out: partners' IATI organisation references, the IATI identifier a draft was
 * imported from (a re-import finds it again), and the import resource that a worker fills in.
 */
export class Migration20261125130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table partner add column iati_org_ref text null
        constraint partner_iati_org_ref_key unique
        constraint partner_iati_org_ref_check check (iati_org_ref ~ '^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$');
      update partner set iati_org_ref = 'US-GOV-1' where code = 'US' and iati_org_ref is null;
      update partner set iati_org_ref = '44000' where code = 'WB' and iati_org_ref is null;

      alter table action_plan add column iati_identifier text null;
      create unique index action_plan_iati_identifier_key on action_plan (lead_partner_code, iati_identifier) where iati_identifier is not null;

      create table iati_import (
        id uuid primary key,
        partner_code text not null references partner (code),
        actor jsonb not null,
        status text not null check (status in ('queued', 'running', 'done', 'failed')),
        total integer null check (total >= 0),
        processed integer not null default 0 check (processed >= 0),
        source text null,
        result jsonb null,
        error text null,
        created_at timestamptz not null,
        finished_at timestamptz null
      );
      create index iati_import_partner_idx on iati_import (partner_code, created_at desc);
    `);
  }
}
