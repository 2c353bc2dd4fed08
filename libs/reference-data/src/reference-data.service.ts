import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { RefreshingValue } from '@accord/shared';
import { REFERENCE_LISTS, type ReferenceKind, type ReferenceListName } from './reference-data';

export type CodeKind = ReferenceKind | 'partner';

const MAX_AGE_MS = 30_000;

/** The code lists whose codes carry the CARSI goals they support (the alignment check's mappings). */
const GOAL_MAPPED: readonly ReferenceKind[] = ['program_area', 'dac_sector'];

export interface ReferenceCodeView {
  code: string;
  name: string;
  /** The CARSI goals the code supports: program areas and DAC sectors only. */
  goals?: string[];
}

/** Every code list, by its name in `GET /v1/reference-data`, each sorted by code. */
export type ReferenceDataView = Record<ReferenceListName, ReferenceCodeView[]>;

/** The code lists as served, with the strong ETag of their content. */
export interface ReferenceCatalogue {
  lists: ReferenceDataView;
  etag: string;
}

interface LoadedCodes {
  codes: Map<CodeKind, Set<string>>;
  catalogue: ReferenceCatalogue;
}

/**
 * The known codes of each code list and of partners, read from the database and kept for a short
 * while: input validation asks for them on every request, and no request waits for the reload of an
 * expired copy (`RefreshingValue`). A partner created through this process is seen at once (the
 * copy is invalidated); one created through another API process once the copy has been reloaded,
 * 30 s after the last load at most, plus the reload itself.
 */
@Injectable()
export class ReferenceDataService {
  private readonly logger = new Logger(ReferenceDataService.name);
  private readonly loaded = new RefreshingValue(() => this.load(), {
    maxAgeMs: MAX_AGE_MS,
    onRefreshError: (error) => this.logger.warn(`reference codes not refreshed: ${error.message}`),
  });

  constructor(private readonly em: EntityManager) {}

  async has(kind: CodeKind, code: string): Promise<boolean> {
    return (await this.loaded.get()).codes.get(kind)?.has(code) ?? false;
  }

  /**
   * The codes of a list as last loaded, sorted, without waiting: for the message of a validation
   * that has just called `has`. Undefined only before the first load.
   */
  knownCodes(kind: CodeKind): readonly string[] | undefined {
    const loaded = this.loaded.latest();
    return loaded && [...(loaded.codes.get(kind) ?? [])];
  }

  /** Every code list with names (and, for program areas and DAC sectors, the goals they support). */
  async catalogue(): Promise<ReferenceCatalogue> {
    return (await this.loaded.get()).catalogue;
  }

  invalidate(): void {
    this.loaded.invalidate();
  }

  private async load(): Promise<LoadedCodes> {
    const em = this.em.fork();
    const rows = await em.execute<{ kind: CodeKind; code: string; name: string; goals: string[] }[]>(
      `select kind, code, name, goals from reference_code union all select 'partner', code, name, '{}' from partner order by kind, code`,
    );
    const codes = new Map<CodeKind, Set<string>>();
    const lists: ReferenceDataView = { countries: [], goals: [], programAreas: [], escaComponents: [], dacSectors: [], currencies: [] };
    for (const { kind, code, name, goals } of rows) {
      if (!codes.has(kind)) codes.set(kind, new Set());
      codes.get(kind)!.add(code);
      if (kind !== 'partner') lists[REFERENCE_LISTS[kind]].push(GOAL_MAPPED.includes(kind) ? { code, name, goals } : { code, name });
    }
    const etag = `"${createHash('sha256').update(JSON.stringify(lists)).digest('base64url').slice(0, 27)}"`;
    return { codes, catalogue: { lists, etag } };
  }
}
