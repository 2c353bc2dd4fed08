import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { iatiImportJobId, OutboxMessage, QUEUES, type IatiImportJob } from '@accord/queues';
import { DomainError, inTransaction, uuidv7 } from '@accord/shared';
import { IatiImport } from '../../iati-import.entity';
import { toIatiImportView, type IatiImportView } from '../../iati-import.view';
import { assertAcceptableIati } from '../../iati-xml';
import { StartIatiImportCommand } from './start-iati-import.command';

class NoOrganisationError extends DomainError {
  constructor() {
    super('IATI.NO_ORGANISATION', 'forbidden', 'only a key that belongs to a partner organisation may import IATI activities');
  }
}

/**
 * Stores the file with a queued import and, in the same transaction, the outbox row of its job: the
 * job is enqueued even if Redis is away right now. Only the cheap checks run here (size, DOCTYPE,
 * root); the worker parses.
 */
@CommandHandler(StartIatiImportCommand)
export class StartIatiImportHandler implements ICommandHandler<StartIatiImportCommand> {
  constructor(private readonly em: EntityManager) {}

  async execute({ actor, xml }: StartIatiImportCommand): Promise<IatiImportView> {
    if (!actor.partnerCode) throw new NoOrganisationError();
    assertAcceptableIati(xml);
    const run = new IatiImport();
    Object.assign(run, {
      id: uuidv7(),
      partnerCode: actor.partnerCode,
      actor,
      status: 'queued',
      total: xml.match(/<iati-activity[\s>/]/g)?.length ?? 0,
      source: xml,
      createdAt: new Date(),
    });
    const job: IatiImportJob = { importId: run.id };
    await inTransaction(this.em, async (tx) => {
      tx.persist(run);
      tx.persist(new OutboxMessage(QUEUES.iatiImports, 'import', iatiImportJobId(run.id), { ...job }));
    });
    return toIatiImportView(run);
  }
}
