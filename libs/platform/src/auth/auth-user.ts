import type { Role } from './roles.js';

/** The verified identity behind a request: who, in which roles, for which administrative units. */
export interface AuthUser {
  /** Stable subject id from the token (`sub`). */
  id: string;
  /** Display name (`name` claim), for audit readability only. */
  name?: string;
  roles: Role[];
  /** Administrative unit codes the user may act for (`units` claim); `zone` means the whole zone. */
  units: string[];
  /** `user` for people signing in, `system` for integrators' API clients. */
  kind: 'user' | 'system';
}

/** The part of an HTTP request the auth layer reads and writes, whichever HTTP adapter is in use. */
export interface AuthRequest {
  url?: string;
  headers: { authorization?: string };
  /** Set by AuthGuard once the bearer token is verified. */
  user?: AuthUser;
}
