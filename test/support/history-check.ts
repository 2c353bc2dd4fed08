import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, CHECK_TYPES } from '@accord/action-plans';
import type { TestStack } from './test-stack';

/** What the test was told had been accepted: the ids of `201`s of POST /v1/plans, and of `202`s of submit. */
export interface Acknowledged {
  created?: readonly string[];
  submitted?: readonly string[];
}

export interface HistoryCheckOptions {
  acknowledged?: Acknowledged;
  /** How long the recorded history may take to settle (I2): every submitted version at a decision point, the outbox empty. */
  deadlineMs?: number;
}

export interface HistoryCheck {
  plans: number;
  events: number;
  /** One line per broken invariant, naming it (I1 to I5) and what breaks it. */
  violations: string[];
}

/**
 * The history checker of the fault tests: waits, up to the deadline, for the recorded history to
 * settle, then reads it back whole and checks the invariants the service promises.
 *
 * - I1 every acknowledged create has its plan, first version, creation event and outbox row; every
 *   acknowledged submission its submission event and outbox row.
 * - I2 every submitted version is `awaiting_decision` or later, and no outbox row is unpublished.
 * - I3 one result per check of every version taken into review, all final once it awaits a decision;
 *   one review start and completion per version; at most one decision per (version, reviewer); one
 *   approval event per approved version.
 * - I4 each plan's history gapless, hash-chained and made of legal transitions.
 * - I5 every idempotency record names a stored plan of its partner, and no two name the same one.
 *
 * I4, the approval invariants, the goal x country totals of I3 and I2's end state are the audit
 * library's (what `npm run verify` runs); the rest needs the test's knowledge of what was
 * acknowledged, or is cheap to state here.
 */
export async function checkHistory(stack: TestStack, options: HistoryCheckOptions = {}): Promise<HistoryCheck> {
  const { acknowledged = {}, deadlineMs = 120000 } = options;
  const count = async (sql: string, params: unknown[] = []) => Number((await stack.query<{ n: string }>(sql, params))[0].n);
  const unsettled = async () =>
    (await count(`select count(*) as n from action_plan where status in ('submitted', 'in_review')`)) +
    (await count(`select count(*) as n from outbox_message where published_at is null`));

  const deadline = Date.now() + deadlineMs;
  while ((await unsettled()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));

  const violations: string[] = [];
  const rows = async <T>(invariant: string, what: string, sql: string, params: unknown[] = []) => {
    const found = await stack.query<T & Record<string, unknown>>(sql, params);
    for (const row of found.slice(0, 20)) violations.push(`${invariant} ${what}: ${JSON.stringify(row)}`);
    if (found.length > 20) violations.push(`${invariant} ${what}: and ${found.length - 20} more`);
  };
  const ids = (list: readonly string[] = []) => `{${list.join(',')}}`;

  await rows(
    'I1',
    'an acknowledged create without its plan, version 1, creation event or outbox row',
    `select c.id from unnest(?::uuid[]) as c(id)
      where not exists (select 1 from action_plan p where p.id = c.id)
         or not exists (select 1 from action_plan_version v where v.plan_id = c.id and v.number = 1)
         or not exists (select 1 from action_plan_event e join outbox_message o on o.job_id = e.plan_id || '-' || e.seq
                         where e.plan_id = c.id and e.type = 'ActionPlanCreated')`,
    [ids(acknowledged.created)],
  );
  await rows(
    'I1',
    'an acknowledged submission without its submission event or outbox row',
    `select s.id from unnest(?::uuid[]) as s(id)
      where not exists (select 1 from action_plan_event e join outbox_message o on o.job_id = e.plan_id || '-' || e.seq
                         where e.plan_id = s.id and e.type = 'ActionPlanSubmitted')`,
    [ids(acknowledged.submitted)],
  );
  await rows('I1', 'a history event without its outbox row', `select e.plan_id, e.seq, e.type from action_plan_event e where not exists (select 1 from outbox_message o where o.job_id = e.plan_id || '-' || e.seq)`);

  await rows('I2', 'a plan not at a decision point', `select id, status, current_version, updated_at from action_plan where status in ('submitted', 'in_review')`);
  await rows('I2', 'an unpublished outbox row', `select job_id, job_name, created_at from outbox_message where published_at is null`);

  await rows(
    'I3',
    'a version taken into review without exactly one result per check',
    `select e.plan_id, e.version, count(r.type) as results, count(distinct r.type) as types
       from action_plan_event e left join check_result r on r.plan_id = e.plan_id and r.version = e.version
      where e.type = 'ActionPlanReviewStarted'
      group by e.plan_id, e.version having count(r.type) <> ? or count(distinct r.type) <> ?`,
    [CHECK_TYPES.length, CHECK_TYPES.length],
  );
  await rows(
    'I3',
    'a version whose review completed with a result unfinished',
    `select r.plan_id, r.version, r.type, r.status from check_result r
      where r.status in ('pending', 'running')
        and exists (select 1 from action_plan_event e where e.plan_id = r.plan_id and e.version = r.version and e.type = 'ActionPlanReviewCompleted')`,
  );
  await rows(
    'I3',
    'a version submitted, taken into review or completed more than once',
    `select plan_id, version, type, count(*) as n from action_plan_event
      where type in ('ActionPlanSubmitted', 'ActionPlanReviewStarted', 'ActionPlanReviewCompleted')
      group by plan_id, version, type having count(*) > 1`,
  );
  await rows('I3', 'two decisions by one reviewer on a version', `select plan_id, version, reviewer_id, count(*) as n from decision group by plan_id, version, reviewer_id having count(*) > 1`);

  await rows(
    'I5',
    'an idempotency record naming no stored plan of its partner',
    `select r.partner_code, r.key from idempotency_record r
      where r.status_code = 201
        and not exists (select 1 from action_plan p where p.id::text = r.response->'view'->>'id' and p.lead_partner_code = r.partner_code)`,
  );
  await rows(
    'I5',
    'one plan named by two idempotency records',
    `select response->'view'->>'id' as plan_id, count(*) as n from idempotency_record where status_code = 201 group by 1 having count(*) > 1`,
  );

  // Everything settled has been waited for: a row or a review still open now is stuck.
  const report = await new AuditService(stack.api.get(EntityManager)).verify({ stuckAfterMinutes: 0 });
  for (const violation of report.violations) violations.push(`I4 ${violation.invariant} plan ${violation.planId} event ${violation.seq}: ${violation.message}`);
  for (const result of report.invariants.filter((invariant) => !invariant.ok)) violations.push(`verify: ${result.invariant} (${result.detail})`);

  return { plans: report.plansChecked, events: report.eventsChecked, violations };
}

/** Runs the checker and fails the test on any violation; logs what it read, for the battery's figures. */
export async function expectSoundHistory(stack: TestStack, options: HistoryCheckOptions = {}): Promise<HistoryCheck> {
  const check = await checkHistory(stack, options);
  console.log(`history checked: ${check.plans} plans, ${check.events} events, ${check.violations.length} invariant violations`);
  expect(check.violations).toEqual([]);
  return check;
}
