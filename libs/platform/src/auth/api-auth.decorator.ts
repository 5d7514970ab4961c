import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { accessPolicy } from './access-policy.js';
import { ROLE_DESCRIPTIONS, type Role } from './roles.js';
import { ZONE_UNIT } from './unit-access.js';

/** Security scheme name the OpenAPI document must register, e.g. `addBearerAuth(undefined, BEARER_SECURITY_SCHEME)`. */
export const BEARER_SECURITY_SCHEME = 'bearer';

/** Machine-readable access in the OpenAPI document: the roles accepted (empty: any authenticated caller). */
export const ROLES_EXTENSION = 'x-roles';
/** Which of the caller's units (token claim `units`) the operation acts for, in words. */
export const UNIT_RULE_EXTENSION = 'x-unit-rule';

export interface ApiAuthOptions {
  /**
   * The unit rule in words, e.g. "the household's community (or `zone`); a resident: their own household
   * only", which the service applies to the token's units or to who the caller is; or exactly
   * `zone` (ZONE_UNIT) for a zone-wide setting, which the guard enforces itself: the caller's units must
   * include `zone`, or the answer is 403 before the service runs.
   */
  units: string;
}

/**
 * Protected route or controller, documented and enforced in one place: any authenticated caller, or one
 * holding at least one of `roles`. A leading `{ units }` states the unit rule the service applies, so
 * that the contract (`x-roles`, `x-unit-rule`, the description) says which token a call needs.
 */
export function ApiAuth(...args: [ApiAuthOptions, ...Role[]] | Role[]): ClassDecorator & MethodDecorator {
  const [first, ...rest] = args;
  const options = typeof first === 'object' ? first : undefined;
  const roles = (options === undefined ? args : rest) as Role[];
  const zoneScope = options?.units === ZONE_UNIT;
  const refusal = [
    roles.length > 0
      ? `Requires one of the roles: ${roles.map((role) => `\`${role}\` (${ROLE_DESCRIPTIONS[role]})`).join('; ')}`
      : 'The caller may not act on this resource.',
    ...(zoneScope ? [`A zone-wide setting: the token's units must include \`${ZONE_UNIT}\` (sub-district and community callers are refused).`] : []),
  ];
  return applyDecorators(
    accessPolicy(roles.length > 0 ? { kind: 'roles', roles, zoneScope } : { kind: 'authenticated', zoneScope }),
    ApiBearerAuth(BEARER_SECURITY_SCHEME),
    ApiExtension(ROLES_EXTENSION, roles),
    ...(options === undefined ? [] : [ApiExtension(UNIT_RULE_EXTENSION, options.units)]),
    ApiUnauthorizedResponse({ description: 'Bearer token missing or invalid.' }),
    ApiForbiddenResponse({ description: refusal.join(' ') }),
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
