import { planBody } from '../support/plan-builder';
import { ResponseCapture } from '../support/response-capture';
import { TestStack, waitFor } from '../support/test-stack';

interface Finding {
  code: string;
  severity: string;
  relatedPlanId?: string;
  related?: Record<string, unknown>;
}

/** Two activities, each in a sector of its own: a revision can drop one. */
const policing = (title: string, summary: string, budget: string, sectors: string[]) =>
  planBody({
    title,
    summary,
    activities: sectors.map((sector) => ({
      title: sector === '15132' ? 'Model community police precincts' : 'Vocational training for at-risk youth',
      description: 'Community police units and youth outreach in high-crime neighbourhoods of San Pedro Sula.',
      country: 'HN',
      sector,
      period: { start: '2027-01-01', end: '2028-06-30' },
      budget: { amount: (Number(budget) / sectors.length).toFixed(2), currency: 'USD' },
    })),
    budget: { amount: budget, currency: 'USD' },
  });

/**
 * Coordination with a counterpart: a partner warned of an overlap with a plan it may not see is told
 * who leads that plan and what the two share, never its title, budget or text; the earlier plan's
 * history records the warning it was told of; and the portfolio shows the pair as the current
 * versions have it, resolved once both were approved with a coordination.
 */
describe('coordination with a counterpart', () => {
  const capture = new ResponseCapture();
  let stack: TestStack;
  let us: string;
  let eu: string;
  let canada: string;
  let reviewers: string[];
  let usPlan: string;
  let euPlan: string;

  const US_TITLE = 'Community policing and youth outreach in San Pedro Sula';
  const US_SUMMARY = 'Model police precincts and vocational training for youth in three neighbourhoods of San Pedro Sula.';
  const US_BUDGET = '1234567.00';

  beforeAll(async () => {
    stack = await TestStack.start({ worker: true, capture });
    [us, eu, canada, ...reviewers] = await Promise.all([
      stack.key('partner', 'US'),
      stack.key('partner', 'EU'),
      stack.key('partner', 'CA'),
      stack.key('reviewer', 'OAS'),
      stack.key('reviewer', 'UN'),
    ]);
    usPlan = await submitted(us, policing(US_TITLE, US_SUMMARY, US_BUDGET, ['15132', '11330']));
    euPlan = await submitted(eu, policing('Youth outreach and community police in San Pedro Sula', 'Police precincts and vocational training for young people in San Pedro Sula.', '800000.00', ['15132', '11330']));
    await waitFor(async () => (await overlapFindings(usPlan, us)).some((finding) => finding.relatedPlanId === euPlan), 'the US plan to be told of the EU plan');
  });

  afterAll(async () => {
    await capture.expectNoLeaks(stack);
    await stack.stop();
  });

  async function submitted(token: string, body: Record<string, unknown>, id?: string): Promise<string> {
    const planId = id ?? ((await stack.as(token).post('/v1/plans').send(body).expect(201)).body.id as string);
    if (id) await stack.as(token).put(`/v1/plans/${id}`).send(body).expect(200);
    await stack.as(token).post(`/v1/plans/${planId}/submit`).expect(202);
    await waitFor(async () => (await stack.as(token).get(`/v1/plans/${planId}`)).body.status === 'awaiting_decision', `plan ${planId} to await a decision`, 30000);
    return planId;
  }

  async function overlapFindings(id: string, token: string): Promise<Finding[]> {
    const checks = (await stack.as(token).get(`/v1/plans/${id}/checks`).expect(200)).body as { type: string; findings: Finding[] }[];
    return checks.find((check) => check.type === 'overlap')?.findings ?? [];
  }

  const approve = (token: string, id: string, note: string) =>
    stack.as(token).post(`/v1/review/plans/${id}/decisions`).send({ decision: 'approve', coordination: { action: 'co_fund', note } });

  it('names the other plan’s lead partner and what the two share, for a plan the caller may not see, without its title, budget or text', async () => {
    await stack.as(eu).get(`/v1/plans/${usPlan}`).expect(404);
    const response = await stack.as(eu).get(`/v1/plans/${euPlan}/checks`).expect(200);
    const finding = (await overlapFindings(euPlan, eu)).find((found) => found.relatedPlanId === usPlan)!;
    expect(finding).toMatchObject({ code: 'OVERLAP', severity: 'warning' });
    expect(finding.related).toEqual({
      score: expect.any(Number),
      status: 'awaiting_decision',
      leadPartner: { code: 'US', name: 'United States' },
      sharedCountries: ['HN'],
      sharedSectors: ['11330', '15132'],
      sharedProgramAreas: ['PREVENTION'],
      overlappingPeriod: { start: '2027-01-01', end: '2028-12-31' },
    });
    for (const secret of [US_TITLE, US_SUMMARY, US_BUDGET, '1,234,567', '617283.50']) expect(response.text).not.toContain(secret);
  });

  it('gives the plan’s title to a caller who may see it', async () => {
    const finding = (await overlapFindings(euPlan, reviewers[0])).find((found) => found.relatedPlanId === usPlan)!;
    expect(finding.related).toMatchObject({ title: US_TITLE, leadPartner: { code: 'US', name: 'United States' } });
  });

  it('lets the warned partner read the other plan’s summary, and nobody else who may not see it', async () => {
    const summary = await stack.as(eu).get(`/v1/plans/${usPlan}/summary`).expect(200);
    expect(summary.body).toEqual({
      id: usPlan,
      status: 'awaiting_decision',
      leadPartner: { code: 'US', name: 'United States' },
      overlaps: [
        {
          planId: euPlan,
          score: expect.any(Number),
          sharedCountries: ['HN'],
          sharedSectors: ['11330', '15132'],
          sharedProgramAreas: ['PREVENTION'],
          overlappingPeriod: { start: '2027-01-01', end: '2028-12-31' },
        },
      ],
    });
    for (const secret of [US_TITLE, US_SUMMARY, US_BUDGET]) expect(summary.text).not.toContain(secret);
    await stack.as(canada).get(`/v1/plans/${usPlan}/summary`).expect(404);
    expect((await stack.as(us).get(`/v1/plans/${usPlan}/summary`).expect(200)).body).toMatchObject({ title: US_TITLE, leadPartner: { code: 'US' } });
  });

  it('records in the earlier plan’s history the warning a later plan’s check merged into its results', async () => {
    const history = (await stack.as(us).get(`/v1/plans/${usPlan}/history`).expect(200)).body as { type: string; actor: { kind: string }; data: Record<string, unknown> }[];
    const found = history.filter((event) => event.type === 'ActionPlanOverlapFound');
    expect(found).toEqual([expect.objectContaining({ actor: expect.objectContaining({ kind: 'system' }), data: { relatedPlanId: euPlan, score: expect.any(Number), severity: 'warning' } })]);
    expect(found[0].data.score).toBe((await overlapFindings(usPlan, us)).find((finding) => finding.relatedPlanId === euPlan)!.related!.score);
  });

  it('shows in the portfolio what the current versions share, then the resolution of both approvals, with no merge suggested', async () => {
    await stack.as(reviewers[0]).post(`/v1/review/plans/${euPlan}/decisions`).send({ decision: 'request_changes', comment: 'Leave the precincts to the US plan.' }).expect(201);
    await submitted(eu, policing('Youth outreach in San Pedro Sula', 'Vocational training for young people in San Pedro Sula.', '800000.00', ['11330']), euPlan);
    const cluster = async () => {
      const clusters = (await stack.as(reviewers[1]).get('/v1/portfolio/overlaps').expect(200)).body as { plans: { id: string }[]; [field: string]: unknown }[];
      return clusters.find((found) => found.plans.some((plan) => plan.id === euPlan));
    };
    // The US plan's result still holds what the EU plan's first version shared.
    expect((await overlapFindings(usPlan, reviewers[0])).find((finding) => finding.relatedPlanId === euPlan)!.related).toMatchObject({ sharedSectors: ['11330', '15132'] });
    expect(await cluster()).toMatchObject({ sharedSectors: ['11330'], resolution: null });
    expect((await cluster())!.suggestedAction).not.toBe('none');

    for (const [id, note] of [
      [usPlan, 'The EU funds the youth component.'],
      [euPlan, 'The EU plan co-funds the US plan’s youth component.'],
    ]) {
      for (const reviewer of reviewers) expect((await approve(reviewer, id, note)).status).toBe(201);
    }
    const resolved = await cluster();
    expect(resolved).toMatchObject({
      plans: expect.arrayContaining([expect.objectContaining({ id: usPlan, status: 'approved' }), expect.objectContaining({ id: euPlan, status: 'approved' })]),
      sharedSectors: ['11330'],
      suggestedAction: 'none',
      resolution: { action: 'co_fund', note: 'The EU plan co-funds the US plan’s youth component.', decidedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) },
    });
    const forUs = ((await stack.as(us).get('/v1/portfolio/overlaps').expect(200)).body as { resolution: unknown }[]).find((found) => found.resolution !== null);
    expect(forUs).toMatchObject({ suggestedAction: 'none', resolution: { action: 'co_fund' } });
  });
});
