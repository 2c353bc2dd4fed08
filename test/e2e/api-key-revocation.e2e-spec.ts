import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApiApp } from '../../apps/api/src/api-app';
import { TestStack } from '../support/test-stack';

/**
 * API processes remember keys for a few seconds; a revocation through one of them must still be
 * refused by every other from the very next request. A second API application on the same database
 * and Redis stands for another process: it shares nothing in memory with the first.
 */
describe('API key revocation across API processes', () => {
  let stack: TestStack;
  let other: NestFastifyApplication;

  beforeAll(async () => {
    stack = await TestStack.start();
    other = await createApiApp(stack.config);
    await other.init();
    await other.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await other.close();
    await stack.stop();
  });

  const onOther = (token: string) => request(other.getHttpServer()).get('/v1/partners').set({ Authorization: `Bearer ${token}` });

  it('a key revoked through one process is refused by another that has just accepted it', async () => {
    const created = await stack.admin.post('/v1/admin/api-keys').send({ role: 'partner', partnerCode: 'CA', label: 'Global Affairs Canada' });
    const { id, token } = created.body as { id: string; token: string };
    expect((await onOther(token)).status).toBe(200);
    expect((await onOther(token)).status).toBe(200);

    await stack.admin.delete(`/v1/admin/api-keys/${id}`).expect(204);

    const next = await onOther(token);
    expect(next.status).toBe(401);
    expect(next.body).toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
    expect((await stack.as(token).get('/v1/partners')).status).toBe(401);
  });

  it('a key revoked through one process stays refused by both, while their other keys still work', async () => {
    const [kept, revoked] = await Promise.all(
      ['kept', 'revoked'].map(async (label) => (await stack.admin.post('/v1/admin/api-keys').send({ role: 'reviewer', partnerCode: 'UN', label })).body as { id: string; token: string }),
    );
    expect((await onOther(kept.token)).status).toBe(200);
    expect((await onOther(revoked.token)).status).toBe(200);

    await request(other.getHttpServer()).delete(`/v1/admin/api-keys/${revoked.id}`).set({ Authorization: `Bearer ${stack.config.adminToken}` }).expect(204);

    expect((await stack.as(revoked.token).get('/v1/partners')).status).toBe(401);
    expect((await onOther(revoked.token)).status).toBe(401);
    expect((await onOther(kept.token)).status).toBe(200);
    expect((await stack.as(kept.token).get('/v1/partners')).status).toBe(200);
  });
});
