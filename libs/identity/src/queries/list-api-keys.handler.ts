import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiKey } from '../api-key.entity';
import { toApiKeyView, type ApiKeyView } from '../views';
import { ListApiKeysQuery } from './list-api-keys.query';

@QueryHandler(ListApiKeysQuery)
export class ListApiKeysHandler implements IQueryHandler<ListApiKeysQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute(): Promise<ApiKeyView[]> {
    const keys = await this.em.fork().find(ApiKey, {}, { orderBy: { id: 'asc' } });
    return keys.map(toApiKeyView);
  }
}
