import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { RefreshingValue } from '@accord/shared';
import type { ReferenceKind } from './reference-data';

export type CodeKind = ReferenceKind | 'partner';

const MAX_AGE_MS = 30_000;

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
  private readonly codes = new RefreshingValue(() => this.load(), {
    maxAgeMs: MAX_AGE_MS,
    onRefreshError: (error) => this.logger.warn(`reference codes not refreshed: ${error.message}`),
  });

  constructor(private readonly em: EntityManager) {}

  async has(kind: CodeKind, code: string): Promise<boolean> {
    return (await this.codes.get()).get(kind)?.has(code) ?? false;
  }

  invalidate(): void {
    this.codes.invalidate();
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
