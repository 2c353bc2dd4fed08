import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Logger } from '@nestjs/common';
import { DomainError } from '@accord/shared';
import { IatiDraftWriter } from '../../iati-draft-writer';
import { fromIatiActivities } from '../../iati-import';
import { IatiImport, type IatiImportStatus } from '../../iati-import.entity';
import { IatiReferenceService } from '../../iati-reference.service';
import { RunIatiImportCommand } from './run-iati-import.command';

/**
 * Reads the stored file and writes its drafts, counting them in `processed` as it goes. A retry
 * starts over: the drafts written before are found by their IATI identifier and left as they are
 * (`unchanged`), so at-least-once delivery never duplicates one. A refused document, or any error
 * on the last attempt, fails the import with the message.
 */
@CommandHandler(RunIatiImportCommand)
export class RunIatiImportHandler implements ICommandHandler<RunIatiImportCommand> {
  private readonly logger = new Logger('IatiImport');

  constructor(
    private readonly em: EntityManager,
    private readonly reference: IatiReferenceService,
    private readonly writer: IatiDraftWriter,
  ) {}

  async execute({ importId, finalAttempt }: RunIatiImportCommand): Promise<{ status: IatiImportStatus }> {
    const em = this.em.fork();
    const run = await em.findOne(IatiImport, { id: importId }, { populate: ['source'] });
    if (!run) return { status: 'failed' };
    if (run.status === 'done' || run.status === 'failed') return { status: run.status };
    try {
      run.status = 'running';
      run.processed = 0;
      await em.flush();
      const { activities } = fromIatiActivities(run.source ?? '', await this.reference.reference());
      run.total = activities.length;
      await em.flush();
      run.result = await this.writer.write(run.actor, activities, (processed) => em.nativeUpdate(IatiImport, { id: run.id }, { processed }).then(() => undefined));
      run.processed = activities.length;
      return await this.finish(em, run, 'done');
    } catch (error) {
      if (!(error instanceof DomainError && !error.retryable) && !finalAttempt) throw error;
      this.logger.warn(`IATI import ${importId} failed: ${(error as Error).message}`);
      run.error = (error as Error).message;
      return this.finish(em, run, 'failed');
    }
  }

  /** The stored file is dropped once the import is over: the result is what remains. */
  private async finish(em: EntityManager, run: IatiImport, status: 'done' | 'failed'): Promise<{ status: IatiImportStatus }> {
    run.status = status;
    run.source = null;
    run.finishedAt = new Date();
    await em.flush();
    return { status };
  }
}
