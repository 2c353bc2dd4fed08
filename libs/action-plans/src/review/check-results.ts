import { isFinal, resultKey, withRelated, type CheckDatabase, type CheckSettings, type CheckStatus, type CheckType, type Finding, type PlanVersionKey } from '../checks/check';
import type { CheckRegistry } from '../checks/registry';

/** A version's result of one check, as shown. */
export interface ShownResult {
  type: CheckType;
  status: CheckStatus;
  score: number | null;
  findings: Finding[];
  completedAt: Date | null;
}

/**
 * The results of each version (keyed by `resultKey`), in display order, as shown everywhere (the
 * API, the review queue, the recommendation): each final result of a check that keeps findings as
 * relations (`CheckRelations`) with the findings the version's relations hold, those found by other
 * plans' reviews included. Two statements, whatever the number of versions.
 */
export async function shownResults(db: CheckDatabase, registry: CheckRegistry, versions: readonly PlanVersionKey[], settings: CheckSettings): Promise<Map<string, ShownResult[]>> {
  const shown = new Map<string, ShownResult[]>(versions.map((key) => [resultKey(key), []]));
  if (versions.length === 0) return shown;
  const [rows, related] = await Promise.all([
    db.query<{ plan_id: string; version: number; type: CheckType; status: CheckStatus; score: number | null; findings: Finding[]; completed_at: Date | null }>(
      `select r.plan_id, r.version, r.type, r.status, r.score, r.findings, r.completed_at
         from check_result r join unnest($1::uuid[], $2::int[]) as k (plan_id, version) on r.plan_id = k.plan_id and r.version = k.version`,
      [versions.map((key) => key.planId), versions.map((key) => key.version)],
    ),
    Promise.all(registry.modules.flatMap((module) => (module.relations ? [module.relations.read(db, versions, settings).then((found) => [module.type, found] as const)] : []))),
  ]);
  const relatedOf = new Map(related);
  for (const row of rows) {
    const key = resultKey({ planId: row.plan_id, version: row.version });
    const stored = { type: row.type, status: row.status, score: row.score, findings: row.findings, completedAt: row.completed_at === null ? null : new Date(row.completed_at) };
    const found = relatedOf.get(row.type)?.get(key);
    const result = found && isFinal(stored.status) ? { ...stored, ...withRelated({ ...stored, status: stored.status, score: stored.score ?? undefined }, found) } : stored;
    shown.get(key)?.push({ ...result, score: result.score ?? null });
  }
  for (const results of shown.values()) results.sort((a, b) => registry.position(a.type) - registry.position(b.type));
  return shown;
}
