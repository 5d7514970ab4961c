import { platformProblems } from '../problem/platform-problems.js';
import { Injectable, Logger, Module, type BeforeApplicationShutdown, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { APP_INTERCEPTOR, Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { mergeMap, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { hasZoneScope } from '../auth/unit-access.js';
import { clock } from '../clock/clock.js';
import { currentRequestContext, type PersonalDataReveal } from '../context/request-context.js';
import { decodeCursor, toPage, type Page } from '../pagination/cursor.js';
import { BatchWriter, type BatchWriterOptions } from './batch-writer.js';

export type { PersonalDataReveal } from '../context/request-context.js';

/**
 * Declares that the answer being built shows `reveal.fields` of a record unmasked. Call it where the
 * service decides "in full" rather than masked; the entry is recorded once the answer succeeds (an
 * error answer reveals nothing). Outside a request (events, start-up) there is no reader to record.
 */
export function revealPersonalData(reveal: PersonalDataReveal): void {
  const context = currentRequestContext();
  if (context === undefined) return;
  (context.personalDataReveals ??= []).push(reveal);
}

/** One row of `personal_data_access`: what one answer showed of one kind of record. */
export interface PersonalDataAccessEntry {
  occurredAt: Date;
  actor: AuthUser;
  requestId: string;
  /** Method and route template, e.g. `GET /api/v1/credit/residents/:id`. */
  route: string;
  operationId: string | null;
  recordType: string;
  recordIds: string[];
  recordUnits: string[];
  fields: string[];
  subjectResidentIds: string[];
}

/**
 * Folds an answer's reveals into one entry per kind of record, owning units and fields: a list of 100
 * residents of one community costs one row, not 100.
 */
export function groupReveals(
  reveals: PersonalDataReveal[],
): Pick<PersonalDataAccessEntry, 'recordType' | 'recordIds' | 'recordUnits' | 'fields' | 'subjectResidentIds'>[] {
  const groups = new Map<string, { recordType: string; recordIds: Set<string>; recordUnits: string[]; fields: string[]; subjectResidentIds: Set<string> }>();
  for (const reveal of reveals) {
    const key = JSON.stringify([reveal.recordType, reveal.recordUnits, reveal.fields]);
    let group = groups.get(key);
    if (group === undefined) {
      group = { recordType: reveal.recordType, recordIds: new Set(), recordUnits: reveal.recordUnits, fields: reveal.fields, subjectResidentIds: new Set() };
      groups.set(key, group);
    }
    group.recordIds.add(reveal.recordId);
    if (reveal.subjectResidentId !== undefined) group.subjectResidentIds.add(reveal.subjectResidentId);
  }
  return [...groups.values()].map((group) => ({ ...group, recordIds: [...group.recordIds], subjectResidentIds: [...group.subjectResidentIds] }));
}

/** The platform's batching: 200 ms or 500 entries, whichever comes first; at most 20,000 waiting. */
export const PERSONAL_DATA_ACCESS_BATCHING: Omit<BatchWriterOptions, 'onWriteError'> = { maxBatch: 500, maxDelayMs: 200, maxBuffered: 20_000 };

const COLUMNS = [
  'occurred_at',
  'actor_id',
  'actor_name',
  'actor_kind',
  'actor_roles',
  'actor_units',
  'request_id',
  'route',
  'operation_id',
  'record_type',
  'record_ids',
  'record_units',
  'subject_resident_ids',
  'fields',
] as const;

function rowValues(entry: PersonalDataAccessEntry): unknown[] {
  return [
    entry.occurredAt,
    entry.actor.id,
    entry.actor.name ?? null,
    entry.actor.kind,
    entry.actor.roles,
    entry.actor.units,
    entry.requestId,
    entry.route,
    entry.operationId,
    entry.recordType,
    entry.recordIds,
    entry.recordUnits,
    entry.subjectResidentIds,
    entry.fields,
  ];
}

/** One multi-row INSERT for a batch: the only statement the log costs per 500 answers. */
export function batchInsert(entries: PersonalDataAccessEntry[]): { sql: string; parameters: unknown[] } {
  const parameters: unknown[] = [];
  const tuples = entries.map((entry) => {
    const values = rowValues(entry);
    const placeholders = values.map((value) => {
      parameters.push(value);
      return `$${parameters.length}`;
    });
    return `(${placeholders.join(', ')})`;
  });
  return { sql: `INSERT INTO personal_data_access (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, parameters };
}

/** Filters of the access-log query; all optional, combined with AND. */
export interface PersonalDataAccessFilter {
  recordType?: string;
  recordId?: string;
  residentId?: string;
  actorId?: string;
  operationId?: string;
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

interface AccessRow {
  id: string;
  occurred_at: Date;
  actor_id: string;
  actor_name: string | null;
  actor_kind: 'user' | 'system';
  actor_roles: string[];
  actor_units: string[];
  request_id: string;
  route: string;
  operation_id: string | null;
  record_type: string;
  record_ids: string[];
  record_units: string[];
  subject_resident_ids: string[];
  fields: string[];
}

export interface PersonalDataAccessView {
  id: string;
  occurredAt: string;
  actor: { id: string; name: string | null; kind: 'user' | 'system'; roles: string[]; units: string[] };
  requestId: string;
  route: string;
  operationId: string | null;
  recordType: string;
  recordIds: string[];
  recordUnits: string[];
  subjectResidentIds: string[];
  fields: string[];
}

export interface OwnRecordAccessView {
  occurredAt: string;
  viewer: { name: string | null; roles: string[]; units: string[] };
  fields: string[];
  operationId: string | null;
}

/**
 * The service's personal-data access log: entries are buffered and written in batches off the read's
 * path (BatchWriter), and the rest is written before the database closes on a graceful stop.
 */
@Injectable()
export class PersonalDataAccessLog implements BeforeApplicationShutdown {
  private readonly logger = new Logger('PersonalDataAccess');
  private readonly writer: BatchWriter<PersonalDataAccessEntry>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.writer = new BatchWriter((entries) => this.insert(entries), {
      ...PERSONAL_DATA_ACCESS_BATCHING,
      onWriteError: (error, count) => this.logger.error({ msg: 'personal-data access batch not written; retrying', entries: count, error: String(error) }),
    });
  }

  /**
   * A read's entries: taken at once, unless the buffer is full; then the read waits for a write to make
   * room, and answers 503 if the store refuses — no read of personal data goes unrecorded.
   */
  async recordRead(entries: PersonalDataAccessEntry[]): Promise<void> {
    try {
      await this.writer.add(entries);
    } catch {
      throw platformProblems.personalDataLogUnavailable();
    }
  }

  /** A committed write's entries: its answer cannot be withheld any more, so they are taken regardless of the bound. */
  recordWrite(entries: PersonalDataAccessEntry[]): void {
    this.writer.push(entries);
  }

  async beforeApplicationShutdown(): Promise<void> {
    try {
      await this.writer.close();
    } catch (error) {
      this.logger.error({ msg: 'personal-data access entries lost at shutdown', entries: this.writer.buffered, error: String(error) });
    }
  }

  private async insert(entries: PersonalDataAccessEntry[]): Promise<void> {
    const { sql, parameters } = batchInsert(entries);
    await this.dataSource.query(sql, parameters);
  }

  /** Newest first; `viewer` sees records of their units only, unless they act for the zone. */
  list(filter: PersonalDataAccessFilter, viewer: AuthUser): Promise<Page<PersonalDataAccessView>> {
    const conditions: Condition[] = [];
    if (!hasZoneScope(viewer)) conditions.push([(p) => `record_units && ${p}::text[]`, viewer.units]);
    if (filter.residentId !== undefined) conditions.push([(p) => `subject_resident_ids @> ARRAY[${p}]::uuid[]`, filter.residentId]);
    if (filter.recordType !== undefined) conditions.push([(p) => `record_type = ${p}`, filter.recordType]);
    if (filter.recordId !== undefined) conditions.push([(p) => `record_ids @> ARRAY[${p}]::text[]`, filter.recordId]);
    if (filter.actorId !== undefined) conditions.push([(p) => `actor_id = ${p}`, filter.actorId]);
    if (filter.operationId !== undefined) conditions.push([(p) => `operation_id = ${p}`, filter.operationId]);
    if (filter.from !== undefined) conditions.push([(p) => `occurred_at >= ${p}`, filter.from]);
    if (filter.to !== undefined) conditions.push([(p) => `occurred_at < ${p}`, filter.to]);
    return this.page(conditions, filter, accessView);
  }

  /** A person's own view: who (name, roles, units) saw which fields of their record, when, through which operation. */
  listForSubject(subjectResidentId: string, page: { limit: number; cursor?: string }): Promise<Page<OwnRecordAccessView>> {
    return this.page([[(p) => `subject_resident_ids @> ARRAY[${p}]::uuid[]`, subjectResidentId]], page, (row) => ({
      occurredAt: row.occurred_at.toISOString(),
      viewer: { name: row.actor_name, roles: row.actor_roles, units: row.actor_units },
      fields: row.fields,
      operationId: row.operation_id,
    }));
  }

  private async page<T>(conditions: Condition[], page: { limit: number; cursor?: string }, toItem: (row: AccessRow) => T): Promise<Page<T>> {
    const parameters: unknown[] = [];
    const where = conditions.map(([condition, value]) => {
      parameters.push(value);
      return condition(`$${parameters.length}`);
    });
    if (page.cursor !== undefined) {
      const [occurredAt, id] = decodeCursor(page.cursor, 2);
      parameters.push(occurredAt, id);
      where.push(`(occurred_at, id) < ($${parameters.length - 1}::timestamptz, $${parameters.length}::bigint)`);
    }
    parameters.push(page.limit + 1);
    const rows: AccessRow[] = await this.dataSource.query(
      `SELECT * FROM personal_data_access ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY occurred_at DESC, id DESC LIMIT $${parameters.length}`,
      parameters,
    );
    // occurred_at comes from the clock in milliseconds, so the Date in the cursor loses nothing.
    return toPage(rows, page.limit, (row) => [row.occurred_at.toISOString(), row.id], toItem);
  }
}

/** A WHERE condition built around its parameter's placeholder, and the parameter. */
type Condition = [(placeholder: string) => string, unknown];

function accessView(row: AccessRow): PersonalDataAccessView {
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    actor: { id: row.actor_id, name: row.actor_name, kind: row.actor_kind, roles: row.actor_roles, units: row.actor_units },
    requestId: row.request_id,
    route: row.route,
    operationId: row.operation_id,
    recordType: row.record_type,
    recordIds: row.record_ids,
    recordUnits: row.record_units,
    subjectResidentIds: row.subject_resident_ids,
    fields: row.fields,
  };
}

/** Methods that change nothing: their answer can still be withheld when the log cannot take it. */
const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** The operationId @ApiOperation gave the handler: the "why" of an access, stable across route renames. */
const API_OPERATION_METADATA = 'swagger/apiOperation';

/**
 * Hands the reveals of a successful answer to the log, with who, when and why (the answer is already
 * `Cache-Control: no-store`: it went to a caller with credentials, see installCachePolicy). Adding to the buffer
 * is synchronous: the read waits for no write (see recordRead).
 */
@Injectable()
export class PersonalDataAccessInterceptor implements NestInterceptor {
  constructor(
    private readonly log: PersonalDataAccessLog,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const requestContext = currentRequestContext();
    if (context.getType() !== 'http' || requestContext === undefined) return next.handle();
    const operation = this.reflector.get<{ operationId?: string } | undefined>(API_OPERATION_METADATA, context.getHandler());
    return next.handle().pipe(
      mergeMap(async (answer: unknown) => {
        const reveals = requestContext.personalDataReveals?.splice(0) ?? [];
        const actor = requestContext.user;
        if (reveals.length === 0 || actor === undefined) return answer;
        const request = context.switchToHttp().getRequest<FastifyRequest>();
        const occurredAt = clock.now();
        const route = `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`;
        const entries = groupReveals(reveals).map((group) => ({
          ...group,
          occurredAt,
          actor,
          requestId: requestContext.requestId,
          route,
          operationId: operation?.operationId ?? null,
        }));
        if (SAFE_METHODS.has(request.method)) await this.log.recordRead(entries);
        else this.log.recordWrite(entries);
        return answer;
      }),
    );
  }
}

/**
 * Every service's access log and its interceptor; the query operations come from personalDataAccessController. Not
 * global: a feature that records reads itself (credit's registry) imports it, so the dependency shows in its module.
 */
@Module({
  providers: [PersonalDataAccessLog, { provide: APP_INTERCEPTOR, useClass: PersonalDataAccessInterceptor }],
  exports: [PersonalDataAccessLog],
})
export class PersonalDataAccessModule {}
