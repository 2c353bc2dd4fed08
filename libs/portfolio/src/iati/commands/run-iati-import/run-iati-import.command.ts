import { Command } from '@nestjs/cqrs';
import type { IatiImportStatus } from '../../iati-import.entity';

/** The worker's part of a large import. `finalAttempt`: a failure now is recorded instead of retried. */
export class RunIatiImportCommand extends Command<{ status: IatiImportStatus }> {
  constructor(
    readonly importId: string,
    readonly finalAttempt: boolean,
  ) {
    super();
  }
}
