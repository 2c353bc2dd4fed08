import { mkdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { previewApiDocument } from '../../apps/api/src/api-document';
import { CONSOLE_CSP } from '../../apps/api/src/console/console-pages';
import { CONSOLE_SCHEMA, consoleSchemaOf } from '../../scripts/console-client';
import { buildConsole, launchChromium, seriousViolations } from '../support/browser';
import { planBody } from '../support/plan-builder';
import { ADMIN_TOKEN, TestStack, waitFor } from '../support/test-stack';

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'console');
const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 390, height: 844 };

const US_TITLE = 'Community policing and youth outreach in San Pedro Sula';
const SAFE_STREETS = 'Create safe streets for the citizens of the region';
const BUDGET_THREAD = 'The budget is above what the precincts need: bring it to 1.4 million.';
const REVIEWERS_THREAD = 'Between reviewers: ask the EU whether it co-funds the youth outreach.';

/**
 * The console in Debian's Chromium against the real api and worker: the whole journey done
 * through the pages only (a US officer creates and submits a plan; Honduras endorses it; a reviewer
 * requests changes citing a thread on the budget; the officer sees the thread, revises the budget and
 * resubmits; the reviewer sees the change side by side and the thread outdated, and approves with a
 * coordination note; a second reviewer approves; the heat map shows Honduras funded), the service's
 * refusals as the person reads them, an axe-core audit and a 390 px reading of every page, and the
 * screenshots the README shows.
 */
describe('the console', () => {
  let stack: TestStack;
  let browser: Browser;
  let consoleDirectory: string;
  let origin: string;
  const keys: Record<'us' | 'honduras' | 'eu' | 'oas' | 'un' | 'conflicted', string> = { us: '', honduras: '', eu: '', oas: '', un: '', conflicted: '' };
  const contexts: BrowserContext[] = [];
  /** What Chromium refused under the CSP, or any script error: none is expected anywhere. */
  const pageProblems: string[] = [];
  let planId: string;

  beforeAll(async () => {
    consoleDirectory = await buildConsole();
    stack = await TestStack.start({ worker: true, consoleDirectory });
    await stack.api.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(stack.api.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
    [keys.us, keys.honduras, keys.eu, keys.oas, keys.un, keys.conflicted] = await Promise.all([
      stack.key('partner', 'US'),
      stack.key('partner', 'GOV-HN'),
      stack.key('partner', 'EU'),
      stack.key('reviewer', 'OAS'),
      stack.key('reviewer', 'UN'),
      // Honduras takes part in the plan: its reviewer has a conflict of interest.
      stack.key('reviewer', 'GOV-HN'),
    ]);
    // The plan the US plan will overlap: the EU's, already awaiting a decision (set up through the API).
    const eu = planBody({
      title: 'Youth outreach and community police in San Pedro Sula',
      summary: 'Police precincts and vocational training for young people in San Pedro Sula.',
      goals: ['SAFE_STREETS'],
      participants: [],
      activities: [
        {
          title: 'Model community police precincts',
          description: 'Community police units and youth outreach in high-crime neighbourhoods of San Pedro Sula.',
          country: 'HN',
          sector: '15132',
          period: { start: '2027-01-01', end: '2028-06-30' },
          budget: { amount: '800000.00', currency: 'USD' },
        },
      ],
      budget: { amount: '800000.00', currency: 'USD' },
    });
    const euPlanId: string = (await stack.as(keys.eu).post('/v1/plans').send(eu).expect(201)).body.id;
    await stack.as(keys.eu).post(`/v1/plans/${euPlanId}/submit`).expect(202);
    await waitFor(async () => (await stack.as(keys.eu).get(`/v1/plans/${euPlanId}`)).body.status === 'awaiting_decision', 'the EU plan to await a decision');
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await stack?.stop();
    if (consoleDirectory) await rm(consoleDirectory, { recursive: true, force: true });
  });

  /** A fresh browser tab (its own sessionStorage) at the console's sign-in page. */
  async function tab(viewport = WIDE): Promise<Page> {
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && !/the server responded with a status of (401|403|404|409|412|400)/.test(message.text())) pageProblems.push(message.text());
    });
    page.on('pageerror', (error) => pageProblems.push(error.message));
    await page.goto(`${origin}/console/`);
    await page.getByLabel('API key').waitFor();
    return page;
  }

  async function signIn(token: string, viewport = WIDE): Promise<Page> {
    const page = await tab(viewport);
    await page.getByLabel('API key').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    return page;
  }

  /** The focused element, read in the page (this file is compiled without the DOM's types). */
  const focused = (page: Page) =>
    page.evaluate<{ id: string; text: string; outline: string }>('({ id: document.activeElement.id, text: document.activeElement.textContent, outline: getComputedStyle(document.activeElement).outlineStyle })');

  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

  /** No serious or critical axe violation, at 1280 px and at 390 px, and nothing wider than the phone's screen. */
  async function audit(page: Page, what: string): Promise<void> {
    expect({ what, violations: await seriousViolations(page) }).toEqual({ what, violations: [] });
    const wide = page.viewportSize() ?? WIDE;
    await page.setViewportSize(NARROW);
    expect({ what, narrow: await seriousViolations(page) }).toEqual({ what, narrow: [] });
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect({ what, overflow }).toEqual({ what, overflow: 0 });
    await page.setViewportSize(wide);
  }

  async function openPlan(page: Page, title: string): Promise<void> {
    await page.getByRole('link', { name: title }).first().click();
    await heading(page, title);
  }

  const decide = async (page: Page, decision: 'Approve' | 'Request changes' | 'Reject', comment?: string) => {
    await page.getByRole('radio', { name: decision }).check();
    if (comment !== undefined) await page.getByLabel(/^Comment/).fill(comment);
    await page.getByRole('button', { name: 'Record the decision' }).click();
  };
  const alert = (page: Page, title: string) => page.getByRole('alert').filter({ hasText: title });

  describe('as served', () => {
    it('is a static build under a strict CSP: no inline script, its own origin only', async () => {
      const page = await stack.http.get('/console/').expect(200);
      expect(page.headers['content-security-policy']).toBe(CONSOLE_CSP);
      expect(CONSOLE_CSP).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(page.text).not.toMatch(/\sstyle=/);
      const script = /<script[^>]*src="([^"]+)"/.exec(page.text)?.[1] ?? '';
      const asset = await stack.http.get(script);
      expect({ status: asset.status, type: asset.headers['content-type'], cache: asset.headers['cache-control'] }).toEqual({
        status: 200,
        type: expect.stringMatching(/javascript/),
        cache: 'public, max-age=31536000, immutable',
      });
      // A page of the console's own routing is its index.html; a missing asset is a 404, not a page.
      const deep = await stack.http.get('/console/plans/some-plan');
      expect({ status: deep.status, csp: deep.headers['content-security-policy'], html: deep.text.includes('<div id="root">') }).toEqual({ status: 200, csp: CONSOLE_CSP, html: true });
      expect((await stack.http.get('/console/assets/missing.js')).status).toBe(404);
    });

    it('talks to the API through types generated from the document the API serves, committed fresh', async () => {
      const served = (await stack.http.get('/docs-json').expect(200)).body;
      expect(served).toEqual(JSON.parse(JSON.stringify(await previewApiDocument())));
      // `npm run console:client` writes them; build:console refuses stale ones.
      expect(await readFile(CONSOLE_SCHEMA, 'utf8')).toBe(await consoleSchemaOf(served));
    });
  });

  describe('the journey of a plan', () => {
    it('a US officer signs in, is shown the partner pages, and the form refuses what the API would', async () => {
      const page = await signIn(keys.us);
      await heading(page, 'Our plans');
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link').allTextContents()).toEqual(['Our plans', 'New plan']);
      await audit(page, 'plans of a partner');

      await nav.getByRole('link', { name: 'New plan' }).click();
      await heading(page, 'New plan');
      await page.locator('#field-budget-amount').fill('1500000.001');
      await page.getByRole('button', { name: 'Create the draft' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'problems to fix' });
      await summary.waitFor();
      expect(await page.locator('#field-title').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#field-title-error').textContent()).toBe('title is required');
      expect(await page.locator('#field-budget-amount-error').textContent()).toBe('amount must be a positive decimal string with at most two places, e.g. "1500000.00"');
      expect(await page.locator('#field-countries-error').textContent()).toBe('countries must contain at least 1 element');
      await page.waitForFunction(`document.activeElement?.classList.contains('error-summary')`);
      await audit(page, 'plan form with problems');
      await page.context().close();
    });

    it('the US officer creates the plan in the form and submits it; the checks run', async () => {
      const page = await signIn(keys.us);
      await page.getByRole('link', { name: 'New plan' }).click();
      await heading(page, 'New plan');
      await page.locator('#field-title').fill(US_TITLE);
      await page.getByLabel('Summary').fill('Model police precincts and vocational training for youth in three neighbourhoods of San Pedro Sula.');
      await page.getByRole('group', { name: 'Countries' }).getByLabel('Honduras').check();
      await page.getByRole('group', { name: 'CARSI goals' }).getByLabel(SAFE_STREETS).check();
      await page.locator('#field-period-start').fill('2027-01-01');
      await page.locator('#field-period-end').fill('2028-12-31');
      await page.locator('#field-budget-amount').fill('1500000.00');
      await page.getByRole('button', { name: 'Add a participant' }).click();
      await page.getByLabel('Participant 1', { exact: true }).selectOption('GOV-HN');
      const activity = page.getByRole('group', { name: 'Activity 1' });
      await activity.getByLabel('Title').fill('Model community police precincts');
      await activity.getByLabel('Description').fill('Community police units and youth outreach in high-crime neighbourhoods of San Pedro Sula.');
      await activity.getByLabel('Country').selectOption('HN');
      await activity.getByLabel('DAC sector').selectOption('15132');
      await activity.getByLabel('Start').fill('2027-01-01');
      await activity.getByLabel('End').fill('2028-06-30');
      await activity.getByLabel('Budget', { exact: true }).fill('1500000.00');
      await page.getByRole('button', { name: 'Add an indicator' }).click();
      const indicator = page.getByRole('group', { name: 'Indicator 1' });
      await indicator.getByLabel('Name').fill('Homicides per 100,000 people');
      await indicator.getByLabel('Unit').fill('rate');
      await indicator.getByLabel('Baseline').fill('38.0');
      await indicator.getByLabel('Target', { exact: true }).fill('30.0');
      await indicator.getByLabel('Target date').fill('2028-12-31');
      await page.getByRole('button', { name: 'Create the draft' }).click();

      await heading(page, US_TITLE);
      planId = page.url().split('/').pop() ?? '';
      await page.getByText('Draft', { exact: true }).first().waitFor();
      await audit(page, 'a draft, to its lead');
      await page.getByRole('button', { name: 'Submit for review' }).click();
      await page.getByText('Awaiting a decision', { exact: true }).first().waitFor();
      const checks = page.getByRole('region', { name: 'Checks of version 1' });
      await checks.getByText('overlap: warning').waitFor();
      // The overlap finding names the EU's plan, which the US may not open: its lead, what the two share.
      await checks.getByText(/A plan you may not open, led by European Union \(EU\)/).waitFor();
      expect((await stack.as(keys.us).get(`/v1/plans/${planId}`)).body).toMatchObject({ status: 'awaiting_decision', version: 1, budget: { amount: '1500000.00', currency: 'USD' } });
      await page.context().close();
    });

    it('the government of Honduras endorses it from its plans', async () => {
      const page = await signIn(keys.honduras);
      await heading(page, 'Our plans');
      await openPlan(page, US_TITLE);
      await page.getByLabel('Endorsement comment (optional)').fill('Endorsed by the Ministry of Security');
      await page.getByRole('button', { name: 'Endorse version 1' }).click();
      await page.getByText('Your organisation endorsed version 1.').waitFor();
      await page.getByRole('region', { name: 'Endorsements' }).getByText(/Version 1: GOV-HN, “Endorsed by the Ministry of Security”/).waitFor();
      await audit(page, 'a plan, to its endorser');
      await page.context().close();
    });

    it('a reviewer with a stake in the plan is told why it may not decide', async () => {
      const page = await signIn(keys.conflicted);
      await page.goto(`${origin}/console/plans/${planId}`);
      await heading(page, US_TITLE);
      await decide(page, 'Reject', 'Not ours to take.');
      await alert(page, 'You may not decide on this plan').getByText('A reviewer affiliated with GOV-HN, which leads or takes part in this plan, may not decide on it. Reviewers decide only where their organisation has no stake.').waitFor();
      await page.context().close();
    });

    it('a reviewer finds it in the queue, is told an approval needs the overlap resolved, and requests changes citing a thread on the budget', async () => {
      const page = await signIn(keys.oas);
      await heading(page, 'Review queue');
      const entry = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: US_TITLE }) });
      await entry.getByText('0 of 2').waitFor();
      await entry.getByText('overlap: warning').waitFor();
      await audit(page, 'review queue');
      await openPlan(page, US_TITLE);

      await decide(page, 'Approve');
      await alert(page, 'Say how the overlap is resolved')
        .getByText('The overlap check warned of another plan, so an approval must say how the two are coordinated: merged, co-funded, or both justified, with a note.')
        .waitFor();

      // A thread on the budget, beside it, that the lead reads; and one for the reviewers alone.
      await page.getByRole('button', { name: 'Open a thread on Budget' }).click();
      await page.getByLabel('New thread on Budget').fill(BUDGET_THREAD);
      await page.getByRole('button', { name: 'Open the thread' }).click();
      const budget = page.locator('#field-budget');
      await budget.getByRole('article', { name: 'Thread on Budget (version 1)' }).getByText(BUDGET_THREAD).waitFor();
      await page.getByRole('button', { name: 'Open a thread on the plan as a whole' }).click();
      await page.getByLabel('New thread on the plan as a whole').fill(REVIEWERS_THREAD);
      await page.getByLabel('Reviewers and admins only').check();
      await page.getByRole('button', { name: 'Open the thread' }).click();
      await page.getByRole('region', { name: 'Threads on the plan' }).getByText(REVIEWERS_THREAD).waitFor();

      await page.getByRole('radio', { name: 'Request changes' }).check();
      await page.getByLabel(/^The thread on Budget \(version 1\)/).check();
      await decide(page, 'Request changes', 'Please address the thread on the budget.');
      await page.getByText('Your request for changes is recorded. The plan is now changes requested.').waitFor();
      await page.getByText('Changes requested', { exact: true }).first().waitFor();
      await page.context().close();
    });

    it('the US officer answers the thread, revises the budget (the API refuses a plan co-funding itself, at that field) and resubmits', async () => {
      const page = await signIn(keys.us);
      await openPlan(page, US_TITLE);
      await page.getByRole('region', { name: 'History' }).getByText('Changes requested; “Please address the thread on the budget.”').waitFor();
      // The cited thread beside the budget, which the lead answers; the reviewers' thread is not there for it.
      const thread = page.locator('#field-budget').getByRole('article', { name: 'Thread on Budget (version 1)' });
      await thread.getByText('Cited: field not changed yet').waitFor();
      await thread.getByLabel('Reply').fill('Agreed: the precincts need 1.4 million; the revision says so.');
      await thread.getByRole('button', { name: 'Send the reply' }).click();
      await thread.getByText('Agreed: the precincts need 1.4 million; the revision says so.').waitFor();
      expect(await page.getByText(REVIEWERS_THREAD).count()).toBe(0);
      await audit(page, 'a plan sent back, to its lead');
      await page.getByRole('link', { name: 'Revise the plan' }).click();
      await heading(page, `Revise “${US_TITLE}”`);
      await page.locator('#field-budget-amount').fill('1400000.00');
      await page.getByRole('group', { name: 'Activity 1' }).getByLabel('Budget', { exact: true }).fill('1400000.00');
      await page.getByLabel('Co-funds (plan ids, one a line)').fill(planId);
      await page.getByRole('button', { name: 'Save the revision' }).click();
      await page.locator('#field-coFunds-error').getByText('coFunds names this plan itself').waitFor();
      expect(await page.locator('#field-coFunds').getAttribute('aria-invalid')).toBe('true');
      await audit(page, 'plan form with the API’s problems');
      await page.screenshot({ path: join(SCREENSHOTS, 'plan-form.png'), fullPage: true });

      await page.getByLabel('Co-funds (plan ids, one a line)').fill('');
      await page.getByRole('button', { name: 'Save the revision' }).click();
      await heading(page, US_TITLE);
      await page.locator('.plan-meta').getByText('Version 2', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Submit for review' }).click();
      await page.getByText('Awaiting a decision', { exact: true }).first().waitFor();
      expect((await stack.as(keys.us).get(`/v1/plans/${planId}`)).body).toMatchObject({ status: 'awaiting_decision', version: 2, budget: { amount: '1400000.00', currency: 'USD' } });
      await page.context().close();
    });

    it('the reviewer sees the change side by side and the thread outdated; two reviewers approve with a coordination note; a second decision and a stale page are refused in words', async () => {
      const second = await signIn(keys.un);
      // The second reviewer opens the plan first: the first reviewer's approval then makes its page stale.
      await openPlan(second, US_TITLE);
      const first = await signIn(keys.oas);
      const entry = first.getByRole('listitem').filter({ has: first.getByRole('link', { name: US_TITLE }) });
      await entry.getByText('2 (version 2)').waitFor();
      await entry.getByText('1 cited: 1 field changed, 0 not').waitFor();
      await first.screenshot({ path: join(SCREENSHOTS, 'queue.png'), fullPage: true });
      await openPlan(first, US_TITLE);

      // What changed, side by side, and the thread on the budget outdated by it.
      const changes = first.getByRole('region', { name: 'Changes table, version 1 to 2' });
      const budgetRow = changes.getByRole('row', { name: /^Budget › amount/ });
      expect(await budgetRow.getByRole('cell').allTextContents()).toEqual(['1,500,000.00', '1,400,000.00']);
      await changes.getByRole('row', { name: /Activity 1 › Budget › amount/ }).waitFor();
      const thread = first.locator('#field-budget').getByRole('article', { name: 'Thread on Budget (version 1)' });
      await thread.getByText('Outdated').waitFor();
      await thread.getByText('A later version changed this field: it now reads 1,400,000.00 USD.').waitFor();
      await thread.getByText('Cited: field changed').waitFor();
      await thread.getByRole('button', { name: 'Resolve' }).click();
      await thread.getByText('Resolved', { exact: true }).waitFor();
      await first.getByRole('radio', { name: 'Approve' }).check();
      await first.getByLabel('Resolution').selectOption('co_fund');
      await first.getByLabel('Coordination note').fill('The EU funds the youth outreach; the US the precincts.');
      await audit(first, 'a plan, to a reviewer');
      await first.screenshot({ path: join(SCREENSHOTS, 'plan.png'), fullPage: true });
      await first.locator('form.decision').screenshot({ path: join(SCREENSHOTS, 'decision.png') });
      await first.setViewportSize(NARROW);
      await first.screenshot({ path: join(SCREENSHOTS, 'plan-390.png'), fullPage: true });
      await first.setViewportSize(WIDE);
      await first.getByRole('button', { name: 'Record the decision' }).click();
      await first.getByText('Your approval is recorded. The plan is now awaiting a decision.').waitFor();
      await first.getByRole('region', { name: 'History' }).getByText(/Approved \(1 of 2\)/).waitFor();
      await first.getByRole('button', { name: 'Record the decision' }).click();
      await alert(first, 'You have already decided').getByText('You have already decided on version 2. Each reviewer decides once on a version.').waitFor();

      await second.getByRole('radio', { name: 'Approve' }).check();
      await second.getByLabel('Resolution').selectOption('co_fund');
      await second.getByLabel('Coordination note').fill('Agreed: co-funded with the EU plan.');
      await second.getByRole('button', { name: 'Record the decision' }).click();
      await alert(second, 'The plan changed meanwhile').getByText('Someone changed this plan after you opened it. Reload it to see the change, then try again.').waitFor();
      await second.getByRole('button', { name: 'Reload the plan' }).click();
      await second.getByRole('region', { name: 'History' }).getByText(/Approved \(1 of 2\)/).waitFor();
      await second.getByRole('button', { name: 'Record the decision' }).click();
      await second.getByText('Your approval is recorded. The plan is now approved.').waitFor();
      expect((await stack.as(keys.us).get(`/v1/plans/${planId}`)).body).toMatchObject({ status: 'approved', version: 2 });
    });

    it('the coordinator’s heat map shows the Honduras cell funded, opens its plans, and downloads the IATI export', async () => {
      const page = await signIn(keys.un);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio' }).click();
      await heading(page, 'Portfolio');
      const cell = page.getByRole('link', { name: `${SAFE_STREETS} in Honduras: 1,400,000.00 USD approved in 1 plan; 800,000.00 USD in the pipeline`, exact: true });
      await cell.waitFor();
      expect([await cell.locator('.heat-usd').innerText(), await cell.locator('.heat-pipeline').innerText()]).toEqual(['1.4 M', '+800 k pipeline']);
      expect(await cell.evaluate((link) => link.parentElement?.className)).toBe('heat heat-5');
      expect(await page.locator('a[data-cell="SAFE_STREETS:NI"]').evaluate((link) => link.parentElement?.className)).toBe('heat heat-0');
      await page.getByRole('list', { name: 'Colour scale of approved USD' }).getByText('nothing approved').waitFor();
      await page.getByRole('region', { name: 'Gaps' }).getByRole('cell', { name: 'Nicaragua' }).first().waitFor();
      const overlaps = page.getByRole('region', { name: 'Overlapping plans' });
      await overlaps.getByRole('link', { name: US_TITLE }).waitFor();
      await audit(page, 'portfolio');
      await page.screenshot({ path: join(SCREENSHOTS, 'heatmap.png'), fullPage: true });

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download the IATI 2.03 activities (XML)' }).click();
      const xml = await readFile((await (await download).path()) ?? '', 'utf8');
      expect(xml).toContain('<iati-activity ');
      expect(xml).toContain(US_TITLE);

      await cell.click();
      await heading(page, `${SAFE_STREETS} in Honduras`);
      await page.getByRole('link', { name: US_TITLE }).waitFor();
      await page.getByRole('link', { name: 'Youth outreach and community police in San Pedro Sula' }).waitFor();
      await audit(page, 'plans of a cell');
    });
  });

  describe('refusals and reach', () => {
    it('a revoked key sends the person back to sign in, saying why', async () => {
      const created = (await stack.admin.post('/v1/admin/api-keys').send({ role: 'partner', partnerCode: 'CA', label: 'revoked in the console test' }).expect(201)).body;
      const page = await signIn(created.token);
      await heading(page, 'Our plans');
      await stack.admin.delete(`/v1/admin/api-keys/${created.id}`).expect(204);
      await page.getByRole('link', { name: 'New plan' }).click();
      await heading(page, 'New plan');
      await page.getByRole('link', { name: 'Our plans' }).click();
      await page.getByText('The service no longer accepts your key (it was revoked, or never valid): sign in again.').waitFor();
      expect(new URL(page.url()).pathname).toBe('/console/sign-in');
      expect(await page.evaluate(`sessionStorage.getItem('accord.session')`)).toBeNull();
      await audit(page, 'sign-in');
    });

    it('keeps the key in sessionStorage only, and forgets it on sign-out', async () => {
      const page = await signIn(ADMIN_TOKEN);
      expect(await page.evaluate(`({ local: localStorage.length, session: JSON.parse(sessionStorage.getItem('accord.session')).role })`)).toEqual({ local: 0, session: 'admin' });
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByLabel('API key').waitFor();
      expect(await page.evaluate(`sessionStorage.getItem('accord.session')`)).toBeNull();
    });

    it('an admin overrides a failed check, naming it, after being told approval needs it', async () => {
      // A plan whose activity has no budget: completeness fails (set up through the API).
      const canada = await stack.key('partner', 'CA');
      const title = 'Border crossing inspection in Guatemala';
      const body = planBody({
        title,
        countries: ['GT'],
        participants: [],
        activities: [{ title: 'Inspection posts', country: 'GT', sector: '15132', period: { start: '2027-01-01', end: '2028-06-30' } }],
        budget: { amount: '500000.00', currency: 'USD' },
      });
      const id: string = (await stack.as(canada).post('/v1/plans').send(body).expect(201)).body.id;
      await stack.as(canada).post(`/v1/plans/${id}/submit`).expect(202);
      await waitFor(async () => (await stack.as(canada).get(`/v1/plans/${id}`)).body.status === 'awaiting_decision', 'the Canadian plan to await a decision');

      const page = await signIn(ADMIN_TOKEN);
      await openPlan(page, title);
      await page.locator('#field-activities-0-budget').getByText('completeness: activity 1 ("Inspection posts") has no budget').waitFor();
      await decide(page, 'Approve');
      await alert(page, 'A failed check blocks approval').getByText('The completeness check failed: approval needs an admin override naming it, with a justification.').waitFor();
      await page.getByRole('group', { name: 'Override failed checks (admin)' }).getByLabel('The completeness check').check();
      await page.getByLabel('Justification').fill('The inspection posts are funded from the total; the activity budget follows in the next revision.');
      await audit(page, 'a plan, to an admin');
      await page.getByRole('button', { name: 'Record the decision' }).click();
      await page.getByText('Your approval is recorded. The plan is now awaiting a decision.').waitFor();
      await page.getByRole('region', { name: 'History' }).getByText(/Approved \(1 of 2\); override of completeness/).waitFor();
    });

    it('says in words when a page is not for the key’s role', async () => {
      const page = await signIn(keys.us);
      await page.goto(`${origin}/console/queue`);
      await heading(page, 'Not for your key');
      await page.getByText('This page is for reviewers and admins.').waitFor();
    });

    it('is usable from the keyboard alone, with the focus visible', async () => {
      const page = await tab();
      await page.keyboard.press('Tab');
      expect((await focused(page)).id).toBe('token');
      await page.keyboard.type(keys.oas);
      await page.keyboard.press('Enter');
      await heading(page, 'Review queue');
      // Arriving on a page, the focus is at its top, where the skip link is.
      await page.reload();
      await heading(page, 'Review queue');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ text: 'Skip to content', outline: 'solid' });
      await page.keyboard.press('Enter');
      expect((await focused(page)).id).toBe('main');
      // The US plan is approved by now: the EU's still waits.
      const waiting = 'Youth outreach and community police in San Pedro Sula';
      for (let step = 0; step < 40; step++) {
        await page.keyboard.press('Tab');
        if ((await focused(page)).text === waiting) break;
      }
      expect(await focused(page)).toMatchObject({ text: waiting, outline: 'solid' });
      await page.keyboard.press('Enter');
      await heading(page, waiting);
    });

    it('ran without a script error or a CSP refusal in any page', () => {
      expect(pageProblems).toEqual([]);
    });
  });
});
