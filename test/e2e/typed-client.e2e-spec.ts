import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { ResponseCapture } from '../support/response-capture';
import { ADMIN_TOKEN, TestStack } from '../support/test-stack';

const ROOT = join(__dirname, '..', '..');
const CLIENT = join(ROOT, 'test', 'typed-client');
const run = promisify(execFile);

type Schema = Record<string, unknown>;

/**
 * OpenAPI 3.0's schema dialect as plain JSON Schema, for Ajv: `nullable` becomes a union with null
 * (Ajv reads `nullable` only beside a `type`, and a nullable `$ref` is an `allOf` beside one), and
 * an object that lists its properties admits no others, so a field the document does not name fails.
 */
function jsonSchemaOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(jsonSchemaOf);
  if (value === null || typeof value !== 'object') return value;
  const { nullable, example: _example, ...rest } = value as Schema;
  const converted: Schema = Object.fromEntries(
    Object.entries(rest).map(([key, child]) => [key, key === 'properties' ? Object.fromEntries(Object.entries(child as Schema).map(([name, property]) => [name, jsonSchemaOf(property)])) : jsonSchemaOf(child)]),
  );
  if (converted.properties !== undefined && converted.additionalProperties === undefined) converted.additionalProperties = false;
  return nullable === true ? { anyOf: [converted, { type: 'null' }] } : converted;
}

/** `/v1/plans/:id` as the document writes it: `/v1/plans/{id}`. */
const documentedPath = (route: string) => route.replace(/:(\w+)/g, '{$1}');

/**
 * The workflow as a partner's developer drives it with a client generated from the served document
 * (test/typed-client/workflow.ts): the client compiles under strict TypeScript with no cast, runs to
 * an approved plan, and every response the API gave meanwhile is one the document describes.
 */
describe('a client generated from /docs-json', () => {
  const capture = new ResponseCapture();
  let stack: TestStack;
  let document: { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>>; components: Schema };

  beforeAll(async () => {
    stack = await TestStack.start({ worker: true, capture });
    await stack.api.listen(0, '127.0.0.1');
    document = (await stack.http.get('/docs-json').expect(200)).body;
    // openapi-typescript as its users run it: its command line.
    await mkdir(join(CLIENT, 'generated'), { recursive: true });
    await writeFile(join(CLIENT, 'generated', 'openapi.json'), JSON.stringify(document));
    await run(join(ROOT, 'node_modules', '.bin', 'openapi-typescript'), [join(CLIENT, 'generated', 'openapi.json'), '-o', join(CLIENT, 'generated', 'api.ts')], { cwd: ROOT });
  });

  afterAll(() => stack.stop());

  it('compiles under strict TypeScript with no cast', async () => {
    const outcome = await run(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(CLIENT, 'tsconfig.json')], { cwd: ROOT }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(outcome).toBe('');
  });

  it('drives the workflow to an approved plan, its history read event by event', async () => {
    const { port } = stack.api.getHttpServer().address() as AddressInfo;
    const { stdout } = await run(process.execPath, ['-r', join(ROOT, 'test', 'support', 'register-ts.js'), join(CLIENT, 'workflow.ts')], {
      cwd: ROOT,
      env: { ...process.env, ACCORD_URL: `http://127.0.0.1:${port}`, ACCORD_ADMIN_TOKEN: ADMIN_TOKEN },
    });
    const seen = JSON.parse(stdout);
    expect(seen).toMatchObject({
      activityPeriod: null,
      revisedVersion: 2,
      // An activity without a period is what completeness warns of.
      recommendation: 'review_closely',
      checks: ['completeness:warning', 'alignment:passed', 'overlap:passed', 'budget:passed', 'endorsement:passed'],
      decisions: [
        { decision: 'approve', coordination: null, planStatus: 'awaiting_decision' },
        { decision: 'approve', coordination: null, planStatus: 'approved' },
      ],
      approvedUsd: '900000.00',
      iatiHasPlan: true,
      ready: 'ok: database up, redis up',
      audit: { ok: true, brokenLink: null },
    });
    expect(seen.history).toEqual(
      expect.arrayContaining(['ActionPlanEndorsed: endorsed by GOV-HN', 'ActionPlanDecisionRecorded: approve (1 of 2)', 'ActionPlanDecisionRecorded: approve (2 of 2)', 'ActionPlanApproved: awaiting_decision → approved']),
    );
  });

  it('got only responses the document describes, each valid against its schema', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'openapi', components: jsonSchemaOf(document.components) });
    const validators = new Map<Schema, ValidateFunction>();
    const problems: unknown[] = [];
    const checked = new Set<string>();
    for (const response of capture.all) {
      if (!response.route || response.url.startsWith('/docs')) continue;
      const operation = document.paths[documentedPath(response.route)]?.[response.method.toLowerCase()];
      const documented = operation?.responses[String(response.status)];
      const label = `${response.method} ${documentedPath(response.route)} ${response.status}`;
      if (!documented) {
        problems.push(`${label}: not in the document`);
        continue;
      }
      checked.add(label);
      const schema = documented.content?.['application/json']?.schema;
      if (!schema) continue;
      // The route's references point into the components added above.
      if (!validators.has(schema)) validators.set(schema, ajv.compile(JSON.parse(JSON.stringify(jsonSchemaOf(schema)).replaceAll('"#/components/', '"openapi#/components/'))));
      const validate = validators.get(schema)!;
      if (!validate(JSON.parse(response.body))) problems.push({ response: label, errors: validate.errors?.slice(0, 5), body: response.body.slice(0, 500) });
    }
    expect(problems).toEqual([]);
    expect(checked.size).toBeGreaterThan(20);
  });
});
