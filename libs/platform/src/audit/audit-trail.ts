import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { currentRequestContext } from '../context/request-context.js';

export interface AuditTarget {
  type: string;
  id: string;
}

/** Who acts when no person does: event handlers and start-up seeding. */
export const SYSTEM_ACTOR: AuthUser = { id: 'system', name: 'platform', roles: [], units: ['zone'], kind: 'system' };

/** One audited write among several of the same action. */
export interface AuditEntryInput {
  target: AuditTarget;
  details?: Record<string, unknown>;
}

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
  await recordAudits(manager, action, [{ target, details }], actor);
}

/** Records writes of one action by one actor, one row each, in a single INSERT (a sweep's rows, say). */
export async function recordAudits(
  manager: EntityManager,
  action: string,
  entries: readonly AuditEntryInput[],
  actor: AuthUser = currentRequestContext()?.user ?? SYSTEM_ACTOR,
): Promise<void> {
  if (entries.length === 0) return;
  const context = currentRequestContext();
  await manager.query(
    `INSERT INTO audit_log (actor_id, actor_name, actor_kind, actor_roles, actor_units, request_id, correlation_id, action, target_type, target_id, details)
     SELECT $1, $2, $3, $4, $5, $6, $7, $8, entry.type, entry.id, entry.details
       FROM jsonb_to_recordset($9::jsonb) AS entry (type text, id text, details jsonb)`,
    [
      actor.id,
      actor.name ?? null,
      actor.kind,
      actor.roles,
      actor.units,
      context?.requestId ?? null,
      context?.correlationId ?? context?.requestId ?? null,
      action,
      JSON.stringify(entries.map(({ target, details }) => ({ type: target.type, id: target.id, details: details ?? null }))),
    ],
  );
}
