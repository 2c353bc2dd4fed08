import { MaintenanceProcessor } from '../../apps/worker/src/maintenance.processor';
import { describeWithXmllint, readIatiFile, validateIati } from '../support/iati-files';
import { planBody } from '../support/plan-builder';
import { TestStack, waitFor } from '../support/test-stack';

interface ImportResult {
  imported: { iatiIdentifier: string; planId: string; outcome: string; problems: { code: string; message: string }[] }[];
  skipped: { iatiIdentifier: string; reason: string }[];
}

interface ImportResource {
  id: string;
  status: string;
  total: number | null;
  processed: number;
  result: ImportResult | null;
  error: string | null;
}

/** A Central American activity of about 5 kB, `n` making its identifier unique. */
const activityXml = (n: number) =>
  `<iati-activity default-currency="USD"><iati-identifier>XX-TEST-${n}</iati-identifier><reporting-org ref="XX-TEST" type="40"><narrative>Test</narrative></reporting-org>` +
  `<title><narrative xml:lang="en">Youth outreach ${n}</narrative></title><description><narrative>${'Outreach in at-risk neighbourhoods. '.repeat(150)}</narrative></description>` +
  `<participating-org role="4" ref="XX-TEST"/><activity-status code="2"/><activity-date type="1" iso-date="2027-01-01"/><activity-date type="3" iso-date="2027-12-31"/>` +
  `<recipient-country code="GT"/><sector vocabulary="1" code="15220"/>` +
  `<budget type="1"><period-start iso-date="2027-01-01"/><period-end iso-date="2027-12-31"/><value value-date="2027-01-01">250000</value></budget></iati-activity>`;
const iatiDocument = (activities: string[]) => `<?xml version="1.0" encoding="UTF-8"?><iati-activities version="2.03">${activities.join('\n')}</iati-activities>`;

describe('IATI export and import', () => {
  let stack: TestStack;
  let us: string;
  let ca: string;
  let eu: string;
  let idb: string;
  let reviewers: string[];

  beforeAll(async () => {
    stack = await TestStack.start({ worker: true });
    [us, ca, eu, idb] = await Promise.all(['US', 'CA', 'EU', 'IDB'].map((code) => stack.key('partner', code)));
    reviewers = await Promise.all(['OAS', 'UN'].map((code) => stack.key('reviewer', code)));
  });

  afterAll(() => stack.stop());

  const postXml = (token: string, xml: string, type = 'application/xml') => stack.as(token).post('/v1/plans/import/iati').set('Content-Type', type).send(xml);
  const leadCount = async (code: string) => Number((await stack.query<{ count: string }>('select count(*) from action_plan where lead_partner_code = ?', [code]))[0].count);

  /** Creates, submits and approves (two reviewers) a plan; its checks do not fail. */
  async function approved(token: string, body: Record<string, unknown>): Promise<string> {
    const { body: plan } = await stack.as(token).post('/v1/plans').send(planBody(body)).expect(201);
    await stack.as(token).post(`/v1/plans/${plan.id}/submit`).expect(202);
    await waitFor(async () => (await stack.as(token).get(`/v1/plans/${plan.id}`)).body.status === 'awaiting_decision', 'the review to complete', 30000);
    const coordination = { action: 'justified', note: 'Separate programmes, reviewed together.' };
    for (const reviewer of reviewers) await stack.as(reviewer).post(`/v1/review/plans/${plan.id}/decisions`).send({ decision: 'approve', coordination }).expect(201);
    expect((await stack.as(token).get(`/v1/plans/${plan.id}`)).body.status).toBe('approved');
    return plan.id as string;
  }

  async function finished(location: string, token: string): Promise<{ final: ImportResource; seen: ImportResource[] }> {
    const seen: ImportResource[] = [];
    const final = await waitFor(
      async () => {
        const { status, body } = await stack.as(token).get(location);
        expect(status).toBe(200);
        seen.push(body);
        return ['done', 'failed'].includes(body.status) ? (body as ImportResource) : undefined;
      },
      `the import at ${location}`,
      60000,
    );
    return { final, seen };
  }

  describe('partners’ IATI organisation references', () => {
    it('are set at creation, unique and checked', async () => {
      const created = await stack.admin.post('/v1/admin/partners').send({ code: 'JP-IATI', name: 'Japan', kind: 'DONOR_GOVERNMENT', iatiOrgRef: 'XM-DAC-701-8' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ code: 'JP-IATI', iatiOrgRef: 'XM-DAC-701-8' });
      const taken = await stack.admin.post('/v1/admin/partners').send({ code: 'JP-IATI-2', name: 'Japan again', kind: 'DONOR_GOVERNMENT', iatiOrgRef: 'XM-DAC-701-8' });
      expect(taken.status).toBe(409);
      expect(taken.body.code).toBe('PARTNER.IATI_ORG_REF_TAKEN');
      const invalid = await stack.admin.post('/v1/admin/partners').send({ code: 'JP-IATI-3', name: 'Japan', kind: 'DONOR_GOVERNMENT', iatiOrgRef: 'has spaces/and slashes' });
      expect(invalid.status).toBe(400);
      expect(invalid.body.details.map((detail: { field: string }) => detail.field)).toEqual(['iatiOrgRef']);
      const us = (await stack.admin.get('/v1/partners')).body.find((partner: { code: string }) => partner.code === 'US');
      expect(us.iatiOrgRef).toBe('US-GOV-1');
    });
  });

  describe('export, and the round trip', () => {
    let exported: string;
    let usPlan: string;
    let caPlan: string;
    let draft: string;

    beforeAll(async () => {
      caPlan = await approved(ca, {
        title: 'Prison management in Belize',
        countries: ['BZ'],
        goals: ['ACCOUNTABLE_GOVERNMENT'],
        programAreas: ['JUSTICE_CAPACITY'],
        escaComponents: ['REHABILITATION_AND_PRISONS'],
        participants: [{ partnerCode: 'GOV-BZ', role: 'IMPLEMENTING' }],
        activities: [{ title: 'Prison staff training', country: 'BZ', sector: '15137', period: { start: '2027-01-01', end: '2027-12-31' }, budget: { amount: '800000.00', currency: 'CAD' } }],
        budget: { amount: '800000.00', currency: 'CAD' },
      });
      usPlan = await approved(us, {
        title: 'Border & port security in Honduras and Nicaragua',
        countries: ['HN', 'NI'],
        goals: ['DISRUPT_TRAFFICKING'],
        programAreas: ['LAW_ENFORCEMENT'],
        escaComponents: ['COMBAT_CRIME'],
        period: { start: '2027-01-01', end: '2028-12-31' },
        participants: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }, { partnerCode: 'GOV-NI', role: 'IMPLEMENTING' }],
        activities: [
          { title: 'Scanners', country: 'HN', sector: '16063', period: { start: '2027-01-01', end: '2028-06-30' }, budget: { amount: '900000.00', currency: 'USD' } },
          { title: 'Border posts', country: 'NI', sector: '15136', period: { start: '2027-01-01', end: '2028-12-31' }, budget: { amount: '600000.00', currency: 'USD' } },
        ],
        budget: { amount: '1500000.00', currency: 'USD' },
        coFunds: [caPlan],
      });
      draft = (await stack.as(us).post('/v1/plans').send(planBody({ title: 'Not approved yet' })).expect(201)).body.id;
      const response = await stack.as(reviewers[0]).get('/v1/portfolio/iati').expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/xml/);
      exported = response.text;
    });

    it('holds the approved plans only, to any role', async () => {
      expect(exported).toContain(`<iati-identifier>US-GOV-1-${usPlan}</iati-identifier>`);
      expect(exported).toContain(`<iati-identifier>XI-ACCORD-CA-${caPlan}</iati-identifier>`);
      expect(exported).toContain(`<related-activity ref="XI-ACCORD-CA-${caPlan}" type="4"/>`);
      expect(exported).not.toContain(draft);
      expect(exported).toContain('Border &amp; port security');
      for (const agent of [stack.as(us), stack.admin]) expect((await agent.get('/v1/portfolio/iati')).status).toBe(200);
    });

    describeWithXmllint('against the schema', () => {
      it('validates against iati-activities-schema.xsd', () => {
        const { valid, output } = validateIati(exported);
        expect(output).toMatch(/validates/);
        expect(valid).toBe(true);
      });
    });

    it('imported back, preserves titles, countries, sectors, budgets and periods; again, changes nothing', async () => {
      const first = await postXml(eu, exported);
      expect(first.status).toBe(200);
      const result = first.body as ImportResult;
      expect(result.skipped).toEqual([]);
      expect(result.imported.map((item) => item.outcome)).toEqual(['created', 'created']);
      for (const [original, id] of [
        [usPlan, `US-GOV-1-${usPlan}`],
        [caPlan, `XI-ACCORD-CA-${caPlan}`],
      ]) {
        const source = (await stack.as(eu).get(`/v1/plans/${original}`)).body;
        const copyId = result.imported.find((item) => item.iatiIdentifier === id)!.planId;
        const copy = (await stack.as(eu).get(`/v1/plans/${copyId}`)).body;
        expect(copy).toMatchObject({ status: 'draft', leadPartner: 'EU', title: source.title, period: source.period, budget: source.budget, goals: source.goals, escaComponents: source.escaComponents });
        expect([...copy.countries].sort()).toEqual([...source.countries].sort());
        const sectors = (plan: { activities: { sector: string }[] }) => new Set(plan.activities.map((activity) => activity.sector));
        expect(sectors(copy)).toEqual(sectors(source));
        expect((await stack.as(eu).get(`/v1/plans/${copyId}/history`)).body.map((event: { type: string }) => event.type)).toEqual(['ActionPlanCreated']);
      }

      const again = (await postXml(eu, exported, 'text/xml; charset=utf-8').expect(200)).body as ImportResult;
      expect(again.imported.map((item) => [item.planId, item.outcome])).toEqual(result.imported.map((item) => [item.planId, 'unchanged']));
      expect(await leadCount('EU')).toBe(2);
    });

    it('a re-import revises a draft, and reports a submitted one as skipped', async () => {
      const edited = exported.replace('Prison management in Belize', 'Prison management in Belize, phase 2');
      const { imported } = (await postXml(ca, exported).expect(200)).body as ImportResult;
      const prison = imported.find((item) => item.iatiIdentifier.startsWith('XI-ACCORD-CA-'))!;
      const border = imported.find((item) => item.iatiIdentifier.startsWith('US-GOV-1-'))!;
      await stack.as(ca).post(`/v1/plans/${border.planId}/submit`).expect(202);

      const second = (await postXml(ca, edited).expect(200)).body as ImportResult;
      expect(second.imported).toEqual([expect.objectContaining({ planId: prison.planId, outcome: 'updated' })]);
      expect(second.skipped).toEqual([{ iatiIdentifier: border.iatiIdentifier, reason: expect.stringMatching(/is (submitted|in_review|awaiting_decision): a re-import revises only drafts/) }]);
      const revised = (await stack.as(ca).get(`/v1/plans/${prison.planId}`)).body;
      expect(revised).toMatchObject({ title: 'Prison management in Belize, phase 2', version: 2 });
      expect((await stack.as(ca).get(`/v1/plans/${prison.planId}/history`)).body.map((event: { type: string }) => event.type)).toEqual(['ActionPlanCreated', 'ActionPlanRevised']);
    });
  });

  describe('the shared files', () => {
    it('each imports without error: drafts for the Central American activities with a goal, defects reported; a second import duplicates nothing', async () => {
      const example = (await postXml(idb, readIatiFile('activity-standard-example-annotated.xml')).expect(200)).body as ImportResult;
      expect(example).toEqual({ imported: [], skipped: [{ iatiIdentifier: 'AA-AAA-123456789-ABC123', reason: 'no recipient country in Central America: AF, AG' }] });

      const results = new Map<string, ImportResult>();
      for (const [name, total] of [
        ['bcie-2025-12-18.xml', 92],
        ['worldbank-sv.xml', 13],
      ] as const) {
        const posted = await postXml(idb, readIatiFile(name));
        expect(posted.status).toBe(202);
        expect(posted.body).toMatchObject({ status: 'queued', total, processed: 0 });
        const { final } = await finished(posted.headers.location, idb);
        expect(final).toMatchObject({ status: 'done', total, processed: total, error: null });
        results.set(name, final.result!);
      }
      const bcie = results.get('bcie-2025-12-18.xml')!;
      expect(bcie.imported).toHaveLength(6);
      expect(bcie.skipped).toHaveLength(86);
      expect(bcie.skipped.filter((item) => item.reason.includes('RD (not a country code)'))).toHaveLength(5);
      const problems = new Set(bcie.imported.flatMap((item) => item.problems.map((problem) => problem.code)));
      expect([...problems]).toEqual(expect.arrayContaining(['MISSING_BUDGET', 'MISSING_END_DATE', 'PERCENTAGE_TARGET_OVER_100', 'STATUS_CONTRADICTS_TRANSACTIONS', 'NO_BASELINE']));
      const worldBank = results.get('worldbank-sv.xml')!;
      expect(worldBank.imported.map((item) => item.iatiIdentifier)).toEqual(['44000-P117440']);
      expect(worldBank.imported[0].problems.map((problem) => problem.code)).toContain('NON_DAC_SECTOR_VOCABULARY');
      expect(await leadCount('IDB')).toBe(7);

      const again = await postXml(idb, readIatiFile('bcie-2025-12-18.xml')).expect(202);
      const { final } = await finished(again.headers.location, idb);
      expect(final.result!.imported.map((item) => item.outcome)).toEqual(Array(6).fill('unchanged'));
      expect(await leadCount('IDB')).toBe(7);
    });
  });

  describe('large files', () => {
    it('go through the worker, with their progress visible on the import resource', async () => {
      // Forty activities and a large comment: over the 1 MB of a synchronous import, quick to process.
      const xml = iatiDocument([...Array.from({ length: 40 }, (_, n) => activityXml(n)), `<!--${'x'.repeat(1024 * 1024)}-->`]);
      expect(Buffer.byteLength(xml)).toBeGreaterThan(1024 * 1024);
      const posted = await postXml(ca, xml).expect(202);
      expect(posted.headers.location).toBe(`/v1/plans/import/iati/${posted.body.id}`);
      const { final, seen } = await finished(posted.headers.location, ca);
      expect(final).toMatchObject({ status: 'done', total: 40, processed: 40 });
      expect(final.result!.imported).toHaveLength(40);
      const processed = seen.map((item) => item.processed);
      expect(processed).toEqual([...processed].sort((a, b) => a - b));
      expect(await stack.query('select source from iati_import where id = ?', [posted.body.id])).toEqual([{ source: null }]);

      expect((await stack.as(us).get(posted.headers.location)).status).toBe(404);
      expect((await stack.as(reviewers[0]).get(posted.headers.location)).status).toBe(403);
    });

    it('whose job was lost (a Redis that lost its keys) is failed by the reconciler, not left running', async () => {
      const id = '0192f5c0-0000-7000-8000-00000000abcd';
      const actor = { kind: 'api_key', id: null, role: 'partner', partnerCode: 'CA' };
      await stack.query(
        `insert into iati_import (id, partner_code, actor, status, total, processed, source, created_at) values (?, 'CA', ?::jsonb, 'running', 400, 6, '<iati-activities/>', now() - interval '1 hour')`,
        [id, JSON.stringify(actor)],
      );
      // The scheduled run may get there first; either way the import ends failed.
      await stack.fromWorker(MaintenanceProcessor).reconcile();
      const { body } = await stack.as(ca).get(`/v1/plans/import/iati/${id}`).expect(200);
      expect(body).toMatchObject({ status: 'failed', processed: 6, error: 'the import was interrupted and its job lost: post the file again', finishedAt: expect.any(String) });
      expect(await stack.query('select source from iati_import where id = ?', [id])).toEqual([{ source: null }]);
      // Done once: the next run finds nothing left to fail.
      expect(await stack.fromWorker(MaintenanceProcessor).reconcile()).toMatchObject({ imports: 0 });
    });

    it('past 10 MB are refused with 413', async () => {
      const response = await postXml(ca, iatiDocument([`<!--${'x'.repeat(10 * 1024 * 1024 + 1)}-->`]));
      expect(response.status).toBe(413);
    });
  });

  describe('hostile or wrong input is a 400', () => {
    const cases: [string, string][] = [
      ['an entity expansion bomb', `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><iati-activities version="2.03">&lol1;</iati-activities>`],
      ['an external entity', `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><iati-activities>&xxe;</iati-activities>`],
      ['nesting 150 deep', iatiDocument([`${'<x>'.repeat(150)}${'</x>'.repeat(150)}`])],
      ['malformed XML', '<iati-activities version="2.03"><iati-activity></iati-activities>'],
      ['another document', '<?xml version="1.0"?><html/>'],
    ];

    it.each(cases)('%s', async (_name, xml) => {
      const response = await postXml(ca, xml);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'IATI.INVALID_DOCUMENT' });
    });

    it('a large hostile file is refused before it is stored', async () => {
      const bomb = `<!DOCTYPE x [<!ENTITY a "a">]>${iatiDocument([`<!--${'x'.repeat(1024 * 1024)}-->`])}`;
      expect((await postXml(ca, bomb)).status).toBe(400);
      expect(await stack.query('select id from iati_import where partner_code = ? and status = ?', ['CA', 'queued'])).toEqual([]);
    });

    it('a JSON body, an empty one', async () => {
      expect((await stack.as(ca).post('/v1/plans/import/iati').send({ xml: '<iati-activities/>' })).status).toBe(400);
      expect((await postXml(ca, '')).status).toBe(400);
    });

    it('only partners import', async () => {
      expect((await postXml(reviewers[0], iatiDocument([activityXml(1)]))).status).toBe(403);
    });
  });
});
