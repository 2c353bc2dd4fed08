import { Migration } from '@mikro-orm/migrations';
import type { PlanContent } from '@accord/action-plans/domain/plan-content';
import { iatiActivityRefs } from '@accord/portfolio/iati/iati-import';

/**
 * Every activity and indicator of every version gets the ref that identifies it across versions
 * (what the changes between versions and the threads anchored to their fields address): `A1`, `A2`…
 * and `I1`, `I2`… in their order, as the service assigns them to new content. The activities of a
 * plan imported from IATI get the refs an import derives from their sector and country instead, so
 * that the next re-import of the activity revises them rather than replacing them all.
 */
export class Migration20261208000000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`
      update action_plan_version v
         set content = v.content
           || jsonb_build_object('activities', (select coalesce(jsonb_agg(jsonb_build_object('ref', 'A' || n) || a order by n), '[]'::jsonb)
                                                  from jsonb_array_elements(v.content -> 'activities') with ordinality as t (a, n)))
           || jsonb_build_object('indicators', (select coalesce(jsonb_agg(jsonb_build_object('ref', 'I' || n) || i order by n), '[]'::jsonb)
                                                  from jsonb_array_elements(coalesce(v.content -> 'indicators', '[]'::jsonb)) with ordinality as t (i, n)))
       where not exists (select 1 from action_plan p where p.id = v.plan_id and p.iati_identifier is not null)
    `);
    const imported = (await this.execute(
      'select v.id, v.content from action_plan_version v join action_plan p on p.id = v.plan_id where p.iati_identifier is not null',
    )) as { id: string; content: PlanContent }[];
    for (const { id, content } of imported) {
      const refs = iatiActivityRefs(content.activities);
      const activities = content.activities.map((activity, index) => ({ ...activity, ref: refs[index] }));
      const indicators = (content.indicators ?? []).map((indicator, index) => ({ ...indicator, ref: `I${index + 1}` }));
      await this.execute('update action_plan_version set content = ?::jsonb where id = ?', [JSON.stringify({ ...content, activities, indicators }), id]);
    }
  }
}
