import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { planBody } from '../support/plan-builder';
import { ResponseCapture } from '../support/response-capture';
import { servedRoutes } from '../support/served-routes';
import { ADMIN_TOKEN, TestStack, waitFor } from '../support/test-stack';

type Method = 'get' | 'post' | 'put' | 'delete' | 'patch';
const METHODS: Method[] = ['get', 'post', 'put', 'delete', 'patch'];

interface Operation {
  method: Method;
  /** As documented, e.g. `/v1/plans/{id}`. */
  path: string;
  /** With its parameters filled in. */
  url: string;
}

/** Served without a token by design: probes, metrics, and the API's own documentation. */
const PUBLIC_PATHS = ['/health/live', '/health/ready', '/metrics', '/docs', '/docs-json'];
/**
 * The documentation's own assets (the UI's scripts, the YAML form of the document) are public with
 * it, and so are the console's static files: the key is asked for by the page, and sent by it to /v1.
 */
const isPublic = (path: string) => PUBLIC_PATHS.includes(path) || path.startsWith('/docs/') || path === '/docs-yaml' || path === '/console' || path.startsWith('/console/');

/** Fills `{n}` (a version number) with 1 and any other parameter with a random UUID. */
function fill(path: string): string {
  return path.replace(/\{(\w+)\}|:(\w+)|\*/g, (_, braced?: string, colon?: string) => {
    const name = braced ?? colon;
    if (name === undefined) return 'x';
    return name === 'n' ? '1' : randomUUID();
  });
}

/** Every route Fastify serves, with its parameters filled in. */
function servedOperations(tree: string): Operation[] {
  return servedRoutes(tree)
    .filter((route) => (METHODS as string[]).includes(route.method))
    .map((route) => ({ method: route.method as Method, path: route.path, url: fill(route.path) }));
}

const UNAUTHENTICATED = { statusCode: 401, error: 'Unauthorized', message: expect.any(String), code: 'AUTH.UNAUTHENTICATED' };
const FORBIDDEN = { statusCode: 403, error: 'Forbidden', message: expect.any(String), code: 'AUTH.FORBIDDEN' };

describe('authorization: deny by default', () => {
  const capture = new ResponseCapture();
  let stack: TestStack;
  let documented: Operation[];
  let served: Operation[];
  let partner: string;
  let reviewer: string;
  let adminKey: string;
  let revoked: string;

  const call = (operation: Pick<Operation, 'method' | 'url'>, authorization?: string) => {
    const pending = stack.http[operation.method](operation.url);
    if (authorization !== undefined) pending.set('Authorization', authorization);
    return pending;
  };
  const label = (operation: Pick<Operation, 'method' | 'path'>) => `${operation.method.toUpperCase()} ${operation.path}`;
  /** Each operation's status and body, keyed by its label, so a failure names the route. */
  const outcomes = async (operations: Operation[], authorization?: string) =>
    Object.fromEntries(
      await Promise.all(
        operations.map(async (operation) => {
          const response: Response = await call(operation, authorization);
          return [label(operation), { status: response.status, body: response.body as unknown }] as const;
        }),
      ),
    );
  const expectAll = (results: Record<string, { status: number; body: unknown }>, status: number, body: object) => {
    expect(results).toEqual(Object.fromEntries(Object.keys(results).map((key) => [key, { status, body }])));
  };

  beforeAll(async () => {
    // The worker reviews submitted plans, so that findings about another partner's plan are served too.
    stack = await TestStack.start({ worker: true, capture });
    [partner, reviewer, adminKey] = await Promise.all([stack.key('partner', 'US'), stack.key('reviewer', 'OAS'), stack.key('admin')]);
    const doomed = await stack.admin.post('/v1/admin/api-keys').send({ role: 'partner', partnerCode: 'CA', label: 'to be revoked' });
    revoked = doomed.body.token;
    await stack.admin.delete(`/v1/admin/api-keys/${doomed.body.id}`).expect(204);

    const docs = await stack.http.get('/docs-json');
    expect(docs.status).toBe(200);
    documented = Object.entries(docs.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({ method, path, url: fill(path) })),
    );
    served = servedOperations(stack.api.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false }));
  });

  afterAll(() => stack.stop());

  it('reads the routes to check from the document and from the server', () => {
    expect(documented.map(label)).toEqual(expect.arrayContaining(['POST /v1/plans', 'GET /v1/plans/{id}', 'POST /v1/admin/api-keys', 'DELETE /v1/admin/api-keys/{id}', 'GET /v1/partners']));
    expect(served.map(label)).toEqual(expect.arrayContaining(['POST /v1/plans', 'PUT /v1/plans/:id', 'GET /v1/plans/:id/versions/:n', 'DELETE /v1/admin/api-keys/:id', 'GET /health/live', 'GET /metrics', 'GET /docs-json']));
  });

  describe('every documented operation that is not an operations route', () => {
    const protectedOperations = () => documented.filter((operation) => !isPublic(operation.path));

    it('without a token is 401 AUTH.UNAUTHENTICATED', async () => {
      expect(protectedOperations().length).toBeGreaterThanOrEqual(13);
      expectAll(await outcomes(protectedOperations()), 401, UNAUTHENTICATED);
    });

    it('with a garbage token is 401, and the token is not echoed', async () => {
      const garbage = 'acc_not-a-real-token-4f1d2e';
      const results = await outcomes(protectedOperations(), `Bearer ${garbage}`);
      expectAll(results, 401, UNAUTHENTICATED);
      expect(JSON.stringify(results)).not.toContain(garbage);
    });

    it('with a revoked key is 401', async () => {
      expectAll(await outcomes(protectedOperations(), `Bearer ${revoked}`), 401, UNAUTHENTICATED);
    });

    it('documents the 401 it gives', async () => {
      const docs = await stack.http.get('/docs-json');
      const missing = protectedOperations().filter((operation) => !docs.body.paths[operation.path][operation.method].responses?.['401']);
      expect(missing.map(label)).toEqual([]);
    });
  });

  describe('without a token', () => {
    it('only the operations routes answer; every other served route is 401', async () => {
      const answered: string[] = [];
      const refusedWrongly: string[] = [];
      await Promise.all(
        served.map(async (operation) => {
          const response = await call(operation);
          // A wildcard route (the dashboard's static files) filled with a made-up name serves nothing.
          const servedNothing = label(operation).endsWith('*') && response.status === 404;
          if (servedNothing) return;
          if (response.status !== 401) answered.push(label(operation));
          else if (!(response.body?.code === 'AUTH.UNAUTHENTICATED')) refusedWrongly.push(label(operation));
        }),
      );
      expect(answered.filter((route) => !isPublic(route.split(' ')[1]))).toEqual([]);
      expect(refusedWrongly).toEqual([]);
    });

    it('the operations routes answer 200', async () => {
      for (const path of PUBLIC_PATHS) {
        const response = await stack.http.get(path);
        expect({ path, status: response.status }).toEqual({ path, status: 200 });
      }
    });
  });

  describe('the Authorization header', () => {
    it.each([
      ['Basic credentials', () => 'Basic dXNlcjpwYXNz'],
      ['Basic with a valid token', () => `Basic ${partner}`],
      ['a valid token without a scheme', () => partner],
      ['another scheme with a valid token', () => `Token ${partner}`],
      ['Bearer with no token', () => 'Bearer'],
      ['Bearer and a space', () => 'Bearer '],
      ['an empty header', () => ''],
      ['a token with spaces', () => 'Bearer acc_abc def'],
      ['a valid token followed by more', () => `Bearer ${partner} ${partner}`],
      ['a valid token with a space in it', () => `Bearer ${partner.slice(0, 10)} ${partner.slice(10)}`],
      ['two schemes', () => `Bearer Bearer ${partner}`],
      ['a very long token', () => `Bearer ${'a'.repeat(5000)}`],
    ])('as %s is 401', async (_, header) => {
      const response = await stack.http.get('/v1/partners').set('Authorization', header());
      expect(response.status).toBe(401);
      expect(response.body).toEqual(UNAUTHENTICATED);
    });

    it('with a valid partner token works (the refusals above are about the form)', async () => {
      expect((await stack.http.get('/v1/partners').set('Authorization', `Bearer ${partner}`)).status).toBe(200);
    });
  });

  describe('the bootstrap admin token (ACCORD_ADMIN_TOKEN)', () => {
    it('is an admin token', async () => {
      expect((await stack.admin.get('/v1/admin/api-keys')).status).toBe(200);
      const created = await stack.admin.post('/v1/admin/api-keys').send({ role: 'partner', partnerCode: 'MX', label: 'bootstrap-issued' });
      expect(created.status).toBe(201);
    });

    it.each([
      ['a prefix of it', () => ADMIN_TOKEN.slice(0, -1)],
      ['its first half', () => ADMIN_TOKEN.slice(0, ADMIN_TOKEN.length / 2)],
      ['it plus a character', () => `${ADMIN_TOKEN}x`],
      ['it in upper case', () => ADMIN_TOKEN.toUpperCase()],
      ['it with its last character changed', () => `${ADMIN_TOKEN.slice(0, -1)}${ADMIN_TOKEN.endsWith('0') ? '1' : '0'}`],
    ])('as %s is 401', async (_, token) => {
      const response = await stack.as(token()).get('/v1/admin/api-keys');
      expect(response.status).toBe(401);
      expect(response.body).toEqual(UNAUTHENTICATED);
    });
  });

  describe('admin routes', () => {
    const adminOperations = () => documented.filter((operation) => operation.path.startsWith('/v1/admin/'));
    const servedAdminOperations = () => served.filter((operation) => operation.path.startsWith('/v1/admin/'));

    it('are refused to partner keys with 403 AUTH.FORBIDDEN', async () => {
      expect(adminOperations().length).toBeGreaterThanOrEqual(4);
      expectAll(await outcomes(adminOperations(), `Bearer ${partner}`), 403, FORBIDDEN);
      expectAll(await outcomes(servedAdminOperations(), `Bearer ${partner}`), 403, FORBIDDEN);
    });

    it('are refused to reviewer keys with 403 AUTH.FORBIDDEN', async () => {
      expectAll(await outcomes(adminOperations(), `Bearer ${reviewer}`), 403, FORBIDDEN);
      expectAll(await outcomes(servedAdminOperations(), `Bearer ${reviewer}`), 403, FORBIDDEN);
    });

    it('a refused call changes nothing', async () => {
      const [{ count: before }] = await stack.query<{ count: string }>('select count(*) as count from api_key');
      expect((await stack.as(partner).post('/v1/admin/api-keys').send({ role: 'admin', label: 'escalation' })).status).toBe(403);
      expect((await stack.as(reviewer).post('/v1/admin/partners').send({ code: 'XX', name: 'x', kind: 'CIVIL_SOCIETY' })).status).toBe(403);
      const [{ count: after }] = await stack.query<{ count: string }>('select count(*) as count from api_key');
      expect(after).toBe(before);
      expect(await stack.query("select 1 from partner where code = 'XX'")).toEqual([]);
    });

    it('are open to admin keys issued through the API', async () => {
      expect((await stack.as(adminKey).get('/v1/admin/api-keys')).status).toBe(200);
    });
  });

  describe('plan-changing routes', () => {
    let planId: string;

    beforeAll(async () => {
      const created = await stack.as(partner).post('/v1/plans').send(planBody());
      expect(created.status).toBe(201);
      planId = created.body.id;
    });

    const changes = () => [
      { what: 'POST /v1/plans', send: (token: string) => stack.as(token).post('/v1/plans').send(planBody()) },
      { what: 'PUT /v1/plans/{id}', send: (token: string) => stack.as(token).put(`/v1/plans/${planId}`).send(planBody({ title: 'Hijacked' })) },
      { what: 'POST /v1/plans/{id}/submit', send: (token: string) => stack.as(token).post(`/v1/plans/${planId}/submit`) },
      { what: 'POST /v1/plans/{id}/withdraw', send: (token: string) => stack.as(token).post(`/v1/plans/${planId}/withdraw`).send({ reason: 'not mine' }) },
    ];

    it.each([
      ['a reviewer key', () => reviewer],
      ['an admin key', () => adminKey],
      ['the bootstrap admin token', () => ADMIN_TOKEN],
    ])('are refused to %s with 403, and the plan is untouched', async (_, token) => {
      const [{ count: plansBefore }] = await stack.query<{ count: string }>('select count(*) as count from action_plan');
      const results: Record<string, unknown> = {};
      for (const change of changes()) {
        const response = await change.send(token());
        results[change.what] = { status: response.status, body: response.body };
      }
      expect(results).toEqual(Object.fromEntries(changes().map((change) => [change.what, { status: 403, body: FORBIDDEN }])));

      const plan = await stack.as(partner).get(`/v1/plans/${planId}`);
      expect(plan.body).toMatchObject({ status: 'draft', version: 1, title: 'Community policing in San Pedro Sula' });
      const [{ count: plansAfter }] = await stack.query<{ count: string }>('select count(*) as count from action_plan');
      expect(plansAfter).toBe(plansBefore);
      expect(await stack.query('select type from action_plan_event where plan_id = ?', [planId])).toEqual([{ type: 'ActionPlanCreated' }]);
    });

    it('may be read by reviewers and admins', async () => {
      for (const token of [reviewer, adminKey, ADMIN_TOKEN]) {
        expect((await stack.as(token).get(`/v1/plans/${planId}`)).status).toBe(200);
        expect((await stack.as(token).get(`/v1/plans/${planId}/history`)).status).toBe(200);
      }
    });
  });
  describe('another partner’s plans', () => {
    let other: string;
    const hidden: Record<string, string> = {};
    let ownPlan: string;

    const awaitingDecision = (token: string, id: string) =>
      waitFor(async () => (await stack.as(token).get(`/v1/plans/${id}`)).body.status === 'awaiting_decision', 'the review to complete', 60000);

    beforeAll(async () => {
      other = await stack.key('partner', 'CA');
      const create = async (title: string) => {
        const created = await stack.as(other).post('/v1/plans').send(planBody({ title }));
        expect(created.status).toBe(201);
        return created.body.id as string;
      };
      hidden.draft = await create('Canadian draft nobody else may read');
      hidden.submitted = await create('Canadian plan under review, hidden from other donors');
      hidden.withdrawn = await create('Canadian plan withdrawn before anyone saw it');
      await stack.as(other).post(`/v1/plans/${hidden.submitted}/submit`).expect(202);
      await stack.as(other).post(`/v1/plans/${hidden.withdrawn}/withdraw`).send({ reason: 'Merged into another programme' }).expect(200);
      await awaitingDecision(other, hidden.submitted);

      // The same content: the overlap check names the hidden plan in this one's findings.
      const own = await stack.as(partner).post('/v1/plans').send(planBody({ title: 'United States plan overlapping a hidden one' }));
      ownPlan = own.body.id;
      await stack.as(partner).post(`/v1/plans/${ownPlan}/submit`).expect(202);
      await awaitingDecision(partner, ownPlan);
    });

    /** The documented operations that read a plan, its id filled in. */
    const planReads = (id: string) =>
      documented.filter((operation) => operation.method === 'get' && operation.path.startsWith('/v1/plans/{id}')).map((operation) => ({ ...operation, url: operation.path.replace('{id}', id).replace('{n}', '1') }));

    it('do not exist for a partner: every read answers as for an unknown id, but the summary of one its own plan overlaps', async () => {
      expect(planReads(hidden.draft).map(label)).toEqual(expect.arrayContaining(['GET /v1/plans/{id}', 'GET /v1/plans/{id}/history', 'GET /v1/plans/{id}/checks']));
      const unknown = randomUUID();
      const asUnknown = await outcomes(planReads(unknown), `Bearer ${partner}`);
      const counterpartOnly = (id: string) => (id === hidden.submitted ? planReads(id).filter((read) => read.path !== '/v1/plans/{id}/summary') : planReads(id));
      for (const id of Object.values(hidden)) {
        const results = await outcomes(counterpartOnly(id), `Bearer ${partner}`);
        const expected = Object.fromEntries(Object.entries(asUnknown).filter(([read]) => id !== hidden.submitted || !read.includes('/summary')));
        expect(JSON.parse(JSON.stringify(results).replaceAll(id, unknown))).toEqual(expected);
        for (const result of Object.values(results)) expect(result.status).toBe(404);
      }
      const summary = await stack.as(partner).get(`/v1/plans/${hidden.submitted}/summary`).expect(200);
      expect(summary.body).toMatchObject({ id: hidden.submitted, leadPartner: { code: 'CA', name: 'Canada' }, overlaps: [expect.objectContaining({ planId: ownPlan })] });
      expect(summary.body).not.toHaveProperty('title');
    });

    it('cannot be changed by a partner, and stay as they were', async () => {
      for (const id of Object.values(hidden)) {
        const before = await stack.query('select status, current_version, last_event_seq from action_plan where id = ?', [id]);
        const answers = [
          await stack.as(partner).put(`/v1/plans/${id}`).send(planBody({ title: 'Hijacked' })),
          await stack.as(partner).post(`/v1/plans/${id}/submit`),
          await stack.as(partner).post(`/v1/plans/${id}/withdraw`).send({ reason: 'not mine' }),
          await stack.as(partner).post(`/v1/plans/${id}/endorsements`).send({}),
        ];
        expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404]);
        expect(await stack.query('select status, current_version, last_event_seq from action_plan where id = ?', [id])).toEqual(before);
      }
    });

    it('are named to a partner, by id, lead and what they share, only where they overlap its own', async () => {
      const checks = await stack.as(partner).get(`/v1/plans/${ownPlan}/checks`).expect(200);
      const overlap = checks.body.find((result: { type: string }) => result.type === 'overlap');
      expect(overlap.findings).toContainEqual(
        expect.objectContaining({ code: 'OVERLAP', relatedPlanId: hidden.submitted, related: expect.objectContaining({ score: expect.any(Number), leadPartner: { code: 'CA', name: 'Canada' } }) }),
      );
      expect(checks.text).not.toContain('Canadian plan under review');

      const clusters = await stack.as(partner).get('/v1/portfolio/overlaps').expect(200);
      const plans = clusters.body.flatMap((cluster: { plans: { id: string }[] }) => cluster.plans);
      expect(plans).toContainEqual({ id: hidden.submitted });
      expect(plans).toContainEqual(expect.objectContaining({ id: ownPlan, title: 'United States plan overlapping a hidden one' }));
    });

    it('are missing from a partner’s lists and portfolio views', async () => {
      for (const url of ['/v1/plans', '/v1/plans?status=awaiting_decision', '/v1/plans?partner=CA', '/v1/plans?country=HN&limit=100', '/v1/portfolio/coverage', '/v1/portfolio/gaps', '/v1/portfolio/overlaps', '/v1/portfolio/iati', '/v1/webhooks']) {
        expect({ url, status: (await stack.as(partner).get(url)).status }).toEqual({ url, status: 200 });
      }
      const listed = await stack.as(partner).get('/v1/plans?limit=100');
      expect(listed.body.items.map((plan: { id: string }) => plan.id)).toEqual(expect.not.arrayContaining(Object.values(hidden)));
      expect((await stack.as(other).get('/v1/plans?limit=100')).body.items.map((plan: { id: string }) => plan.id)).toEqual(expect.arrayContaining(Object.values(hidden)));
    });
  });

  it('sent no response that carries another partner’s non-visible data (I6)', async () => {
    await capture.expectNoLeaks(stack);
  });
});
