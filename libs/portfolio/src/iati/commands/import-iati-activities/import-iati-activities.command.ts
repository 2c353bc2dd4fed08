import { Command } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { IatiImportResult } from '../../iati-import.entity';

/** Imports a small IATI file at once: drafts for the caller's organisation. */
export class ImportIatiActivitiesCommand extends Command<IatiImportResult> {
  constructor(
    readonly actor: Actor,
    readonly xml: string,
  ) {
    super();
  }
}
