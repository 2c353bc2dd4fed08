import { createApiApp } from '../../apps/api/src/api-app';
import request from 'supertest';
import { TestStack } from '../support/test-stack';

describe('security', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await TestStack.start({ env: { RATE_LIMIT_PER_MINUTE: '5', CORS_ORIGINS: 'https://portal.example.org' } });
  });

  afterAll(() => stack.stop());

  it('sends security headers on every response', async () => {
    const response = await stack.http.get('/health/live');
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringMatching(/max-age=/),
      'content-security-policy': expect.stringContaining(`frame-ancestors 'none'`),
    });
  });

  it('serves /docs over plain HTTP from any address: a strict CSP that does not upgrade its same-origin assets to https', async () => {
    const page = await stack.http.get('/docs/').set('Host', '10.0.0.7:3000').expect(200);
    const csp = page.headers['content-security-policy'] as string;
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(csp.split(';').map((directive) => directive.trim())).toEqual(
      expect.arrayContaining([`default-src 'self'`, `object-src 'none'`, `frame-ancestors 'none'`, `script-src 'self' 'unsafe-inline'`, `base-uri 'self'`]),
    );
    const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset).not.toMatch(/^(https?:)?\/\//);
      expect({ asset, status: (await stack.http.get(new URL(asset, 'http://10.0.0.7:3000/docs/').pathname)).status }).toEqual({ asset, status: 200 });
    }
  });

  describe('CORS', () => {
    it('allows the configured origin', async () => {
      const response = await stack.http.options('/v1/plans').set('Origin', 'https://portal.example.org').set('Access-Control-Request-Method', 'POST');
      expect(response.headers['access-control-allow-origin']).toBe('https://portal.example.org');
    });

    it('does not allow any other origin', async () => {
      const response = await stack.http.options('/v1/plans').set('Origin', 'https://evil.example.com').set('Access-Control-Request-Method', 'POST');
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('rate limiting per API key', () => {
    it('answers 429 with Retry-After past the limit, counted across API processes, without touching another key', async () => {
      const [us, canada] = await Promise.all([stack.key('partner', 'US'), stack.key('partner', 'CA')]);
      // The window is the clock minute: start well inside one.
      const leftInWindow = 60_000 - (Date.now() % 60_000);
      if (leftInWindow < 5000) await new Promise((resolve) => setTimeout(resolve, leftInWindow + 50));
      const second = await createApiApp(stack.config);
      await second.init();
      await second.getHttpAdapter().getInstance().ready();
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 6; i += 1) {
          const http = i % 2 === 0 ? stack.http : request(second.getHttpServer());
          statuses.push((await http.get('/v1/partners').set('Authorization', `Bearer ${us}`)).status);
        }
        expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
        const limited = await stack.as(us).get('/v1/partners');
        expect(limited.status).toBe(429);
        expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', code: 'RATE_LIMITED' });
        expect((await stack.as(canada).get('/v1/partners')).status).toBe(200);
      } finally {
        await second.close();
      }
    });
  });
});
