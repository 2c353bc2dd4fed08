import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { IatiPartner, IatiReference } from '@accord/portfolio/iati';
import { REFERENCE_CODES, REFERENCE_PARTNERS } from '@accord/reference-data';

/** The repository's root: the nearest folder above this file with a package.json. */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

/** The IATI schema, the official example and two real published files, copied into the repository (see its README). */
export const IATI_DATA_DIR = resolve(repoRoot(), 'test', 'fixtures', 'iati');
export const IATI_SCHEMA = join(IATI_DATA_DIR, 'iati-activities-schema.xsd');
export const IATI_FILES = ['activity-standard-example-annotated.xml', 'bcie-2025-12-18.xml', 'worldbank-sv.xml'] as const;

export function readIatiFile(name: (typeof IATI_FILES)[number]): string {
  const path = join(IATI_DATA_DIR, name);
  if (!existsSync(path)) throw new Error(`the IATI fixture ${path} is missing from the repository`);
  return readFileSync(path, 'utf8');
}

/** Whether Debian's xmllint (libxml2-utils, installed by .ci/run) is on the PATH. */
export function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}

/** Validates a document against the IATI 2.03 schema with xmllint; `output` holds its complaints. */
export function validateIati(xml: string): { valid: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'accord-iati-'));
  try {
    const file = join(dir, 'activities.xml');
    writeFileSync(file, xml);
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', IATI_SCHEMA, file], { encoding: 'utf8' });
    return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `describe` when xmllint is there. Without it the suite is skipped with a message, except in CI,
 * where the schema check is part of what must pass and its absence fails.
 */
export function describeWithXmllint(name: string, suite: () => void): void {
  if (hasXmllint()) return describe(name, suite);
  if (process.env.CI) {
    describe(name, () => it('needs xmllint (apt-get install libxml2-utils)', () => {
      execFileSync('xmllint', ['--version']);
    }));
    return;
  }
  console.warn(`skipping "${name}": xmllint is not installed (apt-get install libxml2-utils)`);
  describe.skip(name, suite);
}

/** The reference partners as the exporter reads them, with the IATI references the migration seeds. */
export const SEEDED_PARTNERS: IatiPartner[] = REFERENCE_PARTNERS.map((partner) => ({ code: partner.code, name: partner.name, kind: partner.kind, iatiOrgRef: partner.iatiOrgRef ?? null }));

/** The importer's reference data as a freshly migrated database holds it. */
export function seededIatiReference(): IatiReference {
  const codes = (kind: string) => REFERENCE_CODES.filter((code) => code.kind === kind);
  return {
    countries: new Set(codes('country').map((code) => code.code)),
    sectors: new Map(codes('dac_sector').map((code) => [code.code, { name: code.name, goals: code.goals ?? [] }])),
    currencies: new Set(codes('currency').map((code) => code.code)),
    goals: new Set(codes('goal').map((code) => code.code)),
    escaComponents: new Set(codes('esca_component').map((code) => code.code)),
    partnersByOrgRef: new Map(SEEDED_PARTNERS.flatMap((partner) => [[`XI-ACCORD-${partner.code}`, partner.code], ...(partner.iatiOrgRef ? [[partner.iatiOrgRef, partner.code]] : [])] as [string, string][])),
  };
}
