import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, preparedQuery, RefreshingValue, type AppConfig } from '@accord/shared';
import type { CheckContext, CheckDatabase, CheckReferenceData } from '../checks/check';
import { RateTable } from '../checks/rate-table';

const MAX_AGE_MS = 30_000;

export interface ReferenceAndRates {
  reference: CheckReferenceData;
  rates: RateTable;
}

/** Loads what every check reads besides its own input. Reference data and rates change rarely and are kept for 30 s. */
@Injectable()
export class CheckDataService {
  private readonly logger = new Logger(CheckDataService.name);
  private readonly referenceData = new RefreshingValue(() => this.load(), {
    maxAgeMs: MAX_AGE_MS,
    onRefreshError: (error) => this.logger.warn(`reference data and rates not refreshed: ${error.message}`),
  });

  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Reference data and rates, reloaded when 30 s old, an expired copy answered meanwhile
   * (`RefreshingValue`), so only the very first call waits. A load takes pooled connections, and
   * callers inside a transaction hold one while they wait: when all of the pool's were held by review
   * starts waiting for the same load, nothing moved until the pool's acquire timeout, a minute (seen
   * in the bench). Callers in a transaction therefore also fetch this before they begin it.
   */
  referenceAndRates(): Promise<ReferenceAndRates> {
    return this.referenceData.get();
  }

  /** What every check may read besides its own input: the reference data, the rates and the settings. */
  async context(): Promise<CheckContext> {
    return { ...(await this.referenceAndRates()), settings: this.config };
  }

  private async load(): Promise<ReferenceAndRates> {
    const em = this.em.fork();
    const [codes, partners, rates] = await Promise.all([
      em.execute<{ kind: string; code: string; goals: string[] }[]>(`select kind, code, goals from reference_code where kind in ('dac_sector', 'program_area')`),
      em.execute<{ code: string; kind: string; country: string | null }[]>('select code, kind, country from partner'),
      em.execute<{ currency: string; valid_from: string; usd_per_unit: string }[]>(`select currency, to_char(valid_from, 'YYYY-MM-DD') as valid_from, usd_per_unit::text from exchange_rate`),
    ]);
    const goalsOf = (kind: string) => new Map(codes.filter((row) => row.kind === kind).map((row) => [row.code, row.goals]));
    return {
      reference: {
        sectorGoals: goalsOf('dac_sector'),
        programAreaGoals: goalsOf('program_area'),
        partners: new Map(partners.map((row) => [row.code, { kind: row.kind, country: row.country }])),
      },
      rates: new RateTable(rates.map((row) => ({ currency: row.currency, validFrom: row.valid_from, usdPerUnit: row.usd_per_unit }))),
    };
  }
}

/** The database as a check's loader reads it: prepared statements on `em`'s connection (its transaction's, when in one). */
export function checkDatabase(em: EntityManager): CheckDatabase {
  return { query: (text, params) => preparedQuery(em, text, params) };
}
