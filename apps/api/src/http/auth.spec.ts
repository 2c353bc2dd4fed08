import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Authenticator } from '@accord/identity';
import type { Actor } from '@accord/shared';
import { AuthGuard, Public, Roles } from './auth';
import type { RateLimiter } from './rate-limiter';

const partner: Actor = { kind: 'api_key', id: 'k1', role: 'partner', partnerCode: 'US' };

class Routes {
  @Roles('partner')
  forPartners(): void {}

  @Roles('admin')
  forAdmins(): void {}

  @Public()
  open(): void {}

  forgotten(): void {}
}

function contextFor(handler: keyof Routes, authorization?: string): ExecutionContext {
  const request = { headers: authorization ? { authorization } : {} };
  return {
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('AuthGuard', () => {
  const tokens: Record<string, Actor> = { 'partner-token': partner };
  const authenticator = { authenticate: async (token: string) => tokens[token] ?? null } as unknown as Authenticator;
  const unlimited = { consume: async () => undefined } as unknown as RateLimiter;
  const guard = new AuthGuard(new Reflector(), authenticator, unlimited);

  it('lets a role named by the route in', async () => {
    await expect(guard.canActivate(contextFor('forPartners', 'Bearer partner-token'))).resolves.toBe(true);
  });

  it('refuses a role the route does not name', async () => {
    await expect(guard.canActivate(contextFor('forAdmins', 'Bearer partner-token'))).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' });
  });

  it('refuses every caller on a route with no role rule: deny by default', async () => {
    await expect(guard.canActivate(contextFor('forgotten', 'Bearer partner-token'))).rejects.toMatchObject({
      code: 'AUTH.FORBIDDEN',
      message: 'this route is not open to any key',
    });
  });

  it('asks no token on a public route', async () => {
    await expect(guard.canActivate(contextFor('open'))).resolves.toBe(true);
  });

  it.each([undefined, 'partner-token', 'Basic partner-token', 'Bearer unknown'])('refuses authorization %p as unauthenticated', async (header) => {
    await expect(guard.canActivate(contextFor('forPartners', header))).rejects.toMatchObject({ kind: 'unauthenticated' });
  });
});
