import { createParamDecorator, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { Authenticator } from '@accord/identity';
import { DomainError, type Actor, type Role } from '@accord/shared';
import { RateLimiter } from './rate-limiter';

const ROLES_KEY = 'accord:roles';
const PUBLIC_KEY = 'accord:public';

/** The roles that may call a route. A route with neither this nor @Public() is refused to all. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
export const Public = () => SetMetadata(PUBLIC_KEY, true);

type AuthenticatedRequest = FastifyRequest & { actor?: Actor };

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without authentication');
  return actor;
});

class UnauthenticatedError extends DomainError {
  constructor(message: string) {
    super('AUTH.UNAUTHENTICATED', 'unauthenticated', message);
  }
}

class ForbiddenRoleError extends DomainError {
  constructor(message: string) {
    super('AUTH.FORBIDDEN', 'forbidden', message);
  }
}

/** Deny by default: authenticate the bearer token, then require one of the route's roles. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly rateLimiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const match = /^Bearer\s+(\S{1,512})$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new UnauthenticatedError('send an API key as Authorization: Bearer <token>');
    const actor = await this.authenticator.authenticate(match[1]);
    if (!actor) throw new UnauthenticatedError('the token is unknown or revoked');
    if (!roles || !roles.includes(actor.role as Role)) {
      throw new ForbiddenRoleError(roles ? `this route is for ${roles.join(' or ')} keys; yours is a ${actor.role} key` : 'this route is not open to any key');
    }
    await this.rateLimiter.consume(actor);
    request.actor = actor;
    return true;
  }
}
