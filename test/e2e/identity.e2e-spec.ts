import { createHash, randomUUID } from 'node:crypto';
import { planBody } from '../support/plan-builder';
import { TestStack } from '../support/test-stack';

/** The reference partners whose IATI organisation identifier the migration seeds. */
const IATI_ORG_REFS: Record<string, string> = { US: 'US-GOV-1', WB: '44000' };

const REFERENCE_PARTNERS: Record<string, string> = {
  'GOV-BZ': 'RECIPIENT_GOVERNMENT',
  'GOV-CR': 'RECIPIENT_GOVERNMENT',
  'GOV-SV': 'RECIPIENT_GOVERNMENT',
  'GOV-GT': 'RECIPIENT_GOVERNMENT',
  'GOV-HN': 'RECIPIENT_GOVERNMENT',
  'GOV-NI': 'RECIPIENT_GOVERNMENT',
  'GOV-PA': 'RECIPIENT_GOVERNMENT',
  SICA: 'REGIONAL_BODY',
  US: 'DONOR_GOVERNMENT',
  CA: 'DONOR_GOVERNMENT',
  MX: 'DONOR_GOVERNMENT',
  CO: 'DONOR_GOVERNMENT',
  CL: 'DONOR_GOVERNMENT',
  ES: 'DONOR_GOVERNMENT',
  EU: 'MULTILATERAL',
  OAS: 'MULTILATERAL',
  UN: 'MULTILATERAL',
  IDB: 'FINANCIAL_INSTITUTION',
  WB: 'FINANCIAL_INSTITUTION',
};

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Partner {
  code: string;
  name: string;
  kind: string;
  country: string | null;
  createdAt: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('identity: partners and API keys', () => {
  let stack: TestStack;
  let us: string;
  let reviewer: string;
  let codeCounter = 0;
  /** A partner code no other test uses. */
  const newCode = () => `JP-${process.pid % 1000}-${++codeCounter}`.slice(0, 20);

  beforeAll(async () => {
    stack = await TestStack.start();
    [us, reviewer] = await Promise.all([stack.key('partner', 'US'), stack.key('reviewer', 'OAS')]);
  });

  afterAll(() => stack.stop());

  const fields = (body: { details?: { field: string }[] }) => (body.details ?? []).map((detail) => detail.field);

  describe('POST /v1/admin/partners', () => {
    it('creates a partner: 201 with it, and it is listed', async () => {
      const code = newCode();
      const response = await stack.admin.post('/v1/admin/partners').send({ code, name: 'Japan', kind: 'DONOR_GOVERNMENT' });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({ code, name: 'Japan', kind: 'DONOR_GOVERNMENT', country: null, iatiOrgRef: null, createdAt: expect.stringMatching(ISO_TIME) });

      const list = await stack.as(us).get('/v1/partners');
      expect(list.status).toBe(200);
      expect(list.body).toContainEqual(response.body);
      const [row] = await stack.query('select code, name, kind, country from partner where code = ?', [code]);
      expect(row).toEqual({ code, name: 'Japan', kind: 'DONOR_GOVERNMENT', country: null });
    });

    it('refuses a second government for a country with 409: the first keeps endorsing for it', async () => {
      const code = newCode();
      const response = await stack.admin.post('/v1/admin/partners').send({ code, name: 'Honduran ministry of security', kind: 'RECIPIENT_GOVERNMENT', country: 'HN' });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'PARTNER.COUNTRY_HAS_GOVERNMENT', message: 'HN already has a government partner, which endorses the plans for it' });
      expect(await stack.query(`select code from partner where kind = 'RECIPIENT_GOVERNMENT' and country = 'HN'`)).toEqual([{ code: 'GOV-HN' }]);
    });

    it('is usable at once as a plan participant and as a key’s partner', async () => {
      const code = newCode();
      await stack.admin.post('/v1/admin/partners').send({ code, name: 'Japan International Cooperation Agency', kind: 'DONOR_GOVERNMENT' }).expect(201);

      const plan = await stack.as(us).post('/v1/plans').send(planBody({ participants: [{ partnerCode: code, role: 'FUNDING' }] }));
      expect(plan.status).toBe(201);
      expect(plan.body.participants).toEqual([expect.objectContaining({ partnerCode: code, role: 'FUNDING' })]);

      const key = await stack.admin.post('/v1/admin/api-keys').send({ role: 'partner', partnerCode: code, label: 'JICA' });
      expect(key.status).toBe(201);
      expect(key.body.partnerCode).toBe(code);
      const led = await stack.as(key.body.token).post('/v1/plans').send(planBody());
      expect(led.status).toBe(201);
      expect(led.body.leadPartner).toBe(code);
    });

    it('with a code that exists is 409, and the existing partner is unchanged', async () => {
      const response = await stack.admin.post('/v1/admin/partners').send({ code: 'US', name: 'Impostor', kind: 'CIVIL_SOCIETY' });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'PARTNER.CODE_TAKEN' });
      const [row] = await stack.query('select name, kind from partner where code = ?', ['US']);
      expect(row).toEqual({ name: 'United States', kind: 'DONOR_GOVERNMENT' });

      const code = newCode();
      await stack.admin.post('/v1/admin/partners').send({ code, name: 'First', kind: 'PRIVATE_SECTOR' }).expect(201);
      expect((await stack.admin.post('/v1/admin/partners').send({ code, name: 'Second', kind: 'PRIVATE_SECTOR' })).status).toBe(409);
    });

    it.each([
      ['a lower-case code', { code: 'jp', name: 'Japan', kind: 'DONOR_GOVERNMENT' }, 'code'],
      ['a one-character code', { code: 'J', name: 'Japan', kind: 'DONOR_GOVERNMENT' }, 'code'],
      ['a code with spaces', { code: 'J P', name: 'Japan', kind: 'DONOR_GOVERNMENT' }, 'code'],
      ['a code past 20 characters', { code: 'A'.repeat(21), name: 'Japan', kind: 'DONOR_GOVERNMENT' }, 'code'],
      ['no code', { name: 'Japan', kind: 'DONOR_GOVERNMENT' }, 'code'],
      ['an unknown kind', { code: 'JP', name: 'Japan', kind: 'EMPIRE' }, 'kind'],
      ['no kind', { code: 'JP', name: 'Japan' }, 'kind'],
      ['an unknown country', { code: 'JP', name: 'Japan', kind: 'DONOR_GOVERNMENT', country: 'ZZ' }, 'country'],
      ['a country that is not a string', { code: 'JP', name: 'Japan', kind: 'DONOR_GOVERNMENT', country: 42 }, 'country'],
      ['a country for a partner that is not a recipient government', { code: 'JP', name: 'Japan', kind: 'DONOR_GOVERNMENT', country: 'HN' }, 'country'],
      ['a recipient government without a country', { code: 'GOV-XX', name: 'A government of nowhere', kind: 'RECIPIENT_GOVERNMENT' }, 'country'],
      ['an empty name', { code: 'JP', name: '', kind: 'DONOR_GOVERNMENT' }, 'name'],
      ['a blank name', { code: 'JP', name: '   ', kind: 'DONOR_GOVERNMENT' }, 'name'],
      ['a code ending with a dash', { code: 'JP-', name: 'Japan', kind: 'DONOR_GOVERNMENT' }, 'code'],
      ['no name', { code: 'JP', kind: 'DONOR_GOVERNMENT' }, 'name'],
    ])('with %s is 400 naming the field', async (_, body, field) => {
      const response = await stack.admin.post('/v1/admin/partners').send(body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(fields(response.body)).toContain(field);
      expect((await stack.query('select 1 from partner where code = ?', [(body as { code?: string }).code ?? ''])).length).toBe(0);
    });

    it('with an unknown field is 400 naming it', async () => {
      const response = await stack.admin.post('/v1/admin/partners').send({ code: 'JP', name: 'Japan', kind: 'DONOR_GOVERNMENT', budget: 10 });
      expect(response.status).toBe(400);
      expect(response.body.details).toContainEqual({ field: 'budget', message: expect.any(String) });
      expect((await stack.query('select 1 from partner where code = ?', ['JP'])).length).toBe(0);
    });

    it('is for admins only', async () => {
      const body = { code: newCode(), name: 'Japan', kind: 'DONOR_GOVERNMENT' };
      expect((await stack.as(us).post('/v1/admin/partners').send(body)).status).toBe(403);
      expect((await stack.as(reviewer).post('/v1/admin/partners').send(body)).status).toBe(403);
      expect((await stack.http.post('/v1/admin/partners').send(body)).status).toBe(401);
      expect((await stack.query('select 1 from partner where code = ?', [body.code])).length).toBe(0);
    });
  });

  describe('GET /v1/partners', () => {
    it('lists the 19 reference partners with their kinds, to every role', async () => {
      const admin = await stack.key('admin');
      for (const token of [us, reviewer, admin]) {
        const response = await stack.as(token).get('/v1/partners');
        expect(response.status).toBe(200);
        const partners = response.body as Partner[];
        const byCode = new Map(partners.map((partner) => [partner.code, partner]));
        for (const [code, kind] of Object.entries(REFERENCE_PARTNERS)) {
          expect(byCode.get(code)).toEqual({
            code,
            kind,
            name: expect.any(String),
            country: code.startsWith('GOV-') ? code.slice(4) : null,
            iatiOrgRef: IATI_ORG_REFS[code] ?? null,
            createdAt: expect.stringMatching(ISO_TIME),
          });
        }
      }
    });

    it('in a fresh database holds exactly the reference partners', async () => {
      const rows = await stack.query<{ code: string }>("select code from partner where code not like 'JP-%'");
      expect(rows.map((row) => row.code).sort()).toEqual(Object.keys(REFERENCE_PARTNERS).sort());
    });
  });

  describe('POST /v1/admin/api-keys', () => {
    it('returns 201 with the token once; only its SHA-256 is stored', async () => {
      const response = await stack.admin.post('/v1/admin/api-keys').send({ role: 'partner', partnerCode: 'CA', label: 'Global Affairs Canada' });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(UUID),
        token: expect.any(String),
        role: 'partner',
        partnerCode: 'CA',
        label: 'Global Affairs Canada',
        createdAt: expect.stringMatching(ISO_TIME),
        revokedAt: null,
      });
      const { id, token } = response.body as { id: string; token: string };
      expect(token.length).toBeGreaterThanOrEqual(32);

      const rows = await stack.query<{ token_hash: string }>('select token_hash from api_key where id = ?', [id]);
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).not.toBe(token);
      expect(rows[0].token_hash).not.toContain(token);
      expect(rows[0].token_hash).toBe(sha256(token));
      // The token appears in no column of any key.
      const leaked = await stack.query('select id from api_key where position(? in row_to_json(api_key)::text) > 0', [token]);
      expect(leaked).toEqual([]);
    });

    it('issues a token that works at once, with the key’s role and partner', async () => {
      const response = await stack.admin.post('/v1/admin/api-keys').send({ role: 'partner', partnerCode: 'MX', label: 'AMEXCID' });
      const token = response.body.token as string;
      expect((await stack.as(token).get('/v1/partners')).status).toBe(200);
      const plan = await stack.as(token).post('/v1/plans').send(planBody());
      expect(plan.status).toBe(201);
      expect(plan.body.leadPartner).toBe('MX');
    });

    it('issues two different tokens for two keys', async () => {
      const [a, b] = await Promise.all([stack.key('partner', 'US'), stack.key('partner', 'US')]);
      expect(a).not.toBe(b);
    });

    it('issues reviewer keys with an affiliation and admin keys without one', async () => {
      const reviewerKey = await stack.admin.post('/v1/admin/api-keys').send({ role: 'reviewer', partnerCode: 'EU', label: 'EU reviewer' });
      expect(reviewerKey.status).toBe(201);
      expect(reviewerKey.body).toMatchObject({ role: 'reviewer', partnerCode: 'EU' });
      const adminKey = await stack.admin.post('/v1/admin/api-keys').send({ role: 'admin', label: 'Operations' });
      expect(adminKey.status).toBe(201);
      expect(adminKey.body).toMatchObject({ role: 'admin', partnerCode: null, revokedAt: null });
    });

    it.each([
      ['a partner key without partnerCode', { role: 'partner', label: 'x' }, 'partnerCode'],
      ['a reviewer key without partnerCode', { role: 'reviewer', label: 'x' }, 'partnerCode'],
      ['a partner key with a null partnerCode', { role: 'partner', partnerCode: null, label: 'x' }, 'partnerCode'],
      ['an admin key with a partnerCode', { role: 'admin', partnerCode: 'US', label: 'x' }, 'partnerCode'],
      ['a blank label', { role: 'partner', partnerCode: 'US', label: '   ' }, 'label'],
      ['an unknown partnerCode', { role: 'partner', partnerCode: 'NOPE', label: 'x' }, 'partnerCode'],
      ['an unknown role', { role: 'superuser', label: 'x' }, 'role'],
      ['no role', { partnerCode: 'US', label: 'x' }, 'role'],
      ['no label', { role: 'partner', partnerCode: 'US' }, 'label'],
      ['an unknown field', { role: 'partner', partnerCode: 'US', label: 'x', token: 'my-own-token' }, 'token'],
    ])('with %s is 400 naming the field, and issues nothing', async (_, body, field) => {
      const [{ count: before }] = await stack.query<{ count: string }>('select count(*) as count from api_key');
      const response = await stack.admin.post('/v1/admin/api-keys').send(body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(fields(response.body)).toContain(field);
      expect(response.body.token).toBeUndefined();
      const [{ count: after }] = await stack.query<{ count: string }>('select count(*) as count from api_key');
      expect(after).toBe(before);
    });

    it('is for admins only', async () => {
      const body = { role: 'admin', label: 'escalation' };
      const asPartner = await stack.as(us).post('/v1/admin/api-keys').send(body);
      expect(asPartner.status).toBe(403);
      expect(asPartner.body.code).toBe('AUTH.FORBIDDEN');
      expect((await stack.as(reviewer).post('/v1/admin/api-keys').send(body)).status).toBe(403);
    });
  });

  describe('admin keys issued through the API', () => {
    it('can call every kind of admin route', async () => {
      const admin = await stack.key('admin');
      expect((await stack.as(admin).get('/v1/admin/api-keys')).status).toBe(200);
      const partner = await stack.as(admin).post('/v1/admin/partners').send({ code: newCode(), name: 'Korea', kind: 'DONOR_GOVERNMENT' });
      expect(partner.status).toBe(201);
      const key = await stack.as(admin).post('/v1/admin/api-keys').send({ role: 'partner', partnerCode: partner.body.code, label: 'KOICA' });
      expect(key.status).toBe(201);
      expect((await stack.as(admin).delete(`/v1/admin/api-keys/${key.body.id}`)).status).toBe(204);
    });
  });

  describe('GET /v1/admin/api-keys', () => {
    it('lists every key without tokens or hashes', async () => {
      const created = await stack.admin.post('/v1/admin/api-keys').send({ role: 'partner', partnerCode: 'CL', label: 'AGCID' });
      const response = await stack.admin.get('/v1/admin/api-keys');
      expect(response.status).toBe(200);
      const { token, ...view } = created.body as { token: string } & Record<string, unknown>;
      expect(response.body).toContainEqual(view);
      const text = JSON.stringify(response.body);
      expect(text).not.toContain(token);
      expect(text).not.toContain(sha256(token));
      for (const key of response.body as Record<string, unknown>[]) {
        expect(Object.keys(key).sort()).toEqual(['createdAt', 'id', 'label', 'partnerCode', 'revokedAt', 'role']);
      }
    });

    it('is for admins only', async () => {
      expect((await stack.as(us).get('/v1/admin/api-keys')).status).toBe(403);
      expect((await stack.as(reviewer).get('/v1/admin/api-keys')).status).toBe(403);
    });
  });

  describe('DELETE /v1/admin/api-keys/{id}', () => {
    it('revokes at once: 204, and the very next request with the token is 401', async () => {
      const created = await stack.admin.post('/v1/admin/api-keys').send({ role: 'partner', partnerCode: 'CO', label: 'APC Colombia' });
      const { id, token } = created.body as { id: string; token: string };
      expect((await stack.as(token).get('/v1/partners')).status).toBe(200);

      const revoked = await stack.admin.delete(`/v1/admin/api-keys/${id}`);
      expect(revoked.status).toBe(204);
      expect(revoked.text).toBe('');

      const next = await stack.as(token).get('/v1/partners');
      expect(next.status).toBe(401);
      expect(next.body).toMatchObject({ statusCode: 401, error: 'Unauthorized', code: 'AUTH.UNAUTHENTICATED' });
      expect((await stack.as(token).post('/v1/plans').send(planBody())).status).toBe(401);

      const listed = (await stack.admin.get('/v1/admin/api-keys')).body as { id: string; revokedAt: string | null }[];
      expect(listed.find((key) => key.id === id)?.revokedAt).toMatch(ISO_TIME);
    });

    it('revokes an admin key so it can no longer call admin routes', async () => {
      const created = await stack.admin.post('/v1/admin/api-keys').send({ role: 'admin', label: 'temporary' });
      const { id, token } = created.body as { id: string; token: string };
      expect((await stack.as(token).get('/v1/admin/api-keys')).status).toBe(200);
      await stack.admin.delete(`/v1/admin/api-keys/${id}`).expect(204);
      expect((await stack.as(token).get('/v1/admin/api-keys')).status).toBe(401);
    });

    it('twice is 204 both times and keeps the first revocation time', async () => {
      const created = await stack.admin.post('/v1/admin/api-keys').send({ role: 'reviewer', partnerCode: 'UN', label: 'UN reviewer' });
      const { id } = created.body as { id: string };
      expect((await stack.admin.delete(`/v1/admin/api-keys/${id}`)).status).toBe(204);
      const [first] = await stack.query<{ revoked_at: Date }>('select revoked_at from api_key where id = ?', [id]);
      expect(first.revoked_at).not.toBeNull();
      expect((await stack.admin.delete(`/v1/admin/api-keys/${id}`)).status).toBe(204);
      const [second] = await stack.query<{ revoked_at: Date }>('select revoked_at from api_key where id = ?', [id]);
      expect(new Date(second.revoked_at).getTime()).toBe(new Date(first.revoked_at).getTime());
    });

    it('of an unknown id is 404', async () => {
      const response = await stack.admin.delete(`/v1/admin/api-keys/${randomUUID()}`);
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found', code: 'API_KEY.NOT_FOUND' });
    });

    it('of a malformed id is 400 naming id', async () => {
      const response = await stack.admin.delete('/v1/admin/api-keys/not-a-uuid');
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    });

    it('is for admins only, and a refused revocation revokes nothing', async () => {
      const created = await stack.admin.post('/v1/admin/api-keys').send({ role: 'partner', partnerCode: 'ES', label: 'AECID' });
      const { id, token } = created.body as { id: string; token: string };
      expect((await stack.as(us).delete(`/v1/admin/api-keys/${id}`)).status).toBe(403);
      expect((await stack.as(token).delete(`/v1/admin/api-keys/${id}`)).status).toBe(403);
      expect((await stack.as(token).get('/v1/partners')).status).toBe(200);
    });
  });
});
