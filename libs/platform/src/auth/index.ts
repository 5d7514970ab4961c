export { ApiAuth, ApiPublic, BEARER_SECURITY_SCHEME } from './api-auth.decorator.js';
export { AuthGuard, TOKEN_VERIFIER } from './auth.guard.js';
export { checkRequestToken, type TokenCheck } from './request-token.js';
export type { AuthRequest, AuthUser } from './auth-user.js';
export { authUserFromClaims, type PlatformClaims } from './claims.js';
export { CurrentUser } from './current-user.decorator.js';
export {
  devAuthSettings,
  ensureDevKeyPair,
  PRIVATE_KEY_FILE,
  generateDevKeyPair,
  signDevToken,
  type DevAuthSettings,
  type DevKeyPair,
  type DevTokenInput,
} from './dev-keys.js';
export { InvalidTokenError, type InvalidTokenReason } from './invalid-token.error.js';
export { Public } from './public.decorator.js';
export { Roles } from './roles.decorator.js';
export { isRole, ROLE_DESCRIPTIONS, ROLES, type Role } from './roles.js';
export { TokenVerifier, type TokenVerifierOptions } from './token-verifier.js';
export { assertUnitAccess, assertZoneScope, canActForUnit, hasZoneScope, loadAuthorised, ZONE_UNIT } from './unit-access.js';
