import type { IatiImport, IatiImportResult, IatiImportStatus } from './iati-import.entity';

/** An import in the background, as its poster sees it. */
export interface IatiImportView {
  id: string;
  status: IatiImportStatus;
  /** Activities in the file: counted when it is posted, exact once the worker has read it. */
  total: number | null;
  processed: number;
  result: IatiImportResult | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export const toIatiImportView = (run: IatiImport): IatiImportView => ({
  id: run.id,
  status: run.status,
  total: run.total,
  processed: run.processed,
  result: run.result,
  error: run.error,
  createdAt: run.createdAt.toISOString(),
  finishedAt: run.finishedAt?.toISOString() ?? null,
});
