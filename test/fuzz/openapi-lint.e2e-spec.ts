import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
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
});
