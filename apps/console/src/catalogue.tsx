import { createContext, useContext, type ReactNode } from 'react';
import { ok, type Partner, type ReferenceData } from './api/client';
import { useLoad } from './load';
import { useApi } from './session';
import type { CodeLists } from './plan-rules';

/** The code lists and partners, read once a session: every page names codes with them. */
export interface Catalogue {
  reference: ReferenceData;
  partners: Partner[];
  lists: CodeLists;
  /** `HN` → `Honduras`, `SAFE_STREETS` → its name, `15132` → `Police`: any code, by list. */
  name(list: keyof ReferenceData | 'partners', code: string): string;
}

const LISTS = ['countries', 'goals', 'programAreas', 'escaComponents', 'dacSectors', 'currencies'] as const;

const CatalogueContext = createContext<Catalogue | null>(null);

function catalogueOf(reference: ReferenceData, partners: Partner[]): Catalogue {
  const names = new Map<string, string>();
  for (const list of LISTS) {
    for (const entry of reference[list]) names.set(`${list}:${entry.code}`, entry.name);
  }
  for (const partner of partners) names.set(`partners:${partner.code}`, partner.name);
  const codes = (entries: { code: string }[]) => entries.map((entry) => entry.code);
  return {
    reference,
    partners,
    lists: {
      countries: codes(reference.countries),
      goals: codes(reference.goals),
      programAreas: codes(reference.programAreas),
      escaComponents: codes(reference.escaComponents),
      dacSectors: codes(reference.dacSectors),
      currencies: codes(reference.currencies),
      partners: codes(partners),
    },
    name: (list, code) => names.get(`${list}:${code}`) ?? code,
  };
}

export function CatalogueProvider({ children }: { children: ReactNode }) {
  const { api } = useApi();
  const loaded = useLoad(async () => {
    const [reference, partners] = await Promise.all([api.GET('/v1/reference-data'), api.GET('/v1/partners')]);
    return catalogueOf(ok(reference), ok(partners));
  }, [api]);
  if (!loaded.data) {
    return loaded.error ? (
      <p role="alert">The code lists could not be read: reload the page.</p>
    ) : (
      <p role="status" className="loading">
        Loading the code lists…
      </p>
    );
  }
  return <CatalogueContext.Provider value={loaded.data}>{children}</CatalogueContext.Provider>;
}

export function useCatalogue(): Catalogue {
  const value = useContext(CatalogueContext);
  if (!value) throw new Error('useCatalogue outside CatalogueProvider');
  return value;
}
