import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { schemaValidator } from '../support/openapi-schema';
import { ResponseCapture } from '../support/response-capture';
import { ADMIN_TOKEN, TestStack } from '../support/test-stack';

const ROOT = join(__dirname, '..', '..');
const CLIENT = join(ROOT, 'test', 'typed-client');
const run = promisify(execFile);

type Schema = Record<string, unknown>;

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
      queued: { version: 2, round: 1, openThreads: 1 },
      changes: ['changed /summary: "Two precincts and a youth centre."'],
      thread: { anchor: '/summary', replies: 1, status: 'open', listed: [false] },
      decisions: [
        { decision: 'approve', coordination: null, planStatus: 'awaiting_decision' },
        { decision: 'approve', coordination: null, planStatus: 'approved' },
      ],
      approvedUsd: '900000.00',
      iatiHasPlan: true,
      webhooks: true,
      summary: 'US (United States) approved: Typed client: community policing in La Ceiba',
      withdrawn: 'withdrawn',
      keys: 4,
      live: 'ok',
      ready: 'ok: database up, redis up',
      audit: { ok: true, brokenLink: null },
    });
    expect(seen.history).toEqual(
      expect.arrayContaining([
        'ActionPlanRevised: draft → draft, changed /summary',
        'ActionPlanThreadOpened: thread ' + seen.threadId + ' (participants) on /summary of version 2',
        'ActionPlanEndorsed: endorsed by GOV-HN',
        'ActionPlanDecisionRecorded: approve (1 of 2)',
        'ActionPlanDecisionRecorded: approve (2 of 2)',
        'ActionPlanApproved: awaiting_decision → approved',
      ]),
    );
  });

  it('got only responses the document describes, each valid against its schema', () => {
    const validate = schemaValidator(document);
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
      const errors = schema ? validate(schema, JSON.parse(response.body)) : [];
      if (errors.length > 0) problems.push({ response: label, errors: errors.slice(0, 5), body: response.body.slice(0, 500) });
    }
    expect(problems).toEqual([]);
    expect(checked.size).toBeGreaterThanOrEqual(28);
  });
});
