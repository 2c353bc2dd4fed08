import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { PartnerKind } from '@accord/reference-data';
import { FALLBACK_ORG_PREFIX } from './iati-codes';
import type { IatiPartner } from './iati-export';
import type { IatiReference } from './iati-import';

/** Reads what the IATI exporter and importer check against: the code lists and the partners, as stored now. */
@Injectable()
export class IatiReferenceService {
  constructor(private readonly em: EntityManager) {}

  async partners(em: EntityManager = this.em.fork()): Promise<IatiPartner[]> {
    const rows = await em.execute<{ code: string; name: string; kind: PartnerKind; iati_org_ref: string | null }[]>(
      'select code, name, kind, iati_org_ref from partner order by code',
    );
    return rows.map((row) => ({ code: row.code, name: row.name, kind: row.kind, iatiOrgRef: row.iati_org_ref }));
  }

  async reference(): Promise<IatiReference> {
    const em = this.em.fork();
    const [codes, partners] = await Promise.all([
      em.execute<{ kind: string; code: string; name: string; goals: string[] }[]>('select kind, code, name, goals from reference_code'),
      this.partners(em),
    ]);
    const of = (kind: string) => codes.filter((row) => row.kind === kind);
    return {
      countries: new Set(of('country').map((row) => row.code)),
      sectors: new Map(of('dac_sector').map((row) => [row.code, { name: row.name, goals: row.goals }])),
      currencies: new Set(of('currency').map((row) => row.code)),
      goals: new Set(of('goal').map((row) => row.code)),
      escaComponents: new Set(of('esca_component').map((row) => row.code)),
      partnersByOrgRef: new Map(
        partners.flatMap((partner): [string, string][] => [
          [`${FALLBACK_ORG_PREFIX}${partner.code}`, partner.code],
          ...(partner.iatiOrgRef ? [[partner.iatiOrgRef, partner.code] as [string, string]] : []),
        ]),
      ),
    };
  }
}
