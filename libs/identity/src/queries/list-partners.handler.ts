import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Partner } from '../partner.entity';
import { toPartnerView, type PartnerView } from '../views';
import { ListPartnersQuery } from './list-partners.query';

@QueryHandler(ListPartnersQuery)
export class ListPartnersHandler implements IQueryHandler<ListPartnersQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute(): Promise<PartnerView[]> {
    const partners = await this.em.fork().find(Partner, {}, { orderBy: { code: 'asc' } });
    return partners.map(toPartnerView);
  }
}
