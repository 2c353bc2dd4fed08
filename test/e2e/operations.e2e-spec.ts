import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection } from 'node:net';
import type { Response } from 'supertest';
import { planBody } from '../support/plan-builder';
import { servedRoutes } from '../support/served-routes';
import { TestStack } from '../support/test-stack';

type Method = 'get' | 'post' | 'put' | 'delete' | 'patch';

/** Every route the API serves (API.md), as OpenAPI paths, with whether it takes a JSON body. */
const ROUTES: { method: Method; path: string; body: boolean }[] = [
  { method: 'post', path: '/v1/plans', body: true },
  { method: 'get', path: '/v1/plans', body: false },
  { method: 'get', path: '/v1/plans/{id}', body: false },
  { method: 'put', path: '/v1/plans/{id}', body: true },
  { method: 'post', path: '/v1/plans/{id}/submit', body: false },
  { method: 'post', path: '/v1/plans/{id}/withdraw', body: true },
  { method: 'get', path: '/v1/plans/{id}/versions/{n}', body: false },
  { method: 'get', path: '/v1/plans/{id}/history', body: false },
  { method: 'get', path: '/v1/me', body: false },
  { method: 'get', path: '/v1/partners', body: false },
  { method: 'post', path: '/v1/admin/partners', body: true },
  { method: 'post', path: '/v1/admin/api-keys', body: true },
  { method: 'get', path: '/v1/admin/api-keys', body: false },
  { method: 'delete', path: '/v1/admin/api-keys/{id}', body: false },
  { method: 'get', path: '/health/live', body: false },
  { method: 'get', path: '/health/ready', body: false },
];

/** True when something accepts TCP connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A stack frame (`    at fn (file.ts:1:2)`) or an `Error:` / `TypeError:` prefix. */
const STACK_TRACE = /\n\s*at |\bat .+:\d+:\d+|\w*Error:/;

type OpenApiDocument = {
  openapi: string;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }>; securitySchemes?: Record<string, { type: string; scheme?: string }> };
};
type OpenApiOperation = {
  requestBody?: { content?: Record<string, { schema?: { $ref?: string; properties?: unknown } }> };
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { example?: unknown; examples?: unknown; schema?: { example?: unknown } }> }>;
};

describe('operations', () => {
  let stack: TestStack;
  let partner: string;

  beforeAll(async () => {
    stack = await TestStack.start();
    partner = await stack.key('partner', 'US');
  });

  afterAll(() => stack.stop());

  describe('health', () => {
    it('GET /health/live is 200 {status: ok} with the Node.js version, without a token', async () => {
      const response = await stack.http.get('/health/live');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok', node: process.version });
    });

    it('runs on the Node.js that package.json pins, whatever Node the machine has', () => {
      const pinned = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies.node;
      expect(pinned).toMatch(/^24\.\d+\.\d+$/);
      expect(process.version).toBe(`v${pinned}`);
    });

    it('GET /health/ready is 200 with the database and Redis up', async () => {
      const response = await stack.http.get('/health/ready');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
    });
  });

  describe('with Redis unreachable', () => {
    let deaf: TestStack;
    let deafPartner: string;

    beforeAll(async () => {
      let port = 6399;
      while (await listening(port)) port += 1;
      deaf = await TestStack.start({ redisUrl: `redis://127.0.0.1:${port}` });
      deafPartner = await deaf.key('partner', 'CA');
    });

    afterAll(() => deaf?.stop());

    it('GET /health/ready is 503 with redis down, within 3 s', async () => {
      const started = Date.now();
      const response = await deaf.http.get('/health/ready');
      expect(Date.now() - started).toBeLessThan(3000);
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({ checks: { database: 'up', redis: 'down' } });
      expect(response.body.status).not.toBe('ok');
      // Liveness is about the process only.
      expect((await deaf.http.get('/health/live')).status).toBe(200);
    });

    it('still creates plans: the HTTP path never waits on Redis', async () => {
      const started = Date.now();
      const response = await deaf.as(deafPartner).post('/v1/plans').send(planBody());
      expect(Date.now() - started).toBeLessThan(3000);
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ status: 'draft', leadPartner: 'CA' });
      // Submitting only writes the outbox; the relay publishes once Redis is back.
      const submitted = await deaf.as(deafPartner).post(`/v1/plans/${response.body.id}/submit`);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(submitted.status).toBe(202);
      const [{ count }] = await deaf.query<{ count: string }>('select count(*) as count from outbox_message where published_at is null');
      expect(Number(count)).toBeGreaterThanOrEqual(2);
    });

    it('still serves /metrics in time, with the outbox backlog', async () => {
      const started = Date.now();
      const response = await deaf.http.get('/metrics');
      expect(Date.now() - started).toBeLessThan(3000);
      expect(response.status).toBe(200);
      expect(response.text).toMatch(/^outbox_unpublished_messages \d+$/m);
    });
  });

  describe('GET /metrics', () => {
    it('is Prometheus text with HTTP durations labelled by route pattern, queue depth and the outbox backlog', async () => {
      const created = await stack.as(partner).post('/v1/plans').send(planBody());
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      await stack.as(partner).get(`/v1/plans/${id}`).expect(200);
      await stack.as(partner).get('/v1/partners').expect(200);
      await stack.http.get(`/no-such-route/${randomUUID()}`).expect(404);

      const response = await stack.http.get('/metrics');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
      const text = response.text;
      expect(text).toContain('# TYPE http_request_duration_seconds histogram');
      expect(text).toMatch(/^http_request_duration_seconds_count\{[^}]*method="GET"[^}]*route="\/v1\/partners"[^}]*status_code="200"[^}]*\} [1-9]\d*$/m);
      expect(text).toMatch(/^http_request_duration_seconds_bucket\{[^}]*route="\/v1\/plans"[^}]*status_code="201"[^}]*\} /m);
      // Routes are labelled by their pattern, never by the ids in the URL.
      expect(text).toMatch(/route="\/v1\/plans\/:id"/);
      expect(text).not.toContain(id);
      expect(text).not.toContain('/no-such-route');

      expect(text).toContain('# TYPE bullmq_jobs gauge');
      expect(text).toMatch(/^bullmq_jobs\{queue="action-plan-events",state="waiting"\} \d+$/m);
      expect(text).toMatch(/^bullmq_jobs\{queue="action-plan-events",state="failed"\} \d+$/m);

      const [{ count }] = await stack.query<{ count: string }>('select count(*) as count from outbox_message where published_at is null');
      expect(Number(count)).toBeGreaterThanOrEqual(1);
      expect(text).toContain('# TYPE outbox_unpublished_messages gauge');
      expect(text).toMatch(new RegExp(`^outbox_unpublished_messages ${count}$`, 'm'));
    });
  });

  describe('the OpenAPI document', () => {
    let docs: OpenApiDocument;

    beforeAll(async () => {
      const response = await stack.http.get('/docs-json');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/application\/json/);
      docs = response.body;
    });

    const operation = (method: string, path: string) => docs.paths[path]?.[method];
    const v1Routes = () => ROUTES.filter((route) => route.path.startsWith('/v1/'));

    it('is OpenAPI 3', () => {
      expect(docs.openapi).toMatch(/^3\./);
    });

    it('documents every route the API serves', () => {
      const missing = ROUTES.filter((route) => !operation(route.method, route.path)).map((route) => `${route.method.toUpperCase()} ${route.path}`);
      expect(missing).toEqual([]);
    });

    it('documents every route the server has, except /metrics, the queue dashboard, the console and the documentation itself', () => {
      const tree = stack.api.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false });
      const undocumented = servedRoutes(tree)
        .filter(({ method }) => method !== 'head' && method !== 'options')
        .filter(({ path }) => !(path === '/metrics' || path.startsWith('/admin/queues') || path.startsWith('/console') || path === '/docs' || path.startsWith('/docs/') || path.startsWith('/docs-')))
        .filter(({ method, path }) => !operation(method, path.replace(/:(\w+)/g, '{$1}')))
        .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
      expect(undocumented).toEqual([]);
    });

    it('gives a request body schema where there is a body', () => {
      for (const route of ROUTES.filter((candidate) => candidate.body)) {
        const schema = operation(route.method, route.path)?.requestBody?.content?.['application/json']?.schema;
        expect({ route: route.path, method: route.method, hasSchema: Boolean(schema) }).toEqual({ route: route.path, method: route.method, hasSchema: true });
        const resolved = schema?.$ref ? docs.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;
        expect(resolved).toBeDefined();
        expect(Object.keys((resolved as { properties?: object }).properties ?? {}).length).toBeGreaterThan(0);
      }
    });

    it('puts the bearer security scheme on every /v1 route', () => {
      const schemes = docs.components.securitySchemes ?? {};
      const bearer = Object.entries(schemes).filter(([, scheme]) => scheme.type === 'http' && scheme.scheme === 'bearer').map(([name]) => name);
      expect(bearer.length).toBeGreaterThan(0);
      const unsecured = v1Routes()
        .filter((route) => !(operation(route.method, route.path)?.security ?? []).some((requirement) => bearer.some((name) => name in requirement)))
        .map((route) => `${route.method.toUpperCase()} ${route.path}`);
      expect(unsecured).toEqual([]);
    });

    it('documents at least one 4xx response with an example on every /v1 route', () => {
      const withoutExample = v1Routes()
        .filter((route) => {
          const responses = operation(route.method, route.path)?.responses ?? {};
          return !Object.entries(responses).some(
            ([status, response]) =>
              /^4\d\d$/.test(status) &&
              Object.values(response.content ?? {}).some((media) => media.example !== undefined || media.examples !== undefined || media.schema?.example !== undefined),
          );
        })
        .map((route) => `${route.method.toUpperCase()} ${route.path}`);
      expect(withoutExample).toEqual([]);
    });

    it('the documented 401 example is what the API answers', async () => {
      const example = operation('get', '/v1/partners')?.responses['401']?.content?.['application/json']?.example;
      const actual = await stack.http.get('/v1/partners');
      expect(actual.status).toBe(401);
      expect(Object.keys(actual.body).sort()).toEqual(Object.keys(example as object).sort());
    });

    it('GET /docs serves the HTML UI', async () => {
      const response = await stack.http.get('/docs').redirects(2);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.text).toMatch(/<html/i);
    });
  });

  describe('request ids', () => {
    const samples = (): [string, () => Promise<Response>][] => [
      ['a 200', () => stack.http.get('/health/live')],
      ['a 201', () => stack.as(partner).post('/v1/plans').send(planBody())],
      ['a 400', () => stack.as(partner).get('/v1/plans/not-a-uuid')],
      ['a 401', () => stack.http.get('/v1/plans')],
      ['a 403', () => stack.as(partner).get('/v1/admin/api-keys')],
      ['a 404 route', () => stack.http.get('/nowhere')],
      ['a 404 plan', () => stack.as(partner).get(`/v1/plans/${randomUUID()}`)],
      ['the metrics', () => stack.http.get('/metrics')],
      ['the docs', () => stack.http.get('/docs-json')],
    ];

    it('every response carries an x-request-id, different per request', async () => {
      const ids: string[] = [];
      for (const [what, send] of samples()) {
        const response = await send();
        expect({ what, id: response.headers['x-request-id'] }).toEqual({ what, id: expect.stringMatching(/^\S{8,}$/) });
        ids.push(response.headers['x-request-id']);
      }
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('a caller’s X-Request-Id is echoed back', async () => {
      expect((await stack.http.get('/health/live').set('X-Request-Id', 'abc-123')).headers['x-request-id']).toBe('abc-123');
      expect((await stack.http.get('/v1/plans').set('X-Request-Id', 'abc-123')).headers['x-request-id']).toBe('abc-123');
      expect((await stack.as(partner).post('/v1/plans').set('X-Request-Id', 'abc-123').send(planBody())).headers['x-request-id']).toBe('abc-123');
    });

    it('an unreasonable X-Request-Id is replaced, not echoed', async () => {
      const long = 'a'.repeat(500);
      const response = await stack.http.get('/health/live').set('X-Request-Id', long);
      expect(response.headers['x-request-id']).toBeDefined();
      expect(response.headers['x-request-id']).not.toBe(long);
    });
  });

  describe('error responses', () => {
    it('never carry a stack trace or an "Error:" prefix, and always have the contract shape', async () => {
      const { body: plan } = await stack.as(partner).post('/v1/plans').send(planBody()).expect(201);
      await stack.as(partner).post(`/v1/plans/${plan.id}/submit`).expect(202);
      const cases: [string, number, () => Promise<Response>][] = [
        ['malformed JSON', 400, () => stack.as(partner).post('/v1/plans').set('Content-Type', 'application/json').send('{"title": ')],
        ['a JSON array body', 400, () => stack.as(partner).post('/v1/plans').send([1, 2])],
        ['an invalid field', 400, () => stack.as(partner).post('/v1/plans').send(planBody({ countries: ['XX'] }))],
        ['a wrongly typed field', 400, () => stack.as(partner).post('/v1/plans').send(planBody({ activities: 'many' }))],
        ['a malformed id', 400, () => stack.as(partner).get('/v1/plans/%E0%A4%A')],
        ['a version that is not a number', 400, () => stack.as(partner).get(`/v1/plans/${plan.id}/versions/abc`)],
        ['no token', 401, () => stack.http.get('/v1/plans')],
        ['a forbidden role', 403, () => stack.as(partner).get('/v1/admin/api-keys')],
        ['an unknown route', 404, () => stack.http.get('/v1/nothing-here')],
        ['an unknown plan', 404, () => stack.as(partner).get(`/v1/plans/${randomUUID()}`)],
        ['a state conflict', 409, () => stack.as(partner).put(`/v1/plans/${plan.id}`).send(planBody())],
        ['a stale If-Match', 412, () => stack.as(partner).post(`/v1/plans/${plan.id}/withdraw`).set('If-Match', '"99"').send({})],
        ['a body too large', 413, () => stack.as(partner).post('/v1/plans').send(planBody({ summary: 'x'.repeat(2 * 1024 * 1024) }))],
      ];
      const outcomes: Record<string, unknown> = {};
      const expected: Record<string, unknown> = {};
      for (const [what, status, send] of cases) {
        const response = await send();
        outcomes[what] = {
          status: response.status,
          bodyStatus: response.body?.statusCode,
          error: typeof response.body?.error,
          message: typeof response.body?.message,
          stackTrace: STACK_TRACE.test(response.text),
        };
        expected[what] = { status, bodyStatus: status, error: 'string', message: 'string', stackTrace: false };
      }
      expect(outcomes).toEqual(expected);
    });
  });
});
