import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { ReferenceKind } from './reference-data';

export type CodeKind = ReferenceKind | 'partner';

const MAX_AGE_MS = 30_000;

/**
 * The known codes of each code list and of partners, read from the database and kept for a short
 * while: input validation asks for them on every request. A partner created through this process is
 * seen at once (the cache is invalidated); one created through another API process within 30 s.
 */
@Injectable()
export class ReferenceDataService {
  private cache?: Promise<Map<CodeKind, Set<string>>>;
  private loadedAt = 0;

  constructor(private readonly em: EntityManager) {}

  async has(kind: CodeKind, code: string): Promise<boolean> {
    return (await this.codes()).get(kind)?.has(code) ?? false;
  }

  invalidate(): void {
    this.cache = undefined;
  }

  private codes(): Promise<Map<CodeKind, Set<string>>> {
    if (!this.cache || Date.now() - this.loadedAt > MAX_AGE_MS) {
      this.loadedAt = Date.now();
      this.cache = this.load().catch((error: unknown) => {
        this.cache = undefined;
        throw error;
      });
    }
    return this.cache;
  }

  private async load(): Promise<Map<CodeKind, Set<string>>> {
    const em = this.em.fork();
    const rows = await em.execute<{ kind: CodeKind; code: string }[]>(
      `select kind, code from reference_code union all select 'partner', code from partner`,
    );
    const codes = new Map<CodeKind, Set<string>>();
    for (const { kind, code } of rows) {
      if (!codes.has(kind)) codes.set(kind, new Set());
      codes.get(kind)!.add(code);
    }
    return codes;
  }
}
