import { CommandBus } from '@nestjs/cqrs';
import { RunActionPlanCheckCommand, StartActionPlanReviewCommand } from '@accord/action-plans';
import { StartActionPlanReviewHandler } from '@accord/action-plans/commands/start-action-plan-review/start-action-plan-review.handler';
import { RunActionPlanCheckHandler } from '@accord/action-plans/commands/run-action-plan-check/run-action-plan-check.handler';
import { CheckDataService } from '@accord/action-plans/review/check-data.service';
import { MaintenanceProcessor } from '../../apps/worker/src/maintenance.processor';
import { planBody } from '../support/plan-builder';
import { TestStack, waitFor } from '../support/test-stack';

interface CheckView {
  type: string;
  status: string;
  score: number | null;
  findings: { code: string; severity: string; message: string; relatedPlanId?: string; related?: Record<string, unknown> }[];
}

describe('the automated review', () => {
  let stack: TestStack;
  let us: string;
  let canada: string;
  let spain: string;
  let honduras: string;
  let reviewer: string;

  beforeAll(async () => {
    stack = await TestStack.start({ worker: true });
    [us, canada, spain, honduras, reviewer] = await Promise.all([
      stack.key('partner', 'US'),
      stack.key('partner', 'CA'),
      stack.key('partner', 'ES'),
      stack.key('partner', 'GOV-HN'),
      stack.key('reviewer', 'OAS'),
    ]);
  });

  afterAll(() => stack.stop());

  async function submit(token: string, body = planBody()): Promise<string> {
    const { body: plan } = await stack.as(token).post('/v1/plans').send(body).expect(201);
    await stack.as(token).post(`/v1/plans/${plan.id}/submit`).expect(202);
    return plan.id as string;
  }

  const plan = async (id: string, token = reviewer) => (await stack.as(token).get(`/v1/plans/${id}`)).body;
  const checks = async (id: string, token = reviewer): Promise<CheckView[]> => (await stack.as(token).get(`/v1/plans/${id}/checks`)).body;
  const awaitingDecision = (id: string) => waitFor(async () => (await plan(id)).status === 'awaiting_decision', `plan ${id} to await a decision`, 30000);

  it('takes every submitted plan to awaiting_decision with exactly five results and a recommendation', async () => {
    const ids = await Promise.all([us, canada, spain].flatMap((token, i) => [1, 2].map((n) => submit(token, planBody({ title: `Plan ${i}-${n} for the northern triangle` })))));
    await Promise.all(ids.map(awaitingDecision));
    for (const id of ids) {
      const rows = await stack.query<{ type: string; status: string }>('select type, status from check_result where plan_id = ? order by type', [id]);
      expect(rows.map((row) => row.type)).toEqual(['alignment', 'budget', 'completeness', 'endorsement', 'overlap']);
      expect(rows.every((row) => ['passed', 'warning', 'failed'].includes(row.status))).toBe(true);
      expect(['approve', 'review_closely', 'reject']).toContain((await plan(id)).recommendation);
      // The plans overlap one another: one checked before another was in the portfolio is told of it (ActionPlanOverlapFound).
      const history = (await stack.as(reviewer).get(`/v1/plans/${id}/history`)).body.map((event: { type: string }) => event.type);
      expect(history.filter((type: string) => type !== 'ActionPlanOverlapFound')).toEqual(['ActionPlanCreated', 'ActionPlanSubmitted', 'ActionPlanReviewStarted', 'ActionPlanReviewCompleted']);
    }
    const shown = await checks(ids[0]);
    expect(shown.map((result) => result.type)).toEqual(['completeness', 'alignment', 'overlap', 'budget', 'endorsement']);
  });

  it('shows pending results while the review runs: GET /checks of a draft is empty', async () => {
    const { body } = await stack.as(us).post('/v1/plans').send(planBody()).expect(201);
    expect(await checks(body.id, us)).toEqual([]);
  });

  describe('endorsement', () => {
    it('warns until the government endorses, then passes, and the recommendation follows', async () => {
      const id = await submit(us, planBody({ title: 'Border police training in Honduras', countries: ['HN'] }));
      await awaitingDecision(id);
      const before = (await checks(id)).find((result) => result.type === 'endorsement')!;
      expect(before.status).toBe('warning');
      expect(before.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'ENDORSEMENT_MISSING' })]));

      const endorsed = await stack.as(honduras).post(`/v1/plans/${id}/endorsements`).send({ comment: 'Endorsed by the Ministry of Security' });
      expect(endorsed.status).toBe(201);
      expect(endorsed.body).toMatchObject({ planId: id, version: 1, partnerCode: 'GOV-HN', comment: 'Endorsed by the Ministry of Security' });

      await waitFor(async () => (await checks(id)).find((result) => result.type === 'endorsement')?.status === 'passed', 'the endorsement check to pass');
      const rows = await stack.query('select count(*)::int as n from check_result where plan_id = ?', [id]);
      expect(rows[0]).toEqual({ n: 5 });
      const history = (await stack.as(us).get(`/v1/plans/${id}/history`)).body.map((event: { type: string }) => event.type);
      expect(history).toContain('ActionPlanEndorsed');
    });

    it('a second endorsement of the same version answers the first with 200', async () => {
      const id = await submit(us, planBody({ countries: ['HN'] }));
      await stack.as(honduras).post(`/v1/plans/${id}/endorsements`).send({}).expect(201);
      const again = await stack.as(honduras).post(`/v1/plans/${id}/endorsements`).send({ comment: 'again' });
      expect(again.status).toBe(200);
      expect(again.body.comment).toBeNull();
    });

    it('by a government that takes no part in the plan: accepted while open, not found once the plan is closed', async () => {
      const body = planBody({ countries: ['HN', 'GT'], participants: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }] });
      const guatemala = await stack.key('partner', 'GOV-GT');
      const open = await submit(us, body);
      expect((await stack.as(guatemala).get(`/v1/plans/${open}`)).status).toBe(404);
      expect((await stack.as(guatemala).post(`/v1/plans/${open}/endorsements`)).status).toBe(201);

      const closed = (await stack.as(us).post('/v1/plans').send(body).expect(201)).body.id as string;
      await stack.as(us).post(`/v1/plans/${closed}/withdraw`).send({ reason: 'merged' }).expect(200);
      const refused = await stack.as(guatemala).post(`/v1/plans/${closed}/endorsements`);
      expect(refused.status).toBe(404);
      expect(refused.body.message).not.toMatch(/withdrawn/);
      // A government that takes part still sees the plan, and why it cannot endorse it.
      expect((await stack.as(honduras).post(`/v1/plans/${closed}/endorsements`)).status).toBe(409);
    });

    it('by a partner that governs none of the plan’s countries is refused', async () => {
      const id = await submit(us, planBody({ countries: ['HN'] }));
      expect((await stack.as(canada).post(`/v1/plans/${id}/endorsements`).send({})).status).toBe(404);
      const guatemala = await stack.key('partner', 'GOV-GT');
      expect((await stack.as(guatemala).post(`/v1/plans/${id}/endorsements`).send({})).status).toBe(404);
      expect((await stack.as(us).post(`/v1/plans/${id}/endorsements`).send({})).status).toBe(403);
      expect((await stack.as(reviewer).post(`/v1/plans/${id}/endorsements`).send({})).status).toBe(403);
    });
  });

  describe('overlap', () => {
    const policing = (summary: string) =>
      planBody({
        title: 'Community policing and youth outreach in San Pedro Sula',
        summary,
        countries: ['HN'],
        activities: [
          {
            title: 'Model community police precincts',
            description: 'Train and equip community police units in high-crime neighbourhoods of San Pedro Sula.',
            country: 'HN',
            sector: '15132',
            period: { start: '2027-01-01', end: '2028-06-30' },
            budget: { amount: '1500000.00', currency: 'USD' },
          },
        ],
      });

    it('two near-identical plans of different donors flag each other; an unrelated plan passes', async () => {
      const first = await submit(us, policing('Model police precincts and youth outreach in three high-crime neighbourhoods.'));
      await awaitingDecision(first);
      const second = await submit(canada, policing('Model police precincts and outreach to youth in high-crime neighbourhoods.'));
      const unrelated = await submit(
        spain,
        planBody({
          title: 'Port container inspection against narcotics trafficking',
          summary: 'Scanners and canine units at the port of Colón.',
          countries: ['PA'],
          goals: ['DISRUPT_TRAFFICKING'],
          programAreas: ['LAW_ENFORCEMENT'],
          participants: [{ partnerCode: 'GOV-PA', role: 'IMPLEMENTING' }],
          activities: [{ title: 'Container scanners', country: 'PA', sector: '16063', budget: { amount: '800000.00', currency: 'EUR' } }],
          budget: { amount: '800000.00', currency: 'EUR' },
        }),
      );
      await Promise.all([awaitingDecision(second), awaitingDecision(unrelated)]);

      const overlapOf = async (id: string) => (await checks(id)).find((result) => result.type === 'overlap')!;
      const secondOverlap = await overlapOf(second);
      expect(secondOverlap.status).toBe('warning');
      expect(secondOverlap.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'OVERLAP', severity: 'warning', relatedPlanId: first })]));
      await waitFor(async () => (await overlapOf(first)).findings.some((finding) => finding.relatedPlanId === second), 'the first plan to learn of the second');
      expect((await overlapOf(first)).status).toBe('warning');
      expect((await overlapOf(unrelated)).status).toBe('passed');
    });

    it('two plans checked at the same time learn of each other, though one searched the portfolio before the other was in it', async () => {
      // The first plan's check is held after its search until the second plan, submitted meanwhile,
      // has been fully checked: the second finds the first, whose result is not stored yet.
      const { body: draft } = await stack.as(us).post('/v1/plans').send(policing('Precinct training and youth outreach, held mid-check.')).expect(201);
      const first = draft.id as string;
      const data = stack.fromWorker(CheckDataService);
      const inputs = data.inputs;
      let reach!: () => void;
      let release!: () => void;
      const searched = new Promise<void>((resolve) => (reach = resolve));
      const held = new Promise<void>((resolve) => (release = resolve));
      data.inputs = async function (this: CheckDataService, ...args: Parameters<CheckDataService['inputs']>) {
        const found = await inputs.apply(this, args);
        const [, plan, needs] = args;
        if (plan.id === first && needs.includes('candidates')) {
          reach();
          await held;
        }
        return found;
      };
      try {
        await stack.as(us).post(`/v1/plans/${first}/submit`).expect(202);
        await searched;
        const second = await submit(canada, policing('Precinct training and outreach to youth, submitted mid-check.'));
        await awaitingDecision(second);
        const secondOverlap = (await checks(second)).find((result) => result.type === 'overlap')!;
        expect(secondOverlap.findings).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'warning', relatedPlanId: first })]));
        release();
        await awaitingDecision(first);
        const firstOverlap = (await checks(first)).find((result) => result.type === 'overlap')!;
        expect(firstOverlap.status).toBe('warning');
        expect(firstOverlap.findings).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'warning', relatedPlanId: second })]));
        expect((await plan(first)).recommendation).toBe('review_closely');
        expect(await stack.query('select count(*)::int as n from overlap_notice where plan_id = ?', [first])).toEqual([{ n: 0 }]);
      } finally {
        release();
        data.inputs = inputs;
      }
    });

    it('a check redelivered after its worker died between storing and merging merges the notices left for it', async () => {
      const first = await submit(us, policing('Precinct training for a worker that dies mid-check.'));
      await awaitingDecision(first);
      const second = await submit(canada, policing('Precinct training, told while the first plan’s worker was dying.'));
      await awaitingDecision(second);
      const overlapOf = async (id: string) => (await checks(id)).find((result) => result.type === 'overlap')!;
      const told = (await overlapOf(second)).findings.find((finding) => finding.relatedPlanId === first)!;
      // As the dead worker left it: the result stored without the second plan, its notice waiting.
      const [stored] = await stack.query<{ findings: { relatedPlanId?: string }[] }>(`select findings from check_result where plan_id = ? and type = 'overlap'`, [first]);
      await stack.query(`update check_result set status = 'passed', findings = ?::jsonb, noticed = true where plan_id = ? and type = 'overlap'`, [
        JSON.stringify(stored.findings.filter((finding) => finding.relatedPlanId !== second)),
        first,
      ]);
      await stack.query('insert into overlap_notice (plan_id, version, related_plan_id, related, linked) values (?, 1, ?, ?::jsonb, false)', [first, second, JSON.stringify(told.related)]);
      expect((await overlapOf(first)).findings.some((finding) => finding.relatedPlanId === second)).toBe(false);

      const run = await stack.fromWorker(CommandBus).execute(new RunActionPlanCheckCommand({ planId: first, version: 1, type: 'overlap' }));
      expect(run).toEqual({ outcome: 'already_done' });
      const merged = await overlapOf(first);
      expect(merged.status).toBe('warning');
      expect(merged.findings).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'warning', relatedPlanId: second })]));
      expect(await stack.query('select count(*)::int as n from overlap_notice where plan_id = ?', [first])).toEqual([{ n: 0 }]);
      const history = (await stack.as(reviewer).get(`/v1/plans/${first}/history`)).body as { type: string; data: Record<string, unknown> }[];
      // Once when the second plan told it, once more when the notice was merged into the result put back without it.
      expect(history.filter((event) => event.type === 'ActionPlanOverlapFound').map((event) => event.data.relatedPlanId)).toEqual([second, second]);
    });

    it('shows a partner the related plan’s lead and what the two share, but not its title, when the partner may not see it', async () => {
      const first = await submit(us, policing('Precincts and youth outreach in San Pedro Sula neighbourhoods.'));
      await awaitingDecision(first);
      const second = await submit(canada, policing('Precincts and youth outreach in San Pedro Sula neighbourhoods.'));
      await awaitingDecision(second);
      const forCanada = (await checks(second, canada)).find((result) => result.type === 'overlap')!;
      const finding = forCanada.findings.find((f) => f.relatedPlanId === first)!;
      expect(finding.related).toMatchObject({ score: expect.any(Number), leadPartner: { code: 'US', name: 'United States' }, sharedCountries: ['HN'], sharedSectors: ['15132'] });
      expect(finding.related).not.toHaveProperty('title');
      const forReviewer = (await checks(second)).find((result) => result.type === 'overlap')!;
      expect(forReviewer.findings.find((f) => f.relatedPlanId === first)!.related).toMatchObject({ title: 'Community policing and youth outreach in San Pedro Sula', sharedSectors: ['15132'] });
    });
  });

  it('a check whose job completed but whose result the database does not hold is run again by the reconciler', async () => {
    // As after a failover to an asynchronous replica that had not received the last commits: Redis
    // says the job completed, the database has the plan in review with that result still pending.
    const { body: draft } = await stack.as(us).post('/v1/plans').send(planBody({ title: 'A plan whose budget result was lost' })).expect(201);
    const id = draft.id as string;
    const handler = stack.fromWorker(RunActionPlanCheckHandler);
    const execute = handler.execute;
    handler.execute = async function (this: RunActionPlanCheckHandler, command: RunActionPlanCheckCommand) {
      if (command.job.planId !== id || command.job.type !== 'budget') return execute.call(this, command);
      handler.execute = execute;
      return { outcome: 'stored' };
    };
    try {
      await stack.as(us).post(`/v1/plans/${id}/submit`).expect(202);
      const statuses = async () => (await checks(id)).map((result) => `${result.type}:${result.status}`).sort();
      await waitFor(async () => (await statuses()).filter((status) => !/:(pending|running)$/.test(status)).length === 4, 'the four other checks to store their results');
      expect(await statuses()).toContain('budget:pending');
      expect((await plan(id)).status).toBe('in_review');
    } finally {
      handler.execute = execute;
    }

    await stack.query(`update action_plan set updated_at = now() - interval '1 hour' where id = ?`, [id]);
    const maintenance = stack.fromWorker(MaintenanceProcessor);
    await waitFor(async () => {
      await maintenance.reconcile();
      return (await plan(id)).status === 'awaiting_decision';
    }, 'the reconciler to run the lost check again', 30000);
    const budget = (await checks(id)).find((result) => result.type === 'budget')!;
    expect(['passed', 'warning', 'failed']).toContain(budget.status);
    const history = (await stack.as(reviewer).get(`/v1/plans/${id}/history`)).body.map((event: { type: string }) => event.type);
    expect(history).toEqual(['ActionPlanCreated', 'ActionPlanSubmitted', 'ActionPlanReviewStarted', 'ActionPlanReviewCompleted']);
  });

  it('the reconciler goes on past a plan whose repair keeps failing', async () => {
    const handler = stack.fromWorker(StartActionPlanReviewHandler);
    const execute = handler.execute;
    const ids: string[] = [];
    // Both plans stay submitted, as when the event that starts their review was lost.
    handler.execute = async function (this: StartActionPlanReviewHandler, command: StartActionPlanReviewCommand) {
      return ids.includes(command.planId) ? false : execute.call(this, command);
    };
    try {
      for (const title of ['A plan whose review never starts', 'A plan the reconciler must still reach']) {
        const { body } = await stack.as(us).post('/v1/plans').send(planBody({ title })).expect(201);
        ids.push(body.id as string);
        await stack.as(us).post(`/v1/plans/${body.id}/submit`).expect(202);
      }
      const [poisoned, next] = ids;
      await stack.query(`update action_plan set updated_at = now() - interval '2 hours' where id = ?`, [poisoned]);
      await stack.query(`update action_plan set updated_at = now() - interval '1 hour' where id = ?`, [next]);
      handler.execute = async function (this: StartActionPlanReviewHandler, command: StartActionPlanReviewCommand) {
        if (command.planId === poisoned) throw new Error('this plan cannot be repaired');
        return execute.call(this, command);
      };
      // The scheduled run may get there first: either way a run does not throw, and reaches the next plan.
      await expect(stack.fromWorker(MaintenanceProcessor).reconcile()).resolves.toMatchObject({ started: expect.any(Number) });
      await awaitingDecision(next);
      expect((await plan(poisoned)).status).toBe('submitted');
    } finally {
      handler.execute = execute;
    }
  });

  it('a check that keeps failing ends as a failed result with CHECK_ERROR, and the plan still awaits a decision', async () => {
    // The endorsement check reads the endorsement table; without it, every attempt fails.
    await stack.queryAsOwner('alter table endorsement rename to endorsement_away');
    try {
      const id = await submit(us);
      await awaitingDecision(id);
      const endorsement = (await checks(id)).find((result) => result.type === 'endorsement')!;
      expect(endorsement.status).toBe('failed');
      expect(endorsement.findings).toEqual([expect.objectContaining({ code: 'CHECK_ERROR', severity: 'error' })]);
      const [row] = await stack.query<{ attempts: number }>(`select attempts from check_result where plan_id = ? and type = 'endorsement'`, [id]);
      expect(row.attempts).toBe(stack.config.checkAttempts);
      expect((await plan(id)).recommendation).toBe('review_closely');
    } finally {
      await stack.queryAsOwner('alter table endorsement_away rename to endorsement');
    }
  });
});
