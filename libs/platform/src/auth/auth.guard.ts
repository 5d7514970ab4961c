import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { currentRequestContext } from '../context/request-context.js';
import { ACCESS_POLICY, type AccessPolicy } from './access-policy.js';
import type { AuthRequest } from './auth-user.js';
import { checkRequestToken } from './request-token.js';
import { TokenVerifier } from './token-verifier.js';
import { assertZoneScope } from './unit-access.js';

/** Injection token for the TokenVerifier the guard uses; the platform module provides it. */
export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

interface HeaderSettingReply {
  header(name: string, value: string): unknown;
}

/**
 * Global guard: every route needs a verified bearer token unless marked @Public, and @Roles narrows it
 * further; `@ApiAuth({ units: 'zone' }, ...)` also requires the unit `zone` (a zone-wide setting). A token is verified wherever it is sent, so a bad token is a 401 even on public routes.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Bearer tokens belong to HTTP; message handlers are trusted through the broker connection.
    if (context.getType() !== 'http') {
      return true;
    }
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()]);
    const http = context.switchToHttp();
    const request = http.getRequest<AuthRequest>();
    const reply = http.getResponse<HeaderSettingReply>();

    // Verified once per request: the body limit may already have asked. No check means no user token.
    const header = request.headers.authorization;
    const check = header === undefined ? undefined : await checkRequestToken(this.verifier, request, header);
    if (check === undefined) {
      if (policy?.kind === 'public') {
        return true;
      }
      throw unauthorized(reply, 'Authentication required: send an Authorization: Bearer <token> header');
    }
    if ('error' in check) {
      if (check.badHeader) throw unauthorized(reply, 'Authorization header must be "Bearer <token>"', 'invalid_request');
      throw unauthorized(reply, `Invalid bearer token: ${check.error.message}`, 'invalid_token');
    }
    const user = check.user;
    request.user = user;
    const requestContext = currentRequestContext();
    if (requestContext) {
      requestContext.user = user;
    }
    if (policy?.kind === 'roles' && !policy.roles.some((role) => user.roles.includes(role))) {
      throw new ForbiddenException(`Requires one of the roles: ${policy.roles.join(', ')}`);
    }
    if (policy !== undefined && policy.kind !== 'public' && policy.zoneScope === true) assertZoneScope(user);
    return true;
  }
}

/** RFC 6750 asks for a WWW-Authenticate challenge on every 401. */
function unauthorized(reply: HeaderSettingReply, message: string, error?: string): UnauthorizedException {
  reply.header('WWW-Authenticate', error ? `Bearer error="${error}"` : 'Bearer');
  return new UnauthorizedException(message);
}
