import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Actor } from '@accord/shared';

export const IATI_IMPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type IatiImportStatus = (typeof IATI_IMPORT_STATUSES)[number];

/** One activity of a file that became a draft, or revised the draft it had become before. */
export interface ImportedDraft {
  iatiIdentifier: string;
  planId: string;
  /** `unchanged` when a re-import found the draft already holding the same content. */
  outcome: 'created' | 'updated' | 'unchanged';
  problems: { code: string; message: string }[];
}

export interface SkippedActivity {
  iatiIdentifier: string;
  reason: string;
}

export interface IatiImportResult {
  imported: ImportedDraft[];
  skipped: SkippedActivity[];
}

/**
 * A file imported in the background: the worker reads `source`, writes a draft per activity and
 * counts them in `processed`, then keeps the result and drops the source. `actor` is the key that
 * posted the file: the drafts and their history are in its name.
 */
@Entity({ tableName: 'iati_import' })
export class IatiImport {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'text' })
  partnerCode: string;

  @Property({ type: 'jsonb' })
  actor: Actor;

  @Enum({ items: () => IATI_IMPORT_STATUSES, type: 'text' })
  status: IatiImportStatus;

  @Property({ type: 'integer', nullable: true })
  total: number | null;

  @Property({ type: 'integer' })
  processed: number = 0;

  @Property({ type: 'text', nullable: true, lazy: true })
  source: string | null;

  @Property({ type: 'jsonb', nullable: true })
  result: IatiImportResult | null = null;

  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date;

  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;
}
