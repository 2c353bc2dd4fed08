import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IatiImport } from '../../iati-import.entity';
import { FailIatiImportCommand } from './fail-iati-import.command';

/** One conditional update, so a worker finishing the import meanwhile keeps its outcome. */
@CommandHandler(FailIatiImportCommand)
export class FailIatiImportHandler implements ICommandHandler<FailIatiImportCommand> {
  constructor(private readonly em: EntityManager) {}

  async execute({ importId, reason }: FailIatiImportCommand): Promise<{ failed: boolean }> {
    const updated = await this.em
      .fork()
      .nativeUpdate(IatiImport, { id: importId, status: { $in: ['queued', 'running'] } }, { status: 'failed', error: reason, source: null, finishedAt: new Date() });
    return { failed: updated > 0 };
  }
}
