import { platformProblems } from '../problem/platform-problems.js';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { hasZoneScope } from '../auth/unit-access.js';
import { maskIdNumber, maskName, maskPhone } from '../pii/masking.js';
import { decodeCursor, encodeCursor, toPage, type Page } from '../pagination/cursor.js';
import { ProblemException } from '../problem/problem.exception.js';
import { describeChanges, displayValue, type ChangeSet } from './changed-fields.js';
import type { AuditEntryDto, AuditLogQueryDto } from './audit-log.dto.js';

/** An audit_log row as the trail selects it (occurred_at as UTC text to the microsecond). */
export interface AuditRow {
  id: string;
  occurred_at: string;
  actor_id: string;
  actor_name: string | null;
  actor_kind: 'user' | 'system';
  actor_roles: string[];
  actor_units: string[];
  request_id: string | null;
  correlation_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  details: Record<string, unknown> | null;
}

/**
 * Whose rows a reader may see: everyone's for `zone-admin` and for a token holding `zone`; otherwise the
 * rows written by callers acting for one of the reader's units (the units their token held).
 */
export function auditUnitsOf(reader: AuthUser): string[] | 'all' {
  return reader.roles.includes('zone-admin') || hasZoneScope(reader) ? 'all' : reader.units;
}

/** Keys whose values are personal wherever they appear in details: masked on the way out, whatever was stored. */
const PERSONAL_KEYS: Record<string, (value: string) => string> = { idNumber: maskIdNumber, phone: maskPhone, mobile: maskPhone };

/** `value` with every string under a personal key masked: the value itself, or the from/to of its change. */
function masked(value: unknown, mask?: (text: string) => string): unknown {
  if (typeof value === 'string') return mask === undefined ? value : mask(value);
  if (Array.isArray(value)) return value.map((item) => masked(item, mask));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, masked(inner, PERSONAL_KEYS[key] ?? mask)]));
}

/** The write in one line: action and record, its changes old → new, then its other details. */
function summaryOf(row: AuditRow, changes: ChangeSet, details: Record<string, unknown> | null): string {
  const parts = [`${row.action} ${row.target_type} ${row.target_id}`];
  if (Object.keys(changes).length > 0) parts[0] += `: ${describeChanges(changes)}`;
  const others = Object.entries(details ?? {}).map(
    ([key, value]) => `${key}: ${typeof value === 'string' ? `“${displayValue(value)}”` : (displayValue(value) ?? 'none')}`,
  );
  if (others.length > 0) parts.push(`(${others.join(', ')})`);
  return parts.join(' ');
}

/** A row as the trail shows it: personal values masked, changes as readable text, one summary line. */
export function auditEntryOf(row: AuditRow, cursor: string): AuditEntryDto {
  const { changes = {}, ...rest } = masked(row.details ?? {}) as { changes?: ChangeSet } & Record<string, unknown>;
  const details = row.details === null ? null : rest;
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    actor: {
      id: row.actor_id,
      // A resident is a private person: their name is shown as a resident's name is everywhere public.
      name: row.actor_name !== null && row.actor_roles.includes('resident') ? maskName(row.actor_name) : row.actor_name,
      kind: row.actor_kind,
      roles: row.actor_roles,
      units: row.actor_units,
    },
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    summary: summaryOf(row, changes, details),
    changes: Object.entries(changes).map(([field, change]) => ({ field, from: displayValue(change.from), to: displayValue(change.to) })),
    details,
    requestId: row.request_id,
    correlationId: row.correlation_id,
    cursor,
  };
}

/** An instant of a filter, passed on as written (to the microsecond); one outside years 1–9999 is a 400, not a database error. */
function instantOf(text: string, field: string): string {
  const instant = new Date(text);
  const year = instant.getUTCFullYear();
  if (Number.isNaN(instant.getTime()) || year < 1 || year > 9999)
    throw ProblemException.validation([{ field, message: `${field} must be an instant between the years 1 and 9999` }]);
  return text;
}

/** The service's audit trail, as its audit-log operation reads it. */
@Injectable()
export class AuditLogReader {
  constructor(private readonly dataSource: DataSource) {}

  read(query: AuditLogQueryDto, reader: AuthUser): Promise<Page<AuditEntryDto>> {
    return readAuditLog(this.dataSource.manager, query, reader);
  }
}

/**
 * One page of the service's audit trail, newest first (keyset on occurred_at to the microsecond, then
 * id), filtered as asked and limited to the rows the reader may see.
 */
export async function readAuditLog(db: EntityManager, query: AuditLogQueryDto, reader: AuthUser): Promise<Page<AuditEntryDto>> {
  const conditions: string[] = [];
  const parameters: unknown[] = [];
  const where = (sql: (placeholder: string) => string, value: unknown) => {
    parameters.push(value);
    conditions.push(sql(`$${parameters.length}`));
  };
  const visible = auditUnitsOf(reader);
  if (visible !== 'all') {
    if (query.unit !== undefined && !visible.includes(query.unit)) {
      throw platformProblems.forbiddenUnit(query.unit);
    }
    where((p) => `actor_units && ${p}::text[]`, visible);
  }
  if (query.unit !== undefined) where((p) => `actor_units @> ARRAY[${p}::text]`, query.unit);
  if (query.actor !== undefined) where((p) => `actor_id = ${p}`, query.actor);
  if (query.targetType !== undefined) where((p) => `target_type = ${p}`, query.targetType);
  if (query.targetId !== undefined) where((p) => `target_id = ${p}`, query.targetId);
  if (query.action !== undefined) {
    // The pattern admits no LIKE wildcards, so a family is a plain prefix.
    if (query.action.endsWith('.')) where((p) => `action LIKE ${p}`, `${query.action}%`);
    else where((p) => `action = ${p}`, query.action);
  }
  if (query.from !== undefined) where((p) => `occurred_at >= ${p}::timestamptz`, instantOf(query.from, 'from'));
  if (query.to !== undefined) where((p) => `occurred_at < ${p}::timestamptz`, instantOf(query.to, 'to'));
  if (query.requestId !== undefined) where((p) => `request_id = ${p}`, query.requestId);
  if (query.correlationId !== undefined) where((p) => `COALESCE(correlation_id, request_id) = ${p}`, query.correlationId);
  if (query.cursor !== undefined) {
    const [occurredAt, id] = decodeCursor(query.cursor, 2);
    parameters.push(occurredAt, id);
    conditions.push(`(occurred_at, id) < ($${parameters.length - 1}::timestamptz, $${parameters.length}::bigint)`);
  }
  parameters.push(query.limit + 1);
  const rows = await db.query<AuditRow[]>(
    `SELECT id::text, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at,
            actor_id, actor_name, actor_kind, actor_roles, actor_units, request_id,
            COALESCE(correlation_id, request_id) AS correlation_id, action, target_type, target_id, details
       FROM audit_log
      ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
      ORDER BY occurred_at DESC, id DESC
      LIMIT $${parameters.length}`,
    parameters,
  );
  const keyOf = (row: AuditRow) => [row.occurred_at, row.id];
  const page = toPage(rows, query.limit, keyOf, (row) => row);
  return { ...page, items: page.items.map((row) => auditEntryOf(row, encodeCursor(keyOf(row)))) };
}
