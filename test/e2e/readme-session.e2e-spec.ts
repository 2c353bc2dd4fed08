import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ADMIN_TOKEN, TestStack } from '../support/test-stack';

const README = join(__dirname, '..', '..', 'README.md');

/** The first bash block of the README's "Using the API" section, as a reader would copy it. */
async function readmeSession(): Promise<string> {
  const readme = await readFile(README, 'utf8');
  const section = readme.slice(readme.indexOf('\n## Using the API\n'));
  const block = /```bash\n([\s\S]*?)\n```/.exec(section);
  if (!block) throw new Error('README.md has no bash block under "## Using the API"');
  return block[1];
}

/**
 * The README's API session, run as it is written with bash (curl and jq) against a started API and
 * worker: if the API changes under it, this fails, so the README cannot drift from the API.
 */
describe('the README’s "Using the API" session', () => {
  let stack: TestStack;
  let workDir: string;

  beforeAll(async () => {
    stack = await TestStack.start({ worker: true });
    await stack.api.listen(0, '127.0.0.1');
    workDir = await mkdtemp(join(tmpdir(), 'accord-readme-'));
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
    await stack.stop();
  });

  it('runs from its first line to its last, to an approved plan in the portfolio and the IATI export', async () => {
    const { port } = stack.api.getHttpServer().address() as AddressInfo;
    const session = await readmeSession();
    const { stdout } = await promisify(execFile)('bash', ['-c', `set -euo pipefail\n${session}`], {
      cwd: workDir,
      timeout: 90_000,
      env: { PATH: process.env.PATH, HOME: workDir, API: `http://127.0.0.1:${port}`, ADMIN: ADMIN_TOKEN },
    }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
      throw new Error(`the session failed: ${error.message}\n--- stdout\n${error.stdout}\n--- stderr\n${error.stderr}`);
    });

    const [plan] = await stack.query<{ id: string; status: string; current_version: number }>('select id, status, current_version from action_plan');
    expect(plan).toEqual({ id: expect.any(String), status: 'approved', current_version: 2 });
    const lines = stdout.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        '{"version":2,"status":"draft"}',
        '{"status":"submitted"}',
        '{"partnerCode":"GOV-HN","version":2}',
        `["${plan.id}"]`,
        '{"decision":"approve","status":"awaiting_decision"}',
        '{"decision":"approve","status":"approved"}',
        '{"approvedUsd":"1500000.00","pipelineUsd":"0.00"}',
        '1',
      ]),
    );
    expect(lines.some((line) => /^\d+ ActionPlanApproved$/.test(line))).toBe(true);
    expect(await readFile(join(workDir, 'activities.xml'), 'utf8')).toContain(plan.id);
  });
});
