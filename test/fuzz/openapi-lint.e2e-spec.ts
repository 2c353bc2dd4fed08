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
