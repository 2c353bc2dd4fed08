import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { PlanContent } from '@accord/action-plans';
import { toIatiActivities } from '../../iati-export';
import { IatiReferenceService } from '../../iati-reference.service';
import { ExportIatiActivitiesQuery } from './export-iati-activities.query';

@QueryHandler(ExportIatiActivitiesQuery)
export class ExportIatiActivitiesHandler implements IQueryHandler<ExportIatiActivitiesQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly reference: IatiReferenceService,
  ) {}

  async execute({ generatedAt }: ExportIatiActivitiesQuery): Promise<string> {
    const em = this.em.fork();
    const [rows, partners] = await Promise.all([
      em.execute<{ id: string; lead_partner_code: string; updated_at: Date; content: PlanContent }[]>(
        `select p.id, p.lead_partner_code, p.updated_at, v.content
           from action_plan p
           join action_plan_version v on v.plan_id = p.id and v.number = p.current_version
          where p.status = 'approved'
          order by p.id`,
      ),
      this.reference.partners(em),
    ]);
    const plans = rows.map((row) => ({ id: row.id, leadPartnerCode: row.lead_partner_code, updatedAt: new Date(row.updated_at), content: row.content }));
    return toIatiActivities(plans, partners, generatedAt);
  }
}
