import { statusOf, type CheckedPlan, type CheckOutcome, type CheckReferenceData, type Finding } from './check';

const REGIONAL_COOPERATION = 'REGIONAL_COOPERATION';
const REGIONAL_BODY = 'REGIONAL_BODY';

/**
 * How well the plan's activities support the goals it claims.
 *
 * An activity supports the goals of its sector in `reference.sectorGoals`; one with no sector, or a
 * sector the mapping does not know, supports none. `REGIONAL_COOPERATION` is also supported by the
 * plan's shape: two or more distinct partners (lead and participants), two or more countries, or a
 * regional body (SICA) taking part. A claimed goal is *supported* when an activity (or, for
 * regional cooperation, the shape) supports it; one that only the plan's program areas support
 * (`reference.programAreaGoals`) is half supported, since a program area states an intent that no
 * activity carries out.
 *
 * Score, a whole number from 0 to 100:
 * `70 × (support of the claimed goals: 1, ½ or 0 each, averaged) + 30 × (share of activities whose
 * sector supports at least one claimed goal)`. The first term asks whether the goals are backed at
 * all, the second whether the money goes where the goals are; a plan without claimed goals or
 * without activities gets 0 for the matching term.
 *
 * Findings: `GOAL_NOT_SUPPORTED` (warning, `goals[i]`) for each claimed goal that is not supported;
 * `GOAL_NOT_CLAIMED` (info, `goals`) for each goal that is supported but not claimed;
 * `ACTIVITY_SUPPORTS_NO_CLAIMED_GOAL` (info, `activities[i].sector`) for each activity that counts
 * against the second term; and `NO_GOAL_SUPPORTED` (error, `goals`), which fails the check, when no
 * claimed goal is supported.
 */
export function checkAlignment(plan: CheckedPlan, reference: CheckReferenceData): CheckOutcome {
  const { content } = plan;
  const claimed = [...new Set(content.goals)];
  const activityGoals = content.activities.map(({ sector }) => (sector ? (reference.sectorGoals.get(sector) ?? []) : []));
  const shape = regionalShape(plan, reference);

  const supporters = new Map<string, number[]>();
  activityGoals.forEach((goals, index) => {
    for (const goal of goals) supporters.set(goal, [...(supporters.get(goal) ?? []), index]);
  });
  const supported = new Set(supporters.keys());
  if (shape.length > 0) supported.add(REGIONAL_COOPERATION);
  const areaSupported = new Set(content.programAreas.flatMap((area) => reference.programAreaGoals.get(area) ?? []));

  const findings: Finding[] = [];
  let goalHalves = 0;
  for (const goal of claimed) {
    if (supported.has(goal)) {
      goalHalves += 2;
      continue;
    }
    const byAreas = areaSupported.has(goal);
    if (byAreas) goalHalves += 1;
    findings.push({
      code: 'GOAL_NOT_SUPPORTED',
      severity: 'warning',
      message: `no activity supports ${goal}${byAreas ? ', only the plan\'s program areas do' : ''}`,
      path: `goals[${content.goals.indexOf(goal)}]`,
    });
  }

  for (const goal of supported) {
    if (claimed.includes(goal)) continue;
    const activities = supporters.get(goal);
    const by = !activities
      ? `the plan's shape (${shape.join(', ')}) supports`
      : activities.length === 1
        ? `activity ${activities[0] + 1} supports`
        : `activities ${activities.map((i) => i + 1).join(', ')} support`;
    findings.push({ code: 'GOAL_NOT_CLAIMED', severity: 'info', message: `${by} ${goal}, which the plan does not claim`, path: 'goals' });
  }

  let supportiveActivities = 0;
  content.activities.forEach(({ title, sector }, index) => {
    if (activityGoals[index].some((goal) => claimed.includes(goal))) {
      supportiveActivities += 1;
      return;
    }
    const name = `activity ${index + 1} ("${title}")`;
    const why = !sector
      ? 'has no sector'
      : activityGoals[index].length === 0
        ? `has sector ${sector}, which supports no goal in the reference mapping`
        : `has sector ${sector}, which supports ${activityGoals[index].join(', ')} but none of the plan's goals`;
    findings.push({ code: 'ACTIVITY_SUPPORTS_NO_CLAIMED_GOAL', severity: 'info', message: `${name} ${why}`, path: `activities[${index}].sector` });
  });

  if (!claimed.some((goal) => supported.has(goal))) {
    const message = claimed.length === 0 ? 'the plan claims no goal' : `nothing in the plan supports any goal it claims (${claimed.join(', ')})`;
    findings.unshift({ code: 'NO_GOAL_SUPPORTED', severity: 'error', message, path: 'goals' });
  }

  // One fraction, so a score of exactly x.5 rounds up instead of falling to floating-point noise; an
  // empty side has a zero numerator, and the max() only keeps its denominator from being zero.
  const goalCount = Math.max(claimed.length, 1);
  const activityCount = Math.max(content.activities.length, 1);
  const score = Math.round((35 * goalHalves * activityCount + 30 * supportiveActivities * goalCount) / (goalCount * activityCount));
  return { status: statusOf(findings), score, findings };
}

/** Why the plan's shape supports regional cooperation; empty when it does not. */
function regionalShape({ leadPartnerCode, content }: CheckedPlan, reference: CheckReferenceData): string[] {
  const partners = new Set([leadPartnerCode, ...content.participants.map(({ partnerCode }) => partnerCode)]);
  const countries = new Set(content.countries);
  const regionalBodies = [...partners].filter((code) => reference.partners.get(code)?.kind === REGIONAL_BODY);
  return [
    ...(partners.size >= 2 ? [`${partners.size} partners`] : []),
    ...(countries.size >= 2 ? [`${countries.size} countries`] : []),
    ...regionalBodies.map((code) => `${code} takes part`),
  ];
}
