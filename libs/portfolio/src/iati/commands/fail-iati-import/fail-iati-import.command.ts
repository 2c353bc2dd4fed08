import { Command } from '@nestjs/cqrs';

/** Ends a background import that can no longer finish, with the reason; one already over is left as it is. */
export class FailIatiImportCommand extends Command<{ failed: boolean }> {
  constructor(
    readonly importId: string,
    readonly reason: string,
  ) {
    super();
  }
}
