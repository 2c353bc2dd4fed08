import { planBody } from '../support/plan-builder';
import { TestStack, waitFor } from '../support/test-stack';

/**
 * Reviewer decisions on plans that went through the real pipeline. Each plan is for its own country
 * and sector, so the overlap check does not warn unless a test means it to.
 */
describe('reviewer decisions', () => {
  let stack: TestStack;
  let us: string;
  let reviewers: string[];
  let affiliated: string;
  let admin: string;

  beforeAll(async () => {
    stack = await TestStack.start({ worker: true, env: { APPROVALS_REQUIRED: '2', REVIEW_SLA_HOURS: '0.0005', ESCALATION_EVERY_MS: '200' } });
    us = await stack.key('partner', 'US');
    const affiliations = ['OAS', 'UN', 'EU', 'IDB', 'WB', 'CA', 'MX', 'CO', 'CL', 'ES', 'SICA', 'GOV-BZ', 'GOV-CR', 'GOV-SV', 'GOV-GT', 'GOV-NI', 'GOV-PA', 'OAS', 'UN', 'EU'];
    reviewers = await Promise.all(affiliations.map((code) => stack.key('reviewer', code)));
    affiliated = await stack.key('reviewer', 'GOV-HN');
    admin = await stack.key('admin');
  });

  afterAll(() => stack.stop());

  /** Sectors that support the goals planBody claims; with the countries, no two plans share both. */
  const SECTORS = ['15132', '15220', '15180', '11330', '16010', '15240', '15112'];
  const COUNTRIES = ['HN', 'GT', 'SV', 'BZ', 'CR', 'NI', 'PA'];
  let made = 0;

  /** A plan awaiting a decision, with `amount` as its budget (over BUDGET_MAX_USD fails the budget check). */
  async function awaiting(amount = '1500000.00'): Promise<string> {
    const country = COUNTRIES[made % COUNTRIES.length];
    const sector = SECTORS[Math.floor(made / COUNTRIES.length) % SECTORS.length];
    made += 1;
    const budget = { amount, currency: 'USD' };
    const body = planBody({
      title: `Plan ${made}`,
      countries: [country],
      programAreas: [],
      activities: [{ title: `Activity ${made}`, country, sector, period: { start: '2027-01-01', end: '2028-06-30' }, budget }],
      budget,
    });
    const { body: plan } = await stack.as(us).post('/v1/plans').send(body).expect(201);
    await stack.as(us).post(`/v1/plans/${plan.id}/submit`).expect(202);
    await waitFor(async () => (await stack.as(us).get(`/v1/plans/${plan.id}`)).body.status === 'awaiting_decision', 'the review to complete', 30000);
    return plan.id as string;
  }

  const decide = (token: string, id: string, body: Record<string, unknown>) => stack.as(token).post(`/v1/review/plans/${id}/decisions`).send(body);
  const status = async (id: string) => (await stack.as(us).get(`/v1/plans/${id}`)).body.status as string;
  type HistoryEvent = { seq: number; type: string; data: Record<string, unknown>; actor: { role: string; partnerCode: string | null } };
  const fullHistory = async (id: string) => (await stack.as(us).get(`/v1/plans/${id}/history`)).body as HistoryEvent[];
  /** Without the overdue marks, which the short SLA of this suite may slip in at any point. */
  const history = async (id: string) => (await fullHistory(id)).filter((event) => event.type !== 'ActionPlanMarkedOverdue');

  it('one approval does not approve; a second distinct reviewer’s does', async () => {
    const id = await awaiting();
    const first = await decide(reviewers[0], id, { decision: 'approve', comment: 'Sound plan' });
    expect(first.status).toBe(201);
    expect(first.body.decision).toMatchObject({ decision: 'approve', affiliation: 'OAS', comment: 'Sound plan', version: 1 });
    expect(first.body.plan.status).toBe('awaiting_decision');

    const queue = (await stack.as(reviewers[2]).get('/v1/review/queue')).body.items;
    expect(queue.find((item: { id: string }) => item.id === id)).toMatchObject({ approvals: [expect.objectContaining({ affiliation: 'OAS' })], approvalsRequired: 2 });

    const second = await decide(reviewers[1], id, { decision: 'approve' });
    expect(second.body.plan.status).toBe('approved');
    const events = await history(id);
    expect(events.slice(-3).map((event) => event.type)).toEqual(['ActionPlanDecisionRecorded', 'ActionPlanDecisionRecorded', 'ActionPlanApproved']);
    expect(events[events.length - 3]).toMatchObject({ actor: { role: 'reviewer', partnerCode: 'OAS' }, data: { decision: 'approve', affiliation: 'OAS', comment: 'Sound plan' } });
    expect((await decide(reviewers[2], id, { decision: 'approve' })).status).toBe(409);
  });

  it('the same reviewer twice on a version is 409', async () => {
    const id = await awaiting();
    await decide(reviewers[0], id, { decision: 'approve' }).expect(201);
    const again = await decide(reviewers[0], id, { decision: 'approve' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DECISION.ALREADY_DECIDED');
  });

  it('a reviewer affiliated with a participating partner is 403 and records nothing', async () => {
    const id = await awaiting();
    const refused = await decide(affiliated, id, { decision: 'approve' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('DECISION.CONFLICT_OF_INTEREST');
    expect(await stack.query('select * from decision where plan_id = ?', [id])).toEqual([]);
  });

  it('partners cannot decide', async () => {
    const id = await awaiting();
    expect((await decide(us, id, { decision: 'approve' })).status).toBe(403);
  });

  it('an approval needs no comment: a null or blank one is none, a comment of the wrong type is a 400', async () => {
    const id = await awaiting();
    expect((await decide(reviewers[2], id, { decision: 'approve', comment: 42 })).body.details).toEqual([{ field: 'comment', message: 'comment must be a string' }]);
    const withNull = await decide(reviewers[2], id, { decision: 'approve', comment: null });
    expect(withNull.status).toBe(201);
    expect(withNull.body.decision).toMatchObject({ decision: 'approve', comment: null });
    const blank = await decide(reviewers[3], id, { decision: 'approve', comment: '  ' });
    expect(blank.status).toBe(201);
    expect(blank.body.decision).toMatchObject({ decision: 'approve', comment: null });
    expect(blank.body.plan.status).toBe('approved');
  });

  it('reject needs a comment, then rejects with one reviewer', async () => {
    const id = await awaiting();
    const missing = await decide(reviewers[0], id, { decision: 'reject' });
    expect(missing.status).toBe(400);
    expect(missing.body.details).toEqual([{ field: 'comment', message: 'comment is required to reject or request changes' }]);
    expect((await decide(reviewers[0], id, { decision: 'reject', comment: '   ' })).status).toBe(400);
    const rejected = await decide(reviewers[0], id, { decision: 'reject', comment: 'Duplicates the SICA programme' });
    expect(rejected.body.plan.status).toBe('rejected');
    expect((await history(id)).at(-1)).toMatchObject({ type: 'ActionPlanRejected' });
  });

  it('request changes sends the plan back; the lead revises and resubmits, and the new version is decided afresh', async () => {
    const id = await awaiting();
    expect((await decide(reviewers[0], id, { decision: 'request_changes' })).status).toBe(400);
    await decide(reviewers[0], id, { decision: 'request_changes', comment: 'Add baseline data' }).expect(201);
    expect(await status(id)).toBe('changes_requested');

    const current = (await stack.as(us).get(`/v1/plans/${id}/versions/1`)).body;
    const { planId: _planId, version: _version, createdAt: _createdAt, createdBy: _createdBy, ...content } = current;
    await stack.as(us).put(`/v1/plans/${id}`).send({ ...content, summary: 'Now with baseline data.' }).expect(200);
    await stack.as(us).post(`/v1/plans/${id}/submit`).expect(202);
    await waitFor(async () => (await status(id)) === 'awaiting_decision', 'version 2 to await a decision', 30000);
    const decided = await decide(reviewers[0], id, { decision: 'approve' });
    expect(decided.status).toBe(201);
    expect(decided.body.decision.version).toBe(2);
  });

  it('a decision on a plan that is not awaiting one is 409, and a stale If-Match 412', async () => {
    const { body } = await stack.as(us).post('/v1/plans').send(planBody()).expect(201);
    expect((await decide(reviewers[0], body.id, { decision: 'approve' })).status).toBe(409);
    const id = await awaiting();
    const stale = await stack.as(reviewers[0]).post(`/v1/review/plans/${id}/decisions`).set('If-Match', '"1"').send({ decision: 'approve' });
    expect(stale.status).toBe(412);
  });

  describe('failed checks', () => {
    /** A budget over BUDGET_MAX_USD fails the budget check. */
    const failing = () => awaiting('2000000000.00');

    it('block approval without an override, and a reviewer may not override', async () => {
      const id = await failing();
      const blocked = await decide(reviewers[0], id, { decision: 'approve' });
      expect(blocked.status).toBe(409);
      expect(blocked.body.code).toBe('DECISION.FAILED_CHECKS');
      const byReviewer = await decide(reviewers[1], id, { decision: 'approve', override: { checks: ['budget'], justification: 'Verified by hand today.' } });
      expect(byReviewer.status).toBe(403);
    });

    it('are overridden by an admin naming them, with the justification recorded', async () => {
      const id = await failing();
      const failed = (await stack.as(admin).get(`/v1/plans/${id}/checks`)).body.filter((r: { status: string }) => r.status === 'failed').map((r: { type: string }) => r.type);
      expect(failed).toContain('budget');
      expect(failed).toEqual(['budget']);
      const override = { checks: failed, justification: 'Multi-year envelope agreed by the donors.' };
      const decided = await decide(admin, id, { decision: 'approve', override });
      expect(decided.status).toBe(201);
      const [row] = await stack.query<{ override: unknown }>('select override from decision where plan_id = ?', [id]);
      expect(row.override).toEqual(override);
      expect((await history(id)).at(-1)).toMatchObject({ type: 'ActionPlanDecisionRecorded', data: { override } });
      expect(decided.body.plan.status).toBe('awaiting_decision');
      // The override stands for the version: the second approval, a reviewer's, completes it.
      const second = await decide(reviewers[0], id, { decision: 'approve' });
      expect(second.status).toBe(201);
      expect(second.body.plan.status).toBe('approved');
    });
  });

  it('20 parallel decisions on one plan leave exactly one outcome and a consistent history', async () => {
    const id = await awaiting();
    const bodies = reviewers.map((_, i) => (i % 5 === 4 ? { decision: 'reject', comment: `No ${i}` } : { decision: 'approve' }));
    const responses = await Promise.all(reviewers.map((token, i) => decide(token, id, bodies[i])));
    expect(responses.every((response) => [201, 409].includes(response.status))).toBe(true);

    const final = await status(id);
    expect(['approved', 'rejected']).toContain(final);
    const decisions = await stack.query<{ decision: string }>('select decision from decision where plan_id = ? order by created_at', [id]);
    const events = await history(id);
    const outcomes = events.filter((event) => ['ActionPlanApproved', 'ActionPlanRejected'].includes(event.type));
    expect(outcomes).toHaveLength(1);
    expect(events.filter((event) => event.type === 'ActionPlanDecisionRecorded')).toHaveLength(decisions.length);
    expect(responses.filter((response) => response.status === 201)).toHaveLength(decisions.length);
    if (final === 'approved') {
      expect(decisions.map((d) => d.decision)).toEqual(['approve', 'approve']);
    } else {
      expect(decisions.at(-1)!.decision).toBe('reject');
      expect(decisions.filter((d) => d.decision === 'approve').length).toBeLessThan(2);
    }
    const all = await fullHistory(id);
    expect(all.map((event) => event.seq)).toEqual(all.map((_, i) => i + 1));
  });

  it('a plan waiting past the SLA is marked overdue, in its history and in the queue', async () => {
    const id = await awaiting();
    await waitFor(async () => (await fullHistory(id)).some((event) => event.type === 'ActionPlanMarkedOverdue'), 'the plan to be marked overdue', 20000);
    const item = (await stack.as(reviewers[0]).get('/v1/review/queue')).body.items.find((entry: { id: string }) => entry.id === id);
    expect(item).toMatchObject({ overdue: true });
    expect(item.ageSeconds).toBeGreaterThanOrEqual(1);
    expect((await fullHistory(id)).filter((event) => event.type === 'ActionPlanMarkedOverdue')).toHaveLength(1);
  });

  it('the queue lists oldest first, filters, and pages', async () => {
    const items = (await stack.as(reviewers[0]).get('/v1/review/queue?limit=100')).body.items as { awaitingSince: string; countries: string[] }[];
    const times = items.map((item) => item.awaitingSince);
    expect([...times].sort()).toEqual(times);
    const guatemala = (await stack.as(reviewers[0]).get('/v1/review/queue?country=GT')).body.items as { countries: string[] }[];
    expect(guatemala.length).toBeGreaterThan(0);
    expect(guatemala.every((item) => item.countries.includes('GT'))).toBe(true);
    expect((await stack.as(reviewers[0]).get('/v1/review/queue?partner=CA')).body.items).toEqual([]);
    const first = (await stack.as(reviewers[0]).get('/v1/review/queue?limit=1')).body;
    if (items.length > 1) {
      const second = (await stack.as(reviewers[0]).get(`/v1/review/queue?limit=1&cursor=${first.nextCursor}`)).body;
      expect(second.items[0].id).not.toBe(first.items[0].id);
    }
    expect((await stack.as(us).get('/v1/review/queue')).status).toBe(403);
    expect((await stack.as(reviewers[0]).get('/v1/review/queue?cursor=zzz')).status).toBe(400);
  });
});
