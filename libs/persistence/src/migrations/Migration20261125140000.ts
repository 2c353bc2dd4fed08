import { Migration } from '@mikro-orm/migrations';
import { chainHash, GENESIS_HASH, type ActionPlanEvent } from '@accord/action-plans/domain/action-plan-event.entity';

/**
 * Chains every plan's history with hashes (tamper evidence), computing the chain of the rows that
 * exist already with the same function the application uses for new ones.
 */
export class Migration20261125140000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`
      alter table action_plan add column last_event_hash text not null default '${GENESIS_HASH}';
      alter table action_plan_event add column prev_hash text null, add column hash text null;
      alter table action_plan_event disable trigger action_plan_event_append_only;
    `);
    const rows = (await this.execute(
      'select id, plan_id, seq, type, version, actor, data, occurred_at from action_plan_event order by plan_id, seq',
    )) as { id: string; plan_id: string; seq: number; type: ActionPlanEvent['type']; version: number; actor: ActionPlanEvent['actor']; data: Record<string, unknown>; occurred_at: Date }[];
    let plan = '';
    let prev = GENESIS_HASH;
    for (const row of rows) {
      if (row.plan_id !== plan) [plan, prev] = [row.plan_id, GENESIS_HASH];
      const hash = chainHash(prev, { planId: row.plan_id, seq: row.seq, type: row.type, version: row.version, actor: row.actor, data: row.data, occurredAt: row.occurred_at });
      await this.execute('update action_plan_event set prev_hash = ?, hash = ? where id = ?', [prev, hash, row.id]);
      await this.execute('update action_plan set last_event_hash = ? where id = ?', [hash, row.plan_id]);
      prev = hash;
    }
    await this.execute(`
      alter table action_plan_event enable trigger action_plan_event_append_only;
      alter table action_plan_event alter column prev_hash set not null, alter column hash set not null;
      alter table action_plan alter column last_event_hash drop default;
    `);
  }
}
