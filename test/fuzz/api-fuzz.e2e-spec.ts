import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { planBody } from '../support/plan-builder';
import { ResponseCapture } from '../support/response-capture';
import { TestStack } from '../support/test-stack';
import { OpenApiModel, type OpenApiDocument } from './openapi-model';
import { mapBounded, RawHttp, type RawResponse } from './raw-http';
import { materialize, recipeArbitrary, type Fixtures, type MaterializedRequest, type Recipe } from './requests';

/**
 * Adversarial input, generated from the served OpenAPI document: every operation's valid-ish
 * request (its examples, enums and types, with real ids and tokens), mutated (wrong types, nulls,
 * huge numbers and strings, deep nesting, unicode, prototype keys, invalid ids, extra fields, the
 * wrong content type, malformed JSON, undeclared methods), sent 16 at a time to a listening server.
 *
 * For every response: never a 5xx; no stack trace or internal path; a 4xx in the error shape with
 * its own status; a documented status for a well-formed request; a 2xx JSON body with the
 * properties its documented schema requires. For every batch: no table grew more
 * than the accepted requests explain, so a refused request stored nothing; no prototype polluted.
 *
 * FUZZ_SEED replays a run (the seed is printed first, and named in any failure); FUZZ_RUNS sets the
 * number of batches of BATCH requests.
 */
const BATCH = 64;
const CONCURRENCY = 16;
const MIN_REQUESTS = 5000;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 0x7fffffff);
const runs = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : Math.ceil(MIN_REQUESTS / BATCH);
/** A response slower than this, sent in its batch and again alone, is a finding too (a regular expression or a parser gone quadratic). */
const SLOW_MS = 10_000;

const TABLES = ['action_plan', 'action_plan_version', 'partner', 'api_key', 'webhook', 'endorsement', 'decision', 'iati_import', 'action_plan_thread', 'action_plan_thread_comment'] as const;
type Table = (typeof TABLES)[number];
type Counts = Record<Table, number>;
type Range = [number, number];

/**
 * What an internal error looks like in a body: a stack frame, a source path, an error's name, SQL.
 * The last two are looked for in error bodies only: a 2xx may list what others stored, in words.
 */
const LEAKS: [string, RegExp, 'any' | 'errors'][] = [
  ['a stack frame', /(?:^|\\n|\n)\s*at [\w$.<>[\] ]+ \(?[^()]*:\d+:\d+\)?/, 'any'],
  ['a source location', /\.(?:ts|js|mjs|cjs):\d+(?::\d+)?/, 'any'],
  ['the work directory', /\/work\//, 'any'],
  ['node_modules', /node_modules/, 'any'],
  ['an error name', /\b(?:\w*Error|Exception):\s/, 'errors'],
  ['SQL', /\b(?:violates (?:foreign key|unique|not-null|check) constraint|duplicate key value|syntax error at or near|relation "\w+"|invalid input syntax for|column "\w+"|insert into|select .* from)\b/i, 'errors'],
];
const ERROR_KEYS = new Set(['statusCode', 'error', 'message', 'code', 'details']);
/** Refused before routing, whatever the route: a body, a URL or headers too large, a body type no route reads. */
const TRANSPORT_LIMITS = [413, 414, 415, 431];

const label = (request: MaterializedRequest) => `${request.method} ${request.path.length > 160 ? `${request.path.slice(0, 160)}…(${request.path.length} chars)` : request.path}`;
const clip = (text: string, length = 400) => (text.length > length ? `${JSON.stringify(text.slice(0, length))}…(${text.length} chars)` : JSON.stringify(text));

/** What is wrong with one response, if anything. */
function problemsOf(request: MaterializedRequest, response: RawResponse, model: OpenApiModel, slowAlone: number | undefined): string[] {
  const problems: string[] = [];
  const { status, text } = response;
  if (status === 0) problems.push(text);
  if (status >= 500) problems.push(`a ${status}`);
  if (slowAlone !== undefined) problems.push(`took ${Math.round(response.elapsedMs)} ms, and ${Math.round(slowAlone)} ms sent again alone`);
  // What the request itself carried may be echoed back; only what it did not carry is a leak.
  const sent = `${request.path} ${request.body?.toString('utf8') ?? ''}`;
  for (const [what, pattern, where] of LEAKS) {
    if ((where === 'any' || status >= 400) && pattern.test(text) && !pattern.test(sent)) problems.push(`${what} in the body`);
  }

  if (status >= 400 && status < 500 && request.method !== 'HEAD') {
    let body: Record<string, unknown> | undefined;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      problems.push('a 4xx body that is not JSON');
    }
    if (!String(response.headers['content-type'] ?? '').startsWith('application/json')) problems.push(`a 4xx of content type ${String(response.headers['content-type'])}`);
    if (body) {
      if (typeof body !== 'object' || body === null || Array.isArray(body)) problems.push('a 4xx body that is not an object');
      else {
        const extra = Object.keys(body).filter((key) => !ERROR_KEYS.has(key));
        if (extra.length) problems.push(`a 4xx body with keys outside the error shape: ${extra.join(', ')}`);
        if (body.statusCode !== status) problems.push(`statusCode ${String(body.statusCode)} in a ${status}`);
        if (typeof body.error !== 'string' || body.error.length === 0) problems.push('a 4xx without error');
        if (typeof body.message !== 'string') problems.push('a 4xx without a message string');
        if (body.code !== undefined && typeof body.code !== 'string') problems.push('a code that is not a string');
        if (body.details !== undefined) {
          const details = body.details;
          const wellFormed = Array.isArray(details) && details.every((detail) => detail && typeof detail.field === 'string' && typeof detail.message === 'string' && Object.keys(detail).length === 2);
          if (!wellFormed) problems.push('details that are not [{field, message}]');
        }
      }
    }
  }

  // A well-formed request (the documented content type, parseable) to a documented operation gets a
  // documented status, or one of the limits every route shares.
  if (request.operation && request.wellFormed && status >= 200 && status < 500 && !request.operation.statuses.includes(String(status)) && !TRANSPORT_LIMITS.includes(status)) {
    problems.push(`a ${status}, which ${request.operation.method.toUpperCase()} ${request.operation.path} does not document`);
  }

  const schema = request.operation?.responseSchemas[String(status)];
  if (status >= 200 && status < 300 && request.method !== 'HEAD' && schema) {
    const documented = model.requiredOf(schema);
    if (documented) {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        problems.push('a 2xx body that is not JSON');
      }
      const items = documented.array ? (Array.isArray(body) ? body : null) : [body];
      if (items === null) problems.push('a 2xx body that is not the documented array');
      for (const item of items ?? []) {
        if (!item || typeof item !== 'object') {
          problems.push('a 2xx item that is not an object');
          break;
        }
        const missing = documented.required.filter((property) => !(property in item));
        if (missing.length) {
          problems.push(`a 2xx body without documented ${missing.join(', ')}`);
          break;
        }
      }
    }
  }
  return problems;
}

/** How many rows each accepted request may add to each table; a refused one adds none. */
function allowance(request: MaterializedRequest, response: RawResponse): Partial<Record<Table, Range>> {
  if (response.status < 200 || response.status >= 300 || !request.operation) return {};
  const route = `${request.method} ${request.operation.path}`;
  switch (route) {
    case 'POST /v1/plans':
      return response.headers['idempotent-replayed'] ? {} : { action_plan: [1, 1], action_plan_version: [1, 1] };
    case 'PUT /v1/plans/{id}':
      return { action_plan_version: [0, 1] };
    case 'POST /v1/plans/{id}/endorsements':
      return { endorsement: [0, 1] };
    case 'POST /v1/review/plans/{id}/decisions':
      return { decision: [0, 1] };
    case 'POST /v1/plans/{id}/threads':
      return { action_plan_thread: [1, 1], action_plan_thread_comment: [1, 1] };
    case 'POST /v1/plans/{id}/threads/{threadId}/comments':
      return { action_plan_thread_comment: [1, 1] };
    case 'POST /v1/plans/import/iati': {
      const imported = response.status === 200 ? ((JSON.parse(response.text) as { imported?: unknown[] }).imported?.length ?? 0) : 0;
      return { action_plan: [0, imported], action_plan_version: [0, imported], iati_import: [0, 1] };
    }
    case 'POST /v1/admin/partners':
      return { partner: [1, 1] };
    case 'POST /v1/admin/api-keys':
      return { api_key: [1, 1] };
    case 'POST /v1/webhooks':
      return { webhook: [1, 1] };
    default:
      return {};
  }
}

const prototypeShape = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((proto) => Object.getOwnPropertyNames(proto).sort().join(',')).join('|');

describe('adversarial input: requests generated from the OpenAPI document', () => {
  const capture = new ResponseCapture();
  let stack: TestStack;
  let model: OpenApiModel;
  let fixtures: Fixtures;
  let http: RawHttp;

  beforeAll(async () => {
    stack = await TestStack.start({ capture });
    await stack.api.listen(0, '127.0.0.1');
    const { port } = stack.api.getHttpServer().address() as AddressInfo;
    http = new RawHttp(port, CONCURRENCY);

    const docs = await stack.http.get('/docs-json');
    expect(docs.status).toBe(200);
    model = new OpenApiModel(docs.body as OpenApiDocument);

    const [partner, otherPartner, reviewer, admin] = await Promise.all([stack.key('partner', 'US'), stack.key('partner', 'CA'), stack.key('reviewer', 'OAS'), stack.key('admin')]);
    const plan = async (token: string) => {
      const created = await stack.as(token).post('/v1/plans').send(planBody());
      expect(created.status).toBe(201);
      return created.body.id as string;
    };
    const [draft, submitted, othersDraft] = await Promise.all([plan(partner), plan(partner), plan(otherPartner)]);
    expect((await stack.as(partner).post(`/v1/plans/${submitted}/submit`)).status).toBe(202);
    const webhook = await stack.as(partner).post('/v1/webhooks').send({ url: 'https://hooks.example.org/accord' });
    expect(webhook.status).toBe(201);
    const [shared, internal] = await Promise.all([
      stack.as(partner).post(`/v1/plans/${draft}/threads`).send({ visibility: 'participants', path: '/budget/amount', body: 'Is the total right?' }),
      stack.as(reviewer).post(`/v1/plans/${submitted}/threads`).send({ visibility: 'reviewers', body: 'Between reviewers.' }),
    ]);
    expect([shared.status, internal.status]).toEqual([201, 201]);
    fixtures = { tokens: { partner, otherPartner, reviewer, admin }, ids: [draft, submitted, othersDraft, webhook.body.id as string, shared.body.id as string, internal.body.id as string] };
  });

  afterAll(async () => {
    http?.close();
    await stack?.stop();
  });

  const counts = async (): Promise<Counts> => {
    const [row] = await stack.query<Counts>(`select ${TABLES.map((table) => `(select count(*)::int from ${table}) as ${table}`).join(', ')}`);
    return row;
  };

  // The timeout is generous: 5,000 requests through the real API take minutes on a loaded two-core machine.
  it(`answers ${BATCH * runs} generated requests without a 5xx or a leak, in the error shape, storing nothing it refuses`, async () => {
    console.log('fuzz seed', seed, `(replay: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npx jest test/fuzz/api-fuzz --selectProjects integration)`);
    expect(model.operations.length).toBeGreaterThanOrEqual(20);
    const prototypes = prototypeShape();
    const statuses = new Map<number, number>();
    const operations = new Map<string, number>();
    const latency = new Map<string, number>();
    let sent = 0;
    let materializing = 0;
    let slowest = 0;
    const started = Date.now();

    const property = fc.asyncProperty(fc.array(recipeArbitrary(model), { minLength: BATCH, maxLength: BATCH }), async (recipes: Recipe[]) => {
      const t0 = performance.now();
      const requests = recipes.map((recipe) => materialize(recipe, model, fixtures));
      materializing += performance.now() - t0;
      const before = await counts();
      const responses = await mapBounded(requests, CONCURRENCY, (request) => http.send(request));
      const after = await counts();
      sent += requests.length;
      // A slow answer may be the machine's doing (other suites run beside this one, on few cores):
      // the input is to blame only if it is slow again, sent alone once the batch is counted.
      const slowAlone = new Map<number, number>();
      for (const [index, response] of responses.entries()) {
        if (response.elapsedMs <= SLOW_MS) continue;
        const again = await http.send(requests[index]);
        if (again.elapsedMs > SLOW_MS) slowAlone.set(index, again.elapsedMs);
      }
      // The readiness probe answers its documented 503 when PostgreSQL or Redis is slower than its
      // timeout, which a starved machine can be: only a 503 that comes again, sent alone, counts.
      for (const [index, response] of responses.entries()) {
        if (response.status !== 503 || requests[index].operation?.path !== '/health/ready') continue;
        responses[index] = await http.send(requests[index]);
      }

      const violations: string[] = [];
      requests.forEach((request, index) => {
        const response = responses[index];
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const route = request.operation ? `${request.method} ${request.operation.path}` : `${request.method} (undeclared)`;
        operations.set(route, (operations.get(route) ?? 0) + 1);
        latency.set(route, (latency.get(route) ?? 0) + response.elapsedMs);
        slowest = Math.max(slowest, response.elapsedMs);
        const problems = problemsOf(request, response, model, slowAlone.get(index));
        if (problems.length) {
          violations.push(
            `${problems.join('; ')}\n    request  ${label(request)} ${JSON.stringify(request.headers).slice(0, 300)} body ${request.body ? clip(request.body.toString('utf8')) : 'none'}\n` +
              `    done     ${request.done.join('; ') || 'nothing: the documented request'}\n` +
              `    recipe   ${fc.stringify(recipes[index]).slice(0, 1000)}\n    response ${response.status} ${clip(response.text, 600)}`,
          );
        }
      });

      const allowed = Object.fromEntries(TABLES.map((table) => [table, [0, 0]])) as Record<Table, Range>;
      requests.forEach((request, index) => {
        for (const [table, [low, high]] of Object.entries(allowance(request, responses[index])) as [Table, Range][]) {
          allowed[table] = [allowed[table][0] + low, allowed[table][1] + high];
        }
      });
      for (const table of TABLES) {
        const grew = after[table] - before[table];
        const [low, high] = allowed[table];
        if (grew < low || grew > high) {
          const refused = requests
            .map((request, index) => ({ request, response: responses[index] }))
            .filter(({ request, response }) => response.status >= 400 && !['GET', 'HEAD', 'OPTIONS'].includes(request.method))
            .map(({ request, response }) => `${label(request)} → ${response.status} body ${request.body ? clip(request.body.toString('utf8'), 200) : 'none'}`);
          violations.push(`${table} went from ${before[table]} to ${after[table]}, the accepted requests explain [${low}, ${high}] more; the refused changes were:\n      ${refused.join('\n      ')}`);
        }
      }

      if (prototypeShape() !== prototypes || ({} as Record<string, unknown>).polluted !== undefined) violations.push('a built-in prototype was changed (prototype pollution)');

      if (violations.length) throw new Error(`fuzz seed ${seed}: ${violations.length} violation(s) in a batch of ${requests.length}:\n  ${violations.slice(0, 12).join('\n  ')}`);
    });

    const details = await fc.check(property, { seed, numRuns: runs, endOnFailure: true });
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `fuzz: ${sent} requests in ${seconds.toFixed(1)} s (slowest ${Math.round(slowest)} ms, materializing ${Math.round(materializing)} ms), seed ${seed}\n` +
        `  statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}\n` +
        `  routes ${JSON.stringify(Object.fromEntries([...operations].sort()))}\n` +
        `  slowest routes (mean ms) ${[...latency].map(([route, total]) => [route, Math.round(total / (operations.get(route) ?? 1))] as const).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([route, mean]) => `${route} ${mean}`).join(', ')}\n` +
        `  kept-alive connections the server closed after an answer (the next request was resent): ${http.dropped.length}` +
        (http.dropped.length ? `, after e.g. ${http.dropped[0].slice(0, 300)}` : ''),
    );
    if (details.failed) {
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(`fuzz seed ${seed} failed in batch ${details.numRuns} of ${runs} (replay: FUZZ_SEED=${seed} FUZZ_RUNS=${details.numRuns}):\n${cause}`);
    }
    if (!process.env.FUZZ_RUNS) expect(sent).toBeGreaterThanOrEqual(MIN_REQUESTS);
  }, 600_000);

  it('sent no partner another partner’s non-visible data in any of its answers (I6)', async () => {
    await capture.expectNoLeaks(stack);
  });
});
