import { Module } from '@nestjs/common';
import { ActionPlansModule } from '@accord/action-plans';
import { FailIatiImportHandler } from './commands/fail-iati-import/fail-iati-import.handler';
import { ImportIatiActivitiesHandler } from './commands/import-iati-activities/import-iati-activities.handler';
import { RunIatiImportHandler } from './commands/run-iati-import/run-iati-import.handler';
import { StartIatiImportHandler } from './commands/start-iati-import/start-iati-import.handler';
import { IatiDraftWriter } from './iati-draft-writer';
import { IatiReferenceService } from './iati-reference.service';
import { ExportIatiActivitiesHandler } from './queries/export-iati-activities/export-iati-activities.handler';
import { GetIatiImportHandler } from './queries/get-iati-import/get-iati-import.handler';

/** IATI in and out: the export of approved plans, and imports of activities as drafts (for the api and the worker). */
@Module({
  imports: [ActionPlansModule],
  providers: [IatiReferenceService, IatiDraftWriter, ImportIatiActivitiesHandler, StartIatiImportHandler, RunIatiImportHandler, FailIatiImportHandler, GetIatiImportHandler, ExportIatiActivitiesHandler],
})
export class IatiModule {}
