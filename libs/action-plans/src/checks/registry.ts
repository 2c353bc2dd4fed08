import type { Money } from '../domain/money';
import { checkAlignment } from './alignment.check';
import { checkBudget } from './budget.check';
import { CHECK_TYPES, type CheckedPlan, type CheckOutcome, type CheckReferenceData, type CheckType } from './check';
import { checkCompleteness } from './completeness.check';
import { checkEndorsement } from './endorsement.check';
import { checkOverlap, type OverlapCandidate } from './overlap.check';
import type { RateTable } from './rate-table';

/** What a check may read. Only what a check declares in `needs` is loaded for it. */
export interface CheckInputs {
  plan: CheckedPlan;
  reference: CheckReferenceData;
  rates: RateTable;
  candidates: readonly OverlapCandidate[];
  otherActiveUsd: ReadonlyMap<string, Money>;
  endorsedBy: readonly string[];
  options: { overlapWarningThreshold: number; envelopeUsd: Money; minUsd: Money; maxUsd: Money };
}

export type CheckNeed = 'candidates' | 'funding' | 'endorsements';

export interface CheckDefinition {
  type: CheckType;
  needs: readonly CheckNeed[];
  run(inputs: CheckInputs): CheckOutcome;
}

/** Every check of the review. A new check is one file in this folder and one line here. */
export const CHECKS: readonly CheckDefinition[] = [
  { type: 'completeness', needs: [], run: ({ plan, rates }) => checkCompleteness(plan, rates) },
  { type: 'alignment', needs: [], run: ({ plan, reference }) => checkAlignment(plan, reference) },
  {
    type: 'overlap',
    needs: ['candidates'],
    run: ({ plan, candidates, options }) => checkOverlap(plan, candidates, { warningThreshold: options.overlapWarningThreshold }),
  },
  {
    type: 'budget',
    needs: ['funding'],
    run: ({ plan, rates, reference, otherActiveUsd, options }) =>
      checkBudget(plan, rates, reference, { otherActiveUsd }, { envelopeUsd: options.envelopeUsd, minUsd: options.minUsd, maxUsd: options.maxUsd }),
  },
  { type: 'endorsement', needs: ['endorsements'], run: ({ plan, reference, endorsedBy }) => checkEndorsement(plan, reference, endorsedBy) },
];

/** The checks by type; refuses to start when a check type has no implementation, or two. */
export function checkRegistry(definitions: readonly CheckDefinition[] = CHECKS): ReadonlyMap<CheckType, CheckDefinition> {
  const registry = new Map<CheckType, CheckDefinition>();
  for (const definition of definitions) {
    if (registry.has(definition.type)) throw new Error(`check type ${definition.type} has two implementations`);
    registry.set(definition.type, definition);
  }
  const missing = CHECK_TYPES.filter((type) => !registry.has(type));
  if (missing.length > 0) throw new Error(`check types without an implementation: ${missing.join(', ')}`);
  return registry;
}
