import { planBody } from '../support/plan-builder';
import { TestStack, waitFor } from '../support/test-stack';

interface Cell {
  goal: string;
  country: string;
  approved: { plans: number; partners: string[]; usd: string };
  pipeline: { plans: number; partners: string[]; usd: string };
}

/** A small portfolio whose figures are worked out by hand in the comments. */
describe('the portfolio', () => {
  let stack: TestStack;
  const tokens: Record<string, string> = {};
  let reviewer: string;
  const ids: Record<string, string> = {};

  const plan = (lead: string, country: string, goals: string[], activities: { country: string; sector: string; usd: string }[], extra: Record<string, unknown> = {}) => {
    const total = activities.reduce((sum, activity) => sum + Number(activity.usd), 0).toFixed(2);
    return planBody({
      title: `${lead} programme in ${country}`,
      summary: `A ${lead} programme.`,
      countries: [...new Set([country, ...activities.map((activity) => activity.country)])],
      goals,
      programAreas: [],
      participants: [],
      activities: activities.map((activity, i) => ({
        title: `${lead} activity ${i + 1}`,
        country: activity.country,
        sector: activity.sector,
        period: { start: '2027-01-01', end: '2028-06-30' },
        budget: { amount: activity.usd, currency: 'USD' },
      })),
      budget: { amount: total, currency: 'USD' },
      ...extra,
    });
  };

  const status = async (id: string) => (await stack.as(reviewer).get(`/v1/plans/${id}`)).body.status as string;

  async function submitted(lead: string, body: Record<string, unknown>): Promise<string> {
    const { body: created } = await stack.as(tokens[lead]).post('/v1/plans').send(body).expect(201);
    await stack.as(tokens[lead]).post(`/v1/plans/${created.id}/submit`).expect(202);
    await waitFor(async () => (await status(created.id)) === 'awaiting_decision', 'the review to complete', 30000);
    return created.id as string;
  }

  async function approve(id: string): Promise<void> {
    const response = await stack.as(reviewer).post(`/v1/review/plans/${id}/decisions`).send({ decision: 'approve', coordination: { action: 'justified', note: 'Reviewed with the partners' } });
    expect(response.body.plan?.status ?? response.body).toBe('approved');
  }

  beforeAll(async () => {
    stack = await TestStack.start({ worker: true, env: { APPROVALS_REQUIRED: '1' } });
    for (const code of ['US', 'CA', 'ES', 'MX', 'CO', 'CL']) tokens[code] = await stack.key('partner', code);
    reviewer = await stack.key('reviewer', 'OAS');

    // HN x SAFE_STREETS 500,000 and HN x STATE_PRESENCE 500,000: police (15132) supports both claimed goals.
    ids.p1 = await submitted('US', plan('US', 'HN', ['SAFE_STREETS', 'STATE_PRESENCE'], [{ country: 'HN', sector: '15132', usd: '1000000.00' }]));
    // Two countries, two goals: GT x ACCOUNTABLE_GOVERNMENT 300,000 (judicial, 15130) and SV x SAFE_STREETS 200,000 (peace-building, 15220).
    ids.p2 = await submitted(
      'CA',
      plan('CA', 'GT', ['SAFE_STREETS', 'ACCOUNTABLE_GOVERNMENT'], [
        { country: 'GT', sector: '15130', usd: '300000.00' },
        { country: 'SV', sector: '15220', usd: '200000.00' },
      ]),
    );
    // Both superseded later by p4: never counted once p4 is approved.
    ids.p3 = await submitted('ES', plan('ES', 'PA', ['DISRUPT_TRAFFICKING'], [{ country: 'PA', sector: '16063', usd: '400000.00' }]));
    ids.p5 = await submitted('US', plan('US', 'PA', ['DISRUPT_TRAFFICKING'], [{ country: 'PA', sector: '16063', usd: '100000.00' }]));
    // In the pipeline only: GT x SAFE_STREETS 250,000.
    ids.p6 = await submitted('MX', plan('MX', 'GT', ['SAFE_STREETS'], [{ country: 'GT', sector: '15132', usd: '250000.00' }]));
    for (const id of [ids.p1, ids.p2, ids.p3]) await approve(id);
    // The consolidated plan: ES leads, US takes part; PA x DISRUPT_TRAFFICKING 450,000.
    ids.p4 = await submitted(
      'ES',
      plan('ES', 'PA', ['DISRUPT_TRAFFICKING'], [{ country: 'PA', sector: '16063', usd: '450000.00' }], {
        title: 'Consolidated port security programme',
        participants: [{ partnerCode: 'US', role: 'FUNDING' }],
        supersedes: [ids.p3, ids.p5],
      }),
    );
    await approve(ids.p4);
  });

  afterAll(() => stack.stop());

  it('an approved consolidated plan supersedes the plans it names, in their history', async () => {
    expect(await status(ids.p3)).toBe('superseded');
    expect(await status(ids.p5)).toBe('superseded');
    const history = (await stack.as(reviewer).get(`/v1/plans/${ids.p3}/history`)).body;
    expect(history.at(-1)).toMatchObject({ type: 'ActionPlanSuperseded', data: { supersededBy: ids.p4, from: 'approved', status: 'superseded' } });
    // And the consolidated plan's own history tells what its approval did.
    const consolidated = (await stack.as(reviewer).get(`/v1/plans/${ids.p4}/history`)).body;
    expect(consolidated.slice(-2).map((event: { type: string }) => event.type)).toEqual(['ActionPlanApproved', 'ActionPlanConsolidated']);
    expect(consolidated.at(-1).data).toEqual({ superseded: [ids.p3, ids.p5].sort(), notSuperseded: [] });
  });

  it('coverage splits each plan over its goals and countries, keeps the pipeline apart, and leaves superseded plans out', async () => {
    const { body } = await stack.as(reviewer).get('/v1/portfolio/coverage');
    expect(body.cells).toHaveLength(35);
    const nonEmpty = (body.cells as Cell[]).filter((cell) => cell.approved.plans > 0 || cell.pipeline.plans > 0);
    const figures = Object.fromEntries(nonEmpty.map((cell) => [`${cell.goal} ${cell.country}`, [cell.approved.usd, cell.approved.partners.join(','), cell.pipeline.usd]]));
    expect(figures).toEqual({
      'SAFE_STREETS HN': ['500000.00', 'US', '0.00'],
      'STATE_PRESENCE HN': ['500000.00', 'US', '0.00'],
      'ACCOUNTABLE_GOVERNMENT GT': ['300000.00', 'CA', '0.00'],
      'SAFE_STREETS SV': ['200000.00', 'CA', '0.00'],
      'DISRUPT_TRAFFICKING PA': ['450000.00', 'ES,US', '0.00'],
      'SAFE_STREETS GT': ['0.00', '', '250000.00'],
    });
    expect(body.totals).toEqual({ approvedUsd: '1950000.00', pipelineUsd: '250000.00' });
  });

  it('shows a partner every approved plan but only its own in the pipeline, in coverage and gaps', async () => {
    const cell = async (token: string) =>
      ((await stack.as(token).get('/v1/portfolio/coverage')).body.cells as Cell[]).find((c) => c.goal === 'SAFE_STREETS' && c.country === 'GT')!;
    const gap = async (token: string) =>
      ((await stack.as(token).get('/v1/portfolio/gaps')).body.gaps as { goal: string; country: string; pipelineUsd: string }[]).find((g) => g.goal === 'SAFE_STREETS' && g.country === 'GT')!;
    // MX's plan is awaiting a decision: Colombia cannot see it, so it is not in Colombia's figures.
    expect((await cell(tokens.CO)).pipeline).toEqual({ plans: 0, partners: [], usd: '0.00' });
    expect((await gap(tokens.CO)).pipelineUsd).toBe('0.00');
    expect((await stack.as(tokens.CO).get('/v1/portfolio/coverage')).body.totals).toEqual({ approvedUsd: '1950000.00', pipelineUsd: '0.00' });
    expect((await cell(tokens.MX)).pipeline).toEqual({ plans: 1, partners: ['MX'], usd: '250000.00' });
    expect((await gap(tokens.MX)).pipelineUsd).toBe('250000.00');
    expect((await cell(tokens.CO)).approved).toEqual((await cell(reviewer)).approved);
  });

  it('coverage filters by partner and by period', async () => {
    const canada = (await stack.as(reviewer).get('/v1/portfolio/coverage?partner=CA')).body.totals;
    expect(canada).toEqual({ approvedUsd: '500000.00', pipelineUsd: '0.00' });
    expect((await stack.as(reviewer).get('/v1/portfolio/coverage?programArea=PREVENTION')).body.totals).toEqual({ approvedUsd: '0.00', pipelineUsd: '0.00' });
    expect((await stack.as(reviewer).get('/v1/portfolio/coverage?from=2030-01-01')).body.totals).toEqual({ approvedUsd: '0.00', pipelineUsd: '0.00' });
    expect((await stack.as(reviewer).get('/v1/portfolio/coverage?from=2027-13-01')).status).toBe(400);
  });

  it('gaps list unfunded cells first (those with nothing in the pipeline before the rest), then the underfunded', async () => {
    const { body } = await stack.as(reviewer).get('/v1/portfolio/gaps?minShare=0.2');
    const gaps = body.gaps as { goal: string; country: string; severity: string; share: number; pipelineUsd: string }[];
    expect(gaps).toHaveLength(32);
    expect(gaps.slice(0, 29).every((gap) => gap.severity === 'unfunded' && gap.pipelineUsd === '0.00')).toBe(true);
    expect(gaps.slice(29).map((gap) => [gap.goal, gap.country, gap.severity, gap.share])).toEqual([
      ['SAFE_STREETS', 'GT', 'unfunded', 0],
      ['SAFE_STREETS', 'SV', 'underfunded', 0.1026],
      ['ACCOUNTABLE_GOVERNMENT', 'GT', 'underfunded', 0.1538],
    ]);
  });

  describe('overlaps', () => {
    const duplicate = (lead: string, country = 'NI') =>
      plan(lead, country, ['SAFE_STREETS'], [{ country, sector: '15180', usd: '600000.00' }], {
        title: 'Ending violence against women in Managua neighbourhoods',
        summary: 'Shelters, hotlines and specialised police units for survivors of gender-based violence in Managua.',
        activities: [
          {
            title: 'Specialised police units and shelters for survivors',
            description: 'Train specialised police units and open shelters for survivors of gender-based violence in Managua.',
            country,
            sector: '15180',
            period: { start: '2027-01-01', end: '2028-06-30' },
            budget: { amount: '600000.00', currency: 'USD' },
          },
        ],
      });

    beforeAll(async () => {
      ids.p7 = await submitted('CO', duplicate('CO'));
      ids.p8 = await submitted('CL', { ...duplicate('CL'), coFunds: [ids.p1] });
      const overlapOf = async (id: string) => (await stack.as(reviewer).get(`/v1/plans/${id}/checks`)).body.find((r: { type: string }) => r.type === 'overlap');
      await waitFor(async () => (await overlapOf(ids.p7)).findings.some((f: { relatedPlanId?: string }) => f.relatedPlanId === ids.p8), 'the first duplicate to learn of the second');
    });

    it('cluster planted duplicates with what they share, their combined budget and a suggested action', async () => {
      const clusters = (await stack.as(reviewer).get('/v1/portfolio/overlaps')).body;
      const cluster = clusters.find((c: { plans: { id: string }[] }) => c.plans.some((p) => p.id === ids.p7));
      expect(cluster.plans.map((p: { id: string }) => p.id).sort()).toEqual([ids.p7, ids.p8].sort());
      expect(cluster).toMatchObject({ sharedCountries: ['NI'], sharedSectors: ['15180'], combinedBudgetUsd: '1200000.00', suggestedAction: 'merge' });
      expect(cluster.plans.find((p: { id: string }) => p.id === ids.p8).coFunds).toEqual([ids.p1]);
    });

    it('show a partner only clusters with its own plans, and others’ plans only as far as it may see them', async () => {
      const forColombia = (await stack.as(tokens.CO).get('/v1/portfolio/overlaps')).body;
      expect(forColombia).toHaveLength(1);
      const other = forColombia[0].plans.find((p: { id: string }) => p.id === ids.p8);
      expect(other).toEqual({ id: ids.p8 });
      expect(forColombia[0].combinedBudgetUsd).toBe('600000.00');
      // The link's score is in Colombia's own overlap finding; what it shares is Chile's content.
      const forReviewer = (await stack.as(reviewer).get('/v1/portfolio/overlaps')).body.find((c: { plans: { id: string }[] }) => c.plans.some((p) => p.id === ids.p7));
      expect(forColombia[0]).toMatchObject({ maxScore: forReviewer.maxScore, sharedCountries: [], sharedSectors: [], sharedProgramAreas: [], period: null, suggestedAction: 'merge' });
      expect(forColombia[0]).not.toHaveProperty('links');
      expect((await stack.as(tokens.CA).get('/v1/portfolio/overlaps')).body).toEqual([]);
    });

    it('the coordination gate refuses an approval without a resolution, and records one', async () => {
      const refused = await stack.as(reviewer).post(`/v1/review/plans/${ids.p7}/decisions`).send({ decision: 'approve' });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('DECISION.COORDINATION_REQUIRED');
      const coordination = { action: 'merge', note: 'Colombia and Chile agree to merge into one programme' };
      await stack.as(reviewer).post(`/v1/review/plans/${ids.p7}/decisions`).send({ decision: 'approve', coordination }).expect(201);
      const [row] = await stack.query<{ coordination: unknown }>('select coordination from decision where plan_id = ?', [ids.p7]);
      expect(row.coordination).toEqual(coordination);
    });

    it('the coordination gate does not ask for a resolution with a plan that has left the portfolio', async () => {
      const kept = await submitted('CO', duplicate('CO', 'BZ'));
      const withdrawn = await submitted('ES', duplicate('ES', 'BZ'));
      const overlapOf = async (id: string) => (await stack.as(reviewer).get(`/v1/plans/${id}/checks`)).body.find((r: { type: string }) => r.type === 'overlap');
      await waitFor(async () => (await overlapOf(kept)).findings.some((f: { relatedPlanId?: string; severity: string }) => f.relatedPlanId === withdrawn && f.severity === 'warning'), 'the overlap warning');
      await stack.as(tokens.ES).post(`/v1/plans/${withdrawn}/withdraw`).send({ reason: 'Merged into Colombia’s programme' }).expect(200);

      const approved = await stack.as(reviewer).post(`/v1/review/plans/${kept}/decisions`).send({ decision: 'approve' });
      expect(approved.status).toBe(201);
      expect(approved.body.plan.status).toBe('approved');
    });
  });

  // Last: it adds to the pipeline figures the tests above work out by hand.
  it('adds up plans of the largest amount one plan may state, in coverage, gaps and the budget check', async () => {
    const amount = '999999999999999.99';
    const largest = [{ country: 'PA', sector: '15130', usd: amount }];
    const budget = { amount, currency: 'USD' };
    await submitted('US', plan('US', 'PA', ['ACCOUNTABLE_GOVERNMENT'], largest, { title: 'Courts in Colón', budget }));
    await submitted('CL', plan('CL', 'PA', ['ACCOUNTABLE_GOVERNMENT'], largest, { title: 'Prosecutors in David', budget }));
    const small = await submitted('MX', plan('MX', 'PA', ['ACCOUNTABLE_GOVERNMENT'], [{ country: 'PA', sector: '15130', usd: '500000.00' }], { title: 'Public defenders' }));

    const checks = (await stack.as(tokens.MX).get(`/v1/plans/${small}/checks`)).body as { type: string; status: string; findings: { code: string }[] }[];
    const budgetCheck = checks.find((check) => check.type === 'budget')!;
    expect(budgetCheck.status).toBe('warning');
    expect(budgetCheck.findings.map((finding) => finding.code)).toContain('ENVELOPE_EXCEEDED');

    const coverage = await stack.as(reviewer).get('/v1/portfolio/coverage');
    expect(coverage.status).toBe(200);
    const cell = (coverage.body.cells as Cell[]).find((c) => c.goal === 'ACCOUNTABLE_GOVERNMENT' && c.country === 'PA')!;
    expect(cell.pipeline).toEqual({ plans: 3, partners: ['CL', 'MX', 'US'], usd: '2000000000499999.98' });
    expect((await stack.as(tokens.US).get('/v1/portfolio/coverage')).status).toBe(200);
    const gaps = await stack.as(reviewer).get('/v1/portfolio/gaps');
    expect(gaps.status).toBe(200);
    expect(gaps.body.gaps.find((gap: { goal: string; country: string }) => gap.goal === 'ACCOUNTABLE_GOVERNMENT' && gap.country === 'PA').pipelineUsd).toBe('2000000000499999.98');
  });

  // Last too: it approves a plan, which the coverage worked out above does not count.
  it('records on a consolidated plan the plans it named but could not supersede, and refuses one naming itself', async () => {
    const unknown = '0192f5c0-0000-7000-8000-0000000000ff';
    const body = plan('ES', 'CR', ['SAFE_STREETS'], [{ country: 'CR', sector: '15220', usd: '100000.00' }], { title: 'Peace-building in Limón', supersedes: [ids.p1, unknown] });
    const { body: created } = await stack.as(tokens.ES).post('/v1/plans').send(body).expect(201);
    const selfNamed = await stack.as(tokens.ES).put(`/v1/plans/${created.id}`).send({ ...body, supersedes: [created.id], coFunds: [created.id] });
    expect(selfNamed.status).toBe(400);
    expect(selfNamed.body.details).toEqual([
      { field: 'supersedes', message: 'supersedes names this plan itself' },
      { field: 'coFunds', message: 'coFunds names this plan itself' },
    ]);

    await stack.as(tokens.ES).post(`/v1/plans/${created.id}/submit`).expect(202);
    await waitFor(async () => (await status(created.id)) === 'awaiting_decision', 'the review to complete', 30000);
    await approve(created.id);
    // US leads p1 and takes no part in the consolidated plan: it keeps its plan.
    expect(await status(ids.p1)).toBe('approved');
    const history = (await stack.as(tokens.ES).get(`/v1/plans/${created.id}/history`)).body;
    expect(history.at(-1)).toMatchObject({ type: 'ActionPlanConsolidated', data: { superseded: [], notSuperseded: [ids.p1, unknown] } });
  });
});
