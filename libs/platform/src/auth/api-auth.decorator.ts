import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { accessPolicy } from './access-policy.js';
import { ROLE_DESCRIPTIONS, type Role } from './roles.js';

/** Security scheme name the OpenAPI document must register, e.g. `addBearerAuth(undefined, BEARER_SECURITY_SCHEME)`. */
export const BEARER_SECURITY_SCHEME = 'bearer';

/**
 * Protected route or controller, documented and enforced in one place: any authenticated caller, or one
 * holding at least one of `roles`.
 */
export function ApiAuth(...roles: Role[]): ClassDecorator & MethodDecorator {
  return applyDecorators(
    accessPolicy(roles.length > 0 ? { kind: 'roles', roles } : { kind: 'authenticated' }),
    ApiBearerAuth(BEARER_SECURITY_SCHEME),
    ApiUnauthorizedResponse({ description: 'Bearer token missing or invalid.' }),
    ApiForbiddenResponse({
      description:
        roles.length > 0
          ? `Requires one of the roles: ${roles.map((role) => `\`${role}\` (${ROLE_DESCRIPTIONS[role]})`).join('; ')}`
          : 'The caller may not act on this resource.',
    }),
  );
}

/**
 * Anonymous read (see @Public). Documented as "no credentials, or a bearer token": the empty security
 * requirement makes authentication optional instead of leaving the operation without a statement.
 */
export function ApiPublic(): ClassDecorator & MethodDecorator {
  return applyDecorators(
    accessPolicy({ kind: 'public' }),
    ApiSecurity({}),
    ApiBearerAuth(BEARER_SECURITY_SCHEME),
    ApiUnauthorizedResponse({ description: 'A bearer token was sent but is invalid.' }),
  );
}
