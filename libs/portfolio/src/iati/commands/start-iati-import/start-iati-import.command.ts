import { Command } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { IatiImportView } from '../../iati-import.view';

/** Queues a large IATI file for the worker; the answer is the import resource to poll. */
export class StartIatiImportCommand extends Command<IatiImportView> {
  constructor(
    readonly actor: Actor,
    readonly xml: string,
  ) {
    super();
  }
}
