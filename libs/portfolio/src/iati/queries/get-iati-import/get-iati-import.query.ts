import { Query } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { IatiImportView } from '../../iati-import.view';

/** An import resource: only the partner that posted the file sees it. */
export class GetIatiImportQuery extends Query<IatiImportView> {
  constructor(
    readonly actor: Actor,
    readonly id: string,
  ) {
    super();
  }
}
