import { currentRequestContext } from '#platform';

/** Who is acting, for audit columns: the caller of the request, or `system` for work without one. */
export function actorId(): string {
  return currentRequestContext()?.user?.id ?? 'system';
}
