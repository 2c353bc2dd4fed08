import { createHmac, randomBytes } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { isPublicAddress } from '@accord/notifications/delivery/webhook-address';
import { WebhookSecretBox } from '@accord/notifications/webhook-secret-box';
import { WebhookSecretResealer } from '@accord/notifications/webhook-secret-resealer';
import { MaintenanceProcessor } from '../../apps/worker/src/maintenance.processor';
import { schemaValidator } from '../support/openapi-schema';
import { planBody } from '../support/plan-builder';
import { TestStack, waitFor } from '../support/test-stack';

interface Payload {
  id: string;
  type: string;
  occurredAt: string;
  planId: string;
  version: number;
  data: Record<string, unknown>;
  plan: { id: string; status: string; version: number; leadPartner: string };
}

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  payload: Payload;
  answered: number;
}

interface HistoryEvent {
  seq: number;
  type: string;
  occurredAt: string;
  version: number;
  data: Record<string, unknown>;
}

/** Seals the secrets of the main suite's webhooks; the deliveries' signatures show they still open. */
const SECRET_KEY = randomBytes(32).toString('base64');

const STATE_CHANGES = ['ActionPlanCreated', 'ActionPlanSubmitted', 'ActionPlanReviewStarted', 'ActionPlanReviewCompleted'];

describe('webhooks', () => {
  let stack: TestStack;
  let server: Server;
  let base: string;
  let us: string;
  let honduras: string;
  let canada: string;
  let reviewer: string;
  const received: Received[] = [];
  /** The first delivery to /us is refused, so that one is only delivered by a retry. */
  let usRequests = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        const answered = request.url === '/us' && usRequests++ === 0 ? 500 : 200;
        received.push({ path: request.url ?? '', headers: request.headers, body, payload: JSON.parse(body) as Payload, answered });
        response.writeHead(answered).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // The receiver is on this machine: loopback addresses allowed, as in development.
    stack = await TestStack.start({ worker: true, env: { WEBHOOK_BACKOFF_MS: '50', WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_SECRET_KEY: SECRET_KEY } });
    [us, honduras, canada, reviewer] = await Promise.all([
      stack.key('partner', 'US'),
      stack.key('partner', 'GOV-HN'),
      stack.key('partner', 'CA'),
      stack.key('reviewer', 'OAS'),
    ]);
  });

  afterAll(async () => {
    await stack.stop();
    await new Promise((resolve) => server.close(resolve));
  });

  async function register(token: string, path: string): Promise<{ id: string; secret: string }> {
    const response = await stack.as(token).post('/v1/webhooks').send({ url: `${base}${path}`, description: `receiver at ${path}` });
    expect(response.status).toBe(201);
    return response.body;
  }

  const at = (path: string, planId: string) => received.filter((delivery) => delivery.path === path && delivery.payload.planId === planId);
  const accepted = (path: string, planId: string) => at(path, planId).filter((delivery) => delivery.answered === 200);
  const allStateChangesAt = (path: string, planId: string) =>
    waitFor(async () => STATE_CHANGES.every((type) => accepted(path, planId).some((delivery) => delivery.payload.type === type)), `every state change at ${path}`, 30000);

  describe('delivery', () => {
    it('sends each state change of a plan, signed, to its lead and its participants, retrying a refused delivery; to no one else', async () => {
      const usHook = await register(us, '/us');
      const hondurasHook = await register(honduras, '/hn');
      const canadaHook = await register(canada, '/ca');
      const deleted = await register(us, '/us-deleted');
      await stack.as(us).delete(`/v1/webhooks/${deleted.id}`).expect(204);

      const { body: plan } = await stack.as(us).post('/v1/plans').send(planBody({ participants: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }] })).expect(201);
      await stack.as(us).post(`/v1/plans/${plan.id}/submit`).expect(202);
      await allStateChangesAt('/us', plan.id);
      await allStateChangesAt('/hn', plan.id);

      const history: HistoryEvent[] = (await stack.as(us).get(`/v1/plans/${plan.id}/history`)).body;
      for (const [path, secret] of [['/us', usHook.secret], ['/hn', hondurasHook.secret]] as const) {
        for (const delivery of at(path, plan.id)) {
          const timestamp = delivery.headers['x-accord-timestamp'] as string;
          const expected = createHmac('sha256', secret).update(`${timestamp}.${delivery.body}`).digest('hex');
          expect(delivery.headers['x-accord-signature']).toBe(`sha256=${expected}`);
          expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(300);
          expect(delivery.headers['content-type']).toBe('application/json');
          expect(delivery.headers['x-accord-event-id']).toBe(delivery.payload.id);

          const event = history.find((candidate) => `${plan.id}-${candidate.seq}` === delivery.payload.id);
          expect(event).toBeDefined();
          expect(delivery.payload).toMatchObject({ type: event!.type, occurredAt: event!.occurredAt, planId: plan.id, version: event!.version, data: event!.data });
          expect(delivery.payload.data).toHaveProperty('status');
          expect(delivery.payload.plan).toMatchObject({ id: plan.id, version: 1, leadPartner: 'US' });
        }
        const ids = accepted(path, plan.id).map((delivery) => delivery.payload.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(accepted(path, plan.id).map((delivery) => delivery.payload.type).sort()).toEqual([...STATE_CHANGES].sort());
      }
      const idsAt = (path: string) => accepted(path, plan.id).map((delivery) => delivery.payload.id).sort();
      expect(idsAt('/hn')).toEqual(idsAt('/us'));

      // The refused first attempt was delivered again, under the same event id, and the log says so.
      const [refused] = at('/us', plan.id).filter((delivery) => delivery.answered === 500);
      expect(refused).toBeDefined();
      expect(accepted('/us', plan.id).map((delivery) => delivery.payload.id)).toContain(refused.payload.id);
      const log = await waitFor(async () => {
        const { body } = await stack.as(us).get(`/v1/webhooks/${usHook.id}/deliveries`).expect(200);
        return body.length === STATE_CHANGES.length && body.every((entry: { status: string }) => entry.status === 'succeeded') ? body : undefined;
      }, 'the delivery log to show every delivery succeeded');
      const retried = log.find((entry: { eventId: string }) => entry.eventId === refused.payload.id);
      expect(retried).toMatchObject({ status: 'succeeded', lastStatusCode: 200, lastError: null, eventType: refused.payload.type });
      expect(retried.attempts).toBeGreaterThanOrEqual(2);
      expect(log.map((entry: { createdAt: string }) => entry.createdAt)).toEqual(log.map((entry: { createdAt: string }) => entry.createdAt).sort().reverse());

      // Canada's webhook works (it hears of Canada's own plan) yet heard nothing of the US plan.
      const { body: canadianPlan } = await stack.as(canada).post('/v1/plans').send(planBody({ participants: [] })).expect(201);
      await waitFor(async () => accepted('/ca', canadianPlan.id).some((delivery) => delivery.payload.type === 'ActionPlanCreated'), 'Canada’s own plan at /ca');
      expect(at('/ca', plan.id)).toEqual([]);
      const canadaRows = await stack.query('select event_id from webhook_delivery where webhook_id = ?', [canadaHook.id]);
      expect(canadaRows.every((row) => String(row.event_id).startsWith(canadianPlan.id))).toBe(true);
      expect(received.filter((delivery) => delivery.path === '/us-deleted')).toEqual([]);
    });

    it('does not retry a delivery to a partner that a new version dropped from the plan: the plan is no longer its to see', async () => {
      // The receiver holds the first delivery until the plan has changed, then refuses it.
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const bodies: Payload[] = [];
      const held = createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          bodies.push(JSON.parse(Buffer.concat(chunks).toString()) as Payload);
          void released.then(() => response.writeHead(500).end());
        });
      });
      await new Promise<void>((resolve) => held.listen(0, '127.0.0.1', resolve));
      try {
        const mexico = await stack.key('partner', 'MX');
        const hook = (await stack.as(mexico).post('/v1/webhooks').send({ url: `http://127.0.0.1:${(held.address() as AddressInfo).port}/mx` }).expect(201)).body;
        const { body: plan } = await stack.as(us).post('/v1/plans').send(planBody({ participants: [{ partnerCode: 'MX', role: 'FUNDING' }] })).expect(201);
        await waitFor(async () => bodies.length === 1, 'the first delivery to reach the receiver');
        await stack.as(us).put(`/v1/plans/${plan.id}`).send(planBody({ participants: [] })).expect(200);
        expect((await stack.as(mexico).get(`/v1/plans/${plan.id}`)).status).toBe(404);
        release();

        const [entry] = await waitFor(async () => {
          const { body } = await stack.as(mexico).get(`/v1/webhooks/${hook.id}/deliveries`).expect(200);
          return body.length === 1 && body[0].status === 'failed' ? body : undefined;
        }, 'the delivery to be given up');
        expect(entry).toMatchObject({ eventId: `${plan.id}-1`, attempts: 1, lastError: 'the partner no longer takes part in the plan' });
        expect(bodies.map((body) => body.plan.version)).toEqual([1]);
      } finally {
        release();
        await new Promise((resolve) => held.close(resolve));
      }
    });

    it('sends again a pending delivery whose job was lost (a Redis that lost its keys), from the reconciler', async () => {
      // Registered first, so its delivery row tells when the creation has been fanned out.
      const sentinel = await register(us, '/sentinel');
      const { body: plan } = await stack.as(us).post('/v1/plans').send(planBody({ participants: [] })).expect(201);
      await waitFor(async () => (await stack.query('select 1 from webhook_delivery where webhook_id = ? and event_id = ?', [sentinel.id, `${plan.id}-1`])).length === 1, 'the creation to be fanned out');
      const hook = await register(us, '/lost');
      // The creation was fanned out before this webhook existed: a pending row with no job is what a
      // lost job leaves.
      await stack.query(
        `insert into webhook_delivery (id, webhook_id, event_id, event_type, status, attempts, created_at) values (?, ?, ?, 'ActionPlanCreated', 'pending', 0, now() - interval '1 hour')`,
        ['0192f5c0-0000-7000-8000-0000000000d1', hook.id, `${plan.id}-1`],
      );
      // The scheduled run may get there first; either way the delivery is sent once.
      await stack.fromWorker(MaintenanceProcessor).reconcile();
      await waitFor(async () => accepted('/lost', plan.id).length === 1, 'the delivery at /lost');
      expect(accepted('/lost', plan.id)[0].payload).toMatchObject({ id: `${plan.id}-1`, type: 'ActionPlanCreated' });
      await waitFor(async () => (await stack.query<{ status: string }>('select status from webhook_delivery where webhook_id = ?', [hook.id]))[0].status === 'succeeded', 'the log to say so');
      expect(at('/lost', plan.id)).toHaveLength(1);
    });

    it('seals, when a process starts with WEBHOOK_SECRET_KEY, a secret stored in plain text before the key was set; deliveries are still signed with it', async () => {
      const hook = await register(us, '/stored-plain');
      await stack.query('update webhook set secret = ? where id = ?', [hook.secret, hook.id]);
      const resealer = stack.api.get(WebhookSecretResealer);
      await resealer.onApplicationBootstrap();
      const [row] = await stack.query<{ secret: string }>('select secret from webhook where id = ?', [hook.id]);
      expect(row.secret).toMatch(/^v1\./);
      expect(row.secret).not.toContain(hook.secret);
      // Sealed once: a second start finds nothing left to seal.
      expect(await resealer.sealAgain()).toEqual({ sealed: 0, unopened: 0 });
      expect(await stack.query('select secret from webhook where id = ?', [hook.id])).toEqual([row]);

      const { body: plan } = await stack.as(us).post('/v1/plans').send(planBody({ participants: [] })).expect(201);
      const delivery = await waitFor(async () => accepted('/stored-plain', plan.id)[0], 'a delivery at /stored-plain');
      const timestamp = delivery.headers['x-accord-timestamp'] as string;
      expect(delivery.headers['x-accord-signature']).toBe(`sha256=${createHmac('sha256', hook.secret).update(`${timestamp}.${delivery.body}`).digest('hex')}`);
    });
  });

  describe('registration', () => {
    it('returns the secret once, and never again', async () => {
      const response = await stack.as(us).post('/v1/webhooks').send({ url: 'https://hooks.example.org/accord', description: 'Portfolio sync' });
      expect(response.status).toBe(201);
      expect(Object.keys(response.body).sort()).toEqual(['createdAt', 'description', 'id', 'secret', 'url']);
      expect(response.body).toMatchObject({ url: 'https://hooks.example.org/accord', description: 'Portfolio sync' });
      expect(Buffer.from(response.body.secret, 'base64url')).toHaveLength(32);

      const list = await stack.as(us).get('/v1/webhooks');
      expect(list.status).toBe(200);
      const listed = list.body.find((hook: { id: string }) => hook.id === response.body.id);
      expect(listed).toEqual({ id: response.body.id, url: 'https://hooks.example.org/accord', description: 'Portfolio sync', createdAt: response.body.createdAt });
      expect(list.text).not.toContain(response.body.secret);
      expect(list.body.every((hook: Record<string, unknown>) => !('secret' in hook))).toBe(true);

      // Stored sealed under WEBHOOK_SECRET_KEY, not as issued.
      const [row] = await stack.query<{ secret: string }>('select secret from webhook where id = ?', [response.body.id]);
      expect(row.secret).toMatch(/^v1\./);
      expect(row.secret).not.toContain(response.body.secret);
    });

    it.each([
      ['a URL of another scheme', { url: 'ftp://example.org/hooks' }],
      ['a relative URL', { url: '/hooks' }],
      ['a URL without a scheme', { url: 'example.org/hooks' }],
      ['a URL over 2000 characters', { url: `https://example.org/${'a'.repeat(2000)}` }],
      ['a URL whose host name a URL parser refuses', { url: 'https://hoo\uFFFD\uFFFDks.state.gov/accord' }],
      ['no URL', {}],
      ['a secret chosen by the client', { url: 'https://example.org/hooks', secret: 'mine' }],
      ['a description over 500 characters', { url: 'https://example.org/hooks', description: 'x'.repeat(501) }],
    ])('refuses %s with 400', async (_, body) => {
      const response = await stack.as(us).post('/v1/webhooks').send(body);
      expect(response.status).toBe(400);
      expect(response.body.details.length).toBeGreaterThan(0);
    });

    it('refuses a URL with a user name or password, a URL the partner already registered, and more than 10 webhooks', async () => {
      const spain = await stack.key('partner', 'ES');
      const withCredentials = await stack.as(spain).post('/v1/webhooks').send({ url: 'https://user:secret@hooks.example.es/accord' });
      expect(withCredentials.status).toBe(400);
      expect(withCredentials.body.details).toEqual([{ field: 'url', message: expect.stringMatching(/^url must not carry a user name or password/) }]);

      const first = (await stack.as(spain).post('/v1/webhooks').send({ url: 'https://hooks.example.es/0' }).expect(201)).body;
      const again = await stack.as(spain).post('/v1/webhooks').send({ url: 'https://hooks.example.es/0' });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'WEBHOOK.ALREADY_REGISTERED', message: `this URL is already registered as webhook ${first.id}` });
      // Another partner may register the same URL.
      await stack.as(canada).post('/v1/webhooks').send({ url: 'https://hooks.example.es/0' }).expect(201);

      for (let index = 1; index < 10; index += 1) await stack.as(spain).post('/v1/webhooks').send({ url: `https://hooks.example.es/${index}` }).expect(201);
      const eleventh = await stack.as(spain).post('/v1/webhooks').send({ url: 'https://hooks.example.es/10' });
      expect(eleventh.status).toBe(409);
      expect(eleventh.body.code).toBe('WEBHOOK.TOO_MANY');
      expect(await stack.query('select count(*)::int as n from webhook where partner_code = ? and deleted_at is null', ['ES'])).toEqual([{ n: 10 }]);
      // A deleted webhook frees its place, and its URL.
      await stack.as(spain).delete(`/v1/webhooks/${first.id}`).expect(204);
      await stack.as(spain).post('/v1/webhooks').send({ url: 'https://hooks.example.es/0' }).expect(201);
    });

    it('is for partner keys only', async () => {
      expect((await stack.as(reviewer).post('/v1/webhooks').send({ url: 'https://example.org/hooks' })).status).toBe(403);
      expect((await stack.as(reviewer).get('/v1/webhooks')).status).toBe(403);
      expect((await stack.admin.post('/v1/webhooks').send({ url: 'https://example.org/hooks' })).status).toBe(403);
      expect((await stack.http.post('/v1/webhooks').send({ url: 'https://example.org/hooks' })).status).toBe(401);
    });
  });

  describe('another partner’s webhook', () => {
    it('is not listed, and deleting it or reading its log is 404', async () => {
      const hook = await register(us, '/isolation');
      expect((await stack.as(canada).get('/v1/webhooks')).body.map((listed: { id: string }) => listed.id)).not.toContain(hook.id);
      expect((await stack.as(canada).get(`/v1/webhooks/${hook.id}/deliveries`)).status).toBe(404);
      const refused = await stack.as(canada).delete(`/v1/webhooks/${hook.id}`);
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('WEBHOOK.NOT_FOUND');
      expect((await stack.as(us).get('/v1/webhooks')).body.map((listed: { id: string }) => listed.id)).toContain(hook.id);
      expect((await stack.as(us).get(`/v1/webhooks/${hook.id}/deliveries`)).status).toBe(200);
    });
  });

  describe('delete and the delivery log', () => {
    it('deletes with 204; the webhook is then gone', async () => {
      const hook = await register(us, '/to-delete');
      expect((await stack.as(us).delete(`/v1/webhooks/${hook.id}`)).status).toBe(204);
      expect((await stack.as(us).get('/v1/webhooks')).body.map((listed: { id: string }) => listed.id)).not.toContain(hook.id);
      expect((await stack.as(us).delete(`/v1/webhooks/${hook.id}`)).status).toBe(404);
      expect((await stack.as(us).get(`/v1/webhooks/${hook.id}/deliveries`)).status).toBe(404);
    });

    it('refuses an id that is not a UUID, and an unknown one', async () => {
      expect((await stack.as(us).delete('/v1/webhooks/not-a-uuid')).status).toBe(400);
      expect((await stack.as(us).get('/v1/webhooks/0192f5c0-0000-7000-8000-000000000000/deliveries')).status).toBe(404);
    });

    it('honours limit, from 1 to 100', async () => {
      const hook = await register(us, '/limited');
      const { body: plan } = await stack.as(us).post('/v1/plans').send(planBody()).expect(201);
      await stack.as(us).post(`/v1/plans/${plan.id}/submit`).expect(202);
      await allStateChangesAt('/limited', plan.id);
      const page = await stack.as(us).get(`/v1/webhooks/${hook.id}/deliveries?limit=2`);
      expect(page.status).toBe(200);
      expect(page.body).toHaveLength(2);
      expect((await stack.as(us).get(`/v1/webhooks/${hook.id}/deliveries?limit=0`)).status).toBe(400);
      expect((await stack.as(us).get(`/v1/webhooks/${hook.id}/deliveries?limit=101`)).status).toBe(400);
    });
  });

  it('is documented in the OpenAPI document, with the payload receivers get', async () => {
    const { body } = await stack.http.get('/docs-json').expect(200);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/v1/webhooks', '/v1/webhooks/{id}', '/v1/webhooks/{id}/deliveries']));
    expect(body.paths['/v1/webhooks'].post.responses['201']).toBeDefined();
    expect(body.paths['/v1/webhooks/{id}'].delete.responses).toEqual(expect.objectContaining({ '204': expect.anything(), '404': expect.anything() }));
    expect(body.components.schemas).toEqual(expect.objectContaining({ WebhookEventPayload: expect.anything(), RegisteredWebhookResponse: expect.anything() }));
    // Every payload delivered in this file is one the document describes.
    const validate = schemaValidator(body);
    expect(received.length).toBeGreaterThan(10);
    expect(received.flatMap((delivery) => validate({ $ref: '#/components/schemas/WebhookEventPayload' }, delivery.payload).map((error) => ({ type: delivery.payload.type, error })))).toEqual([]);
  });
});

describe('webhook secrets when WEBHOOK_SECRET_KEY is rotated', () => {
  const [EARLIER, CURRENT] = [randomBytes(32).toString('base64'), randomBytes(32).toString('base64')];
  let stack: TestStack;

  beforeAll(async () => {
    stack = await TestStack.start({ env: { WEBHOOK_SECRET_KEY: CURRENT, WEBHOOK_SECRET_KEY_PREVIOUS: EARLIER } });
  });

  afterAll(() => stack.stop());

  it('seals under the current key the secrets sealed under the earlier one, and leaves as it is one that no configured key opens', async () => {
    const us = await stack.key('partner', 'US');
    const register = async (path: string) => (await stack.as(us).post('/v1/webhooks').send({ url: `https://hooks.example.org/${path}` }).expect(201)).body as { id: string; secret: string };
    const [rotated, lost] = [await register('rotated'), await register('lost')];
    const underEarlier = WebhookSecretBox.withKey(EARLIER).seal(rotated.id, rotated.secret);
    const underUnknown = WebhookSecretBox.withKey(randomBytes(32).toString('base64')).seal(lost.id, lost.secret);
    await stack.query('update webhook set secret = ? where id = ?', [underEarlier, rotated.id]);
    await stack.query('update webhook set secret = ? where id = ?', [underUnknown, lost.id]);

    expect(await stack.api.get(WebhookSecretResealer).sealAgain()).toEqual({ sealed: 1, unopened: 1 });
    const stored = async (id: string) => (await stack.query<{ secret: string }>('select secret from webhook where id = ?', [id]))[0].secret;
    expect(WebhookSecretBox.withKey(CURRENT).open(rotated.id, await stored(rotated.id))).toBe(rotated.secret);
    expect(await stored(lost.id)).toBe(underUnknown);
  });
});

describe('webhooks and private networks (WEBHOOK_ALLOW_PRIVATE left at false)', () => {
  let stack: TestStack;
  let server: Server;
  let port: number;
  let requests = 0;
  let us: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests += 1;
      request.resume();
      response.writeHead(200).end();
    });
    await new Promise<void>((resolve) => server.listen(0, resolve));
    port = (server.address() as AddressInfo).port;
    stack = await TestStack.start({ worker: true, env: { WEBHOOK_BACKOFF_MS: '50', WEBHOOK_ATTEMPTS: '2' } });
    us = await stack.key('partner', 'US');
  });

  afterAll(async () => {
    await stack.stop();
    await new Promise((resolve) => server.close(resolve));
  });

  it.each([
    ['loopback', () => `http://127.0.0.1:${port}/hook`],
    ['localhost', () => `http://localhost:${port}/hook`],
    ['cloud metadata', () => 'http://169.254.169.254/latest/meta-data'],
    ['IPv6 loopback', () => `http://[::1]:${port}/hook`],
    ['private network', () => 'https://10.0.0.7/hook'],
  ])('refuses to register a URL naming a %s address, with the field and the reason', async (_, url) => {
    const response = await stack.as(us).post('/v1/webhooks').send({ url: url() });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'REQUEST.INVALID', details: [{ field: 'url', message: expect.stringMatching(/^url must not point at/) }] });
    expect(await stack.query('select count(*)::int as n from webhook')).toEqual([{ n: 0 }]);
  });

  it('does not deliver to a host name that resolves to a private address, and the delivery log says so without the address', async () => {
    // The machine's own name passes registration (no IP, not localhost) and resolves to this machine.
    const name = hostname();
    const addresses = await lookup(name, { all: true });
    expect(addresses.map(({ address }) => address).some((address) => !isPublicAddress(address))).toBe(true);
    const { body: hook } = await stack.as(us).post('/v1/webhooks').send({ url: `http://${name}:${port}/hook` }).expect(201);

    const { body: plan } = await stack.as(us).post('/v1/plans').send(planBody()).expect(201);
    const log = await waitFor(async () => {
      const { body } = await stack.as(us).get(`/v1/webhooks/${hook.id}/deliveries`).expect(200);
      return body.length > 0 && body.every((entry: { status: string }) => entry.status === 'failed') ? body : undefined;
    }, 'the delivery to fail for good');
    // One answer whether the name resolves inside the network or not at all, and no address in it.
    expect(log[0]).toMatchObject({ eventId: `${plan.id}-1`, attempts: 2, lastStatusCode: null, lastError: 'the host name does not resolve to a public address' });
    expect(requests).toBe(0);
  });
});
