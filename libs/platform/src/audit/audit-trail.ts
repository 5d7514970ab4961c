import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { currentRequestContext } from '../context/request-context.js';

export interface AuditTarget {
  type: string;
  id: string;
}

/** Who acts when no person does: event handlers and start-up seeding. */
export const SYSTEM_ACTOR: AuthUser = { id: 'system', name: 'platform', roles: [], units: ['zone'], kind: 'system' };

/**
 * Records a write in the service's append-only audit table. Call it with the transaction's manager so the
 * audit row commits or rolls back with the change it describes.
 */
export async function recordAudit(
  manager: EntityManager,
  action: string,
  target: AuditTarget,
  details?: Record<string, unknown>,
  actor: AuthUser = currentRequestContext()?.user ?? SYSTEM_ACTOR,
): Promise<void> {
  const context = currentRequestContext();
  await manager.query(
    `INSERT INTO audit_log (actor_id, actor_name, actor_kind, actor_roles, actor_units, request_id, correlation_id, action, target_type, target_id, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      actor.id,
      actor.name ?? null,
      actor.kind,
      actor.roles,
      actor.units,
      context?.requestId ?? null,
      context?.correlationId ?? context?.requestId ?? null,
      action,
      target.type,
      target.id,
      details === undefined ? null : JSON.stringify(details),
    ],
  );
}
