import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { planBody } from '../support/plan-builder';
import { TestStack } from '../support/test-stack';

const ROOT = join(__dirname, '..', '..');
/** Under the repository, so that the ruleset's overrides (`**‍/openapi.json#/paths/...`) reach it. */
const DOCUMENT = join(ROOT, 'dist', 'openapi-lint', 'openapi.json');

const COMPOSITIONS = ['oneOf', 'anyOf', 'allOf'] as const;

/**
 * The schemas of the document that say nothing a client could type: an object without properties
 * (which generators make `Record<string, never>`), or no type at all (`unknown`). Walks every
 * schema, nested ones included, and answers each one's JSON pointer.
 */
function untypedSchemas(value: unknown, pointer: string, isSchema: boolean, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => untypedSchemas(item, `${pointer}/${index}`, isSchema, found));
    return found;
  }
  if (value === null || typeof value !== 'object') return found;
  const node = value as Record<string, unknown>;
  if (isSchema) {
    const composed = COMPOSITIONS.some((keyword) => keyword in node) || '$ref' in node || 'enum' in node || 'const' in node;
    const typedMap = typeof node.additionalProperties === 'object';
    if (!composed && node.type === undefined) found.push(`${pointer}: no type`);
    else if (node.type === 'object' && !composed && !typedMap && (node.properties === undefined || Object.keys(node.properties as object).length === 0)) found.push(`${pointer}: an object without properties`);
  }
  for (const [key, child] of Object.entries(node)) {
    const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (key === 'example' || key === 'examples') continue;
    if (isSchema && key === 'properties') for (const [name, property] of Object.entries(child as object)) untypedSchemas(property, `${at}/${name}`, true, found);
    else if (isSchema && (key === 'items' || key === 'additionalProperties' || key === 'not')) untypedSchemas(child, at, typeof child === 'object', found);
    else if (isSchema && (COMPOSITIONS as readonly string[]).includes(key)) untypedSchemas(child, at, true, found);
    else if (key === 'schema') untypedSchemas(child, at, true, found);
    else if (!isSchema && pointer === '#/components' && key === 'schemas') for (const [name, schema] of Object.entries(child as object)) untypedSchemas(schema, `${at}/${name}`, true, found);
    else if (!isSchema) untypedSchemas(child, at, false, found);
  }
  return found;
}

/**
 * The OpenAPI document the API serves, linted with Spectral's OpenAPI rules and the OWASP API
 * Security ruleset as .spectral.yaml configures them: every finding is fixed or justified there, so
 * any finding, warning or error, fails.
 */
describe('the OpenAPI document', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await TestStack.start();
  });

  afterAll(() => stack.stop());

  it('passes Spectral (spectral:oas and the OWASP ruleset) with no finding', async () => {
    const docs = await stack.http.get('/docs-json');
    expect(docs.status).toBe(200);
    await mkdir(join(DOCUMENT, '..'), { recursive: true });
    await writeFile(DOCUMENT, JSON.stringify(docs.body, null, 2));

    const spectral = join(ROOT, 'node_modules', '.bin', 'spectral');
    const args = ['lint', DOCUMENT, '--ruleset', join(ROOT, '.spectral.yaml'), '--fail-severity=hint', '--format=text'];
    const outcome = await promisify(execFile)(spectral, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
    );
    expect({ code: outcome.code, findings: outcome.output.trim().split('\n') }).toEqual({ code: 0, findings: [expect.stringMatching(/No results with a severity of 'hint' or higher found!/)] });
  });

  it('types every schema: no object without properties, no schema without a type', async () => {
    const docs = (await stack.http.get('/docs-json')).body as unknown;
    expect(untypedSchemas(docs, '#', false)).toEqual([]);
  });

  it('takes the nulls the API answers with: a plan before its checks are done, an IATI import under way', async () => {
    const docs = (await stack.http.get('/docs-json')).body as { components: { schemas: Record<string, unknown> } };
    // Ajv 8 reads OpenAPI's `nullable`; the other OpenAPI keywords (example...) are not its business.
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'openapi', components: docs.components });
    const valid = (schema: string, value: unknown) => {
      const validate = ajv.getSchema(`openapi#/components/schemas/${schema}`)!;
      return validate(value) ? [] : validate.errors;
    };

    const us = await stack.key('partner', 'US');
    const draft = await stack.as(us).post('/v1/plans').send(planBody()).expect(201);
    expect(draft.body.recommendation).toBeNull();
    expect(valid('ActionPlanResponse', draft.body)).toEqual([]);
    const version = await stack.as(us).get(`/v1/plans/${draft.body.id}/versions/1`).expect(200);
    expect(valid('ActionPlanVersionResponse', version.body)).toEqual([]);
    const importUnderWay = { id: draft.body.id, status: 'running', total: 3, processed: 1, result: null, error: null, createdAt: draft.body.createdAt, finishedAt: null };
    expect(valid('IatiImportResponse', importUnderWay)).toEqual([]);
  });
});
