import { statusOf, type CheckModule } from './check';
import { recommend } from './recommendation';
import { CHECK_TYPES, CHECKS, CheckRegistry } from './registry';

/**
 * A sixth check, as a module would define it: the whole of what adding it takes, beside a line in
 * the registry (here a test-only registry: the five and this one).
 */
const genderMarkerCheck: CheckModule = {
  type: 'gender_marker',
  displayOrder: 35,
  gate: { onFailure: 'review_closely' },
  rerunOn: [],
  run: (plan) => {
    const targeted = plan.content.activities.some((activity) => activity.sector === '15180');
    const findings = targeted ? [] : [{ code: 'NO_GENDER_TARGET', severity: 'warning' as const, message: 'no activity targets violence against women and girls' }];
    return { status: statusOf(findings), findings };
  },
};

describe('the check registry', () => {
  it('lists the five checks in display order', () => {
    expect(CHECK_TYPES).toEqual(['completeness', 'alignment', 'overlap', 'budget', 'endorsement']);
  });

  it('refuses a check type with two implementations', () => {
    expect(() => new CheckRegistry([...CHECKS.modules, { ...CHECKS.modules[0], displayOrder: 99 }])).toThrow('check type completeness has two implementations');
  });

  it('refuses two checks at one display order', () => {
    expect(() => new CheckRegistry([...CHECKS.modules, { ...genderMarkerCheck, displayOrder: 30 }])).toThrow('checks overlap and gender_marker have the same display order, 30');
  });

  it('names the checks an event runs again', () => {
    expect(CHECKS.rerunBy('ActionPlanEndorsed').map((check) => check.type)).toEqual(['endorsement']);
    expect(CHECKS.rerunBy('ActionPlanRevised')).toEqual([]);
  });

  describe('with a sixth check registered', () => {
    const registry = new CheckRegistry([...CHECKS.modules, genderMarkerCheck]);

    it('lists it where its display order puts it, and places results by it', () => {
      expect(registry.types).toEqual(['completeness', 'alignment', 'overlap', 'gender_marker', 'budget', 'endorsement']);
      expect(['endorsement', 'gender_marker', 'completeness'].sort((a, b) => registry.position(a) - registry.position(b))).toEqual(['completeness', 'gender_marker', 'endorsement']);
    });

    it('weighs its result in the recommendation by its gate', () => {
      const passed = registry.types.map((type) => ({ type, status: 'passed' as const }));
      const warned = passed.map((result) => (result.type === 'gender_marker' ? { ...result, status: 'warning' as const } : result));
      expect(recommend(passed, registry)).toBe('approve');
      expect(recommend(warned, registry)).toBe('review_closely');
      // A registry that does not know it ignores it.
      expect(recommend(warned, CHECKS)).toBe('approve');
    });
  });
});
