import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '@accord/shared';
import { IatiImport } from '../../iati-import.entity';
import { toIatiImportView, type IatiImportView } from '../../iati-import.view';
import { GetIatiImportQuery } from './get-iati-import.query';

@QueryHandler(GetIatiImportQuery)
export class GetIatiImportHandler implements IQueryHandler<GetIatiImportQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ actor, id }: GetIatiImportQuery): Promise<IatiImportView> {
    const run = await this.em.fork().findOne(IatiImport, { id });
    if (!run || run.partnerCode !== actor.partnerCode) throw new NotFoundError('iati import', id);
    return toIatiImportView(run);
  }
}
