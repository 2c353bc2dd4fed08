import type { ActionPlanEventType } from '../domain/action-plan-event.entity';
import { alignmentCheck } from './alignment.check';
import { budgetCheck } from './budget.check';
import type { CheckModule, CheckType } from './check';
import { completenessCheck } from './completeness.check';
import { endorsementCheck } from './endorsement.check';
import { overlapCheck } from './overlap.check';

/**
 * The checks of the review, in display order. Refuses, when the service starts, two checks of one
 * type or at one display order, so a check's results and their place are never ambiguous.
 */
export class CheckRegistry {
  readonly modules: readonly CheckModule[];
  /** Every check type, in display order. */
  readonly types: readonly CheckType[];
  private readonly byType: ReadonlyMap<CheckType, CheckModule>;

  constructor(modules: readonly CheckModule[]) {
    const byType = new Map<CheckType, CheckModule>();
    const orders = new Map<number, CheckType>();
    for (const module of modules) {
      if (byType.has(module.type)) throw new Error(`check type ${module.type} has two implementations`);
      const other = orders.get(module.displayOrder);
      if (other !== undefined) throw new Error(`checks ${other} and ${module.type} have the same display order, ${module.displayOrder}`);
      byType.set(module.type, module);
      orders.set(module.displayOrder, module.type);
    }
    this.modules = [...modules].sort((a, b) => a.displayOrder - b.displayOrder);
    this.types = this.modules.map((module) => module.type);
    this.byType = byType;
  }

  get(type: CheckType): CheckModule | undefined {
    return this.byType.get(type);
  }

  /** Where results of `type` are listed; one of no registered check comes last. */
  position(type: CheckType): number {
    const index = this.types.indexOf(type);
    return index < 0 ? this.types.length : index;
  }

  /** The checks a history event of a version runs again. */
  rerunBy(event: ActionPlanEventType): CheckModule[] {
    return this.modules.filter((module) => module.rerunOn.includes(event));
  }
}

/** Every check of the review: a new check is a module in this folder and a line here. */
export const CHECKS = new CheckRegistry([
  completenessCheck,
  alignmentCheck,
  overlapCheck,
  budgetCheck,
  endorsementCheck,
]);

/** Every check type, in display order. */
export const CHECK_TYPES: readonly CheckType[] = CHECKS.types;
