import { accessPolicy } from './access-policy.js';

/**
 * Anonymous read. A token sent anyway is still verified, so a bad one is refused (401) and a good one
 * becomes the current user.
 */
export function Public(): ClassDecorator & MethodDecorator {
  return accessPolicy({ kind: 'public' });
}
