import { Query } from '@nestjs/cqrs';

/** Every approved plan as one IATI 2.03 activities document. */
export class ExportIatiActivitiesQuery extends Query<string> {
  constructor(readonly generatedAt = new Date()) {
    super();
  }
}
