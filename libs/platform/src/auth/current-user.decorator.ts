import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthRequest, AuthUser } from './auth-user.js';

/**
 * The verified caller (set by AuthGuard). Always present on protected routes; undefined on a @Public
 * route called without a token. Import AuthUser with `import type` where it types a decorated parameter.
 */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | undefined => context.switchToHttp().getRequest<AuthRequest>().user,
);
