// Controllers may be decorated before Nest itself has loaded the metadata polyfill.
import 'reflect-metadata';
import type { Role } from './roles.js';

/**
 * Who may call a route. A route without any policy admits every authenticated caller. `zoneScope`
 * additionally requires the unit `zone` in the caller's token: the route changes a zone-wide setting.
 */
export type AccessPolicy = { kind: 'public' } | { kind: 'authenticated'; zoneScope?: boolean } | { kind: 'roles'; roles: readonly Role[]; zoneScope?: boolean };

export const ACCESS_POLICY = Symbol('access-policy');

/**
 * Attaches a policy to a controller or handler; the handler's own policy overrides its controller's.
 * Two policies on the same target are refused at startup: only one could ever apply, and which one
 * would depend on decorator order.
 */
export function accessPolicy(policy: AccessPolicy): ClassDecorator & MethodDecorator {
  return (target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    const holder: object = descriptor?.value ?? target;
    if (Reflect.hasOwnMetadata(ACCESS_POLICY, holder)) {
      const name = key === undefined ? (target as { name: string }).name : String(key);
      throw new Error(`${name} has more than one access decorator (@Public, @Roles, @ApiAuth, @ApiPublic)`);
    }
    Reflect.defineMetadata(ACCESS_POLICY, policy, holder);
  };
}
