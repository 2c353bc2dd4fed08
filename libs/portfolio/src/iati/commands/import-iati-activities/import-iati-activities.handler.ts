import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IatiDraftWriter } from '../../iati-draft-writer';
import { fromIatiActivities } from '../../iati-import';
import type { IatiImportResult } from '../../iati-import.entity';
import { IatiReferenceService } from '../../iati-reference.service';
import { ImportIatiActivitiesCommand } from './import-iati-activities.command';

@CommandHandler(ImportIatiActivitiesCommand)
export class ImportIatiActivitiesHandler implements ICommandHandler<ImportIatiActivitiesCommand> {
  constructor(
    private readonly reference: IatiReferenceService,
    private readonly writer: IatiDraftWriter,
  ) {}

  async execute({ actor, xml }: ImportIatiActivitiesCommand): Promise<IatiImportResult> {
    const { activities } = fromIatiActivities(xml, await this.reference.reference());
    return this.writer.write(actor, activities);
  }
}
