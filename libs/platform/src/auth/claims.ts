import type { JWTPayload } from 'jose';
import type { AuthUser } from './auth-user.js';
import { InvalidTokenError } from './invalid-token.error.js';
import { isRole } from './roles.js';

/** What the platform reads from an access token besides the registered `iss`, `aud` and `exp`. */
export interface PlatformClaims {
  sub: string;
  name?: string;
  /** Role ids (see ROLES). */
  roles: string[];
  /** Administrative unit codes the subject may act for; `zone` stands for the whole zone. */
  units: string[];
}

/**
 * Turns the payload of an already verified token into the request's identity.
 *
 * Unknown role ids are dropped rather than refused, so the issuer can introduce a role before every
 * service knows it. A token left with no known role is refused: it could not pass any role check and
 * most likely comes from a misconfigured issuer. `units` must be present (possibly empty) so that a
 * missing claim is never mistaken for "no units". Tokens carrying `integrator` are system clients.
 */
export function authUserFromClaims(payload: JWTPayload): AuthUser {
  const { sub, name, roles, units } = payload;
  if (typeof sub !== 'string' || sub === '' || roles === undefined || units === undefined) {
    throw new InvalidTokenError('missing-claims');
  }
  if ((name !== undefined && typeof name !== 'string') || !isCodeList(roles) || !isCodeList(units)) {
    throw new InvalidTokenError('invalid-claims');
  }
  const knownRoles = [...new Set(roles.filter(isRole))];
  if (knownRoles.length === 0) {
    throw new InvalidTokenError('missing-claims');
  }
  return {
    id: sub,
    ...(name ? { name } : {}),
    roles: knownRoles,
    units: [...new Set(units)],
    kind: knownRoles.includes('integrator') ? 'system' : 'user',
  };
}

function isCodeList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '');
}
