import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { UnitOfWork } from '#messaging';
import {
  changedFields,
  CsvSyntaxError,
  currentRequestContext,
  decodeCursor,
  isUniqueViolation,
  parseCsvRecords,
  toPage,
  type AuthUser,
  type Page,
  clock,
} from '#platform';
import { assertEntityAccess, seesWholeRegistry } from '../shared/access.js';
import { partyProblems } from '../shared/party-problems.js';
import { normaliseCreditCode } from './credit-code.js';
import type { CreateEntityDto, ImportEntitiesDto, UpdateEntityDto } from './dto/create-entity.dto.js';
import { EntityDto } from './dto/entity.dto.js';
import type { EntityQueryDto } from './dto/entity-query.dto.js';
import type { ImportReportDto, ImportRowDto } from './dto/import-report.dto.js';
import { ImportFileError, validateImportRows } from './entity-import.js';
import type { ManagementStatus } from './entity-kinds.js';
import { managementDateOf } from './management-date.js';
import { SurveyedEntity } from './surveyed-entity.entity.js';
import { surveyedEntityProblems } from './surveyed-entity-problems.js';

export function actorId(): string {
  return currentRequestContext()?.user?.id ?? 'system';
}

/** Loads an entity by unified social credit code inside a transaction, or answers 404/422. */
export async function entityByCreditCode(manager: EntityManager, creditCode: string, status: 404 | 422 = 404): Promise<SurveyedEntity> {
  const entity = await manager.findOneBy(SurveyedEntity, { creditCode: normaliseCreditCode(creditCode) });
  if (entity !== null) return entity;
  if (status === 404) throw partyProblems.entityNotFound(`credit code ${creditCode}`);
  throw partyProblems.entityNotRegistered(creditCode);
}

@Injectable()
export class SurveyedEntitiesService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async register(input: CreateEntityDto): Promise<EntityDto> {
    try {
      const managementStatus = input.managementStatus ?? 'not-under-management';
      const managedOn = managementDate(managementStatus, input.managedOn);
      return await this.work.run(async (tx) => {
        const now = clock.now();
        const created = tx.manager.create(SurveyedEntity, {
          id: randomUUID(),
          creditCode: input.creditCode,
          name: input.name,
          kind: input.kind,
          sector: input.sector,
          park: input.park ?? null,
          managementStatus,
          managedOn,
          createdAt: now,
          updatedAt: now,
        });
        await tx.manager.insert(SurveyedEntity, created);
        await tx.audit('entity.register', { type: 'entity', id: created.id }, { creditCode: created.creditCode, name: created.name });
        return EntityDto.of(created);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'surveyed_entities_credit_code_key')) throw surveyedEntityProblems.alreadyRegistered(input.creditCode);
      throw error;
    }
  }

  /**
   * Per-row import: every valid row not yet registered is created, every other row is reported with
   * its reasons, all in one transaction. Duplicates of registered entities are skipped by the unique
   * constraint (ON CONFLICT), so re-sending a corrected file is safe.
   */
  async import(input: ImportEntitiesDto): Promise<ImportReportDto> {
    let outcomes;
    try {
      outcomes = validateImportRows(parseCsvRecords(input.csv), clock.today());
    } catch (error) {
      if (error instanceof CsvSyntaxError || error instanceof ImportFileError) {
        throw surveyedEntityProblems.importFileUnreadable(error.message);
      }
      throw error;
    }
    const dryRun = input.dryRun ?? false;
    const report = await this.work.run(async (tx) => {
      const candidates = outcomes.flatMap((outcome) => (outcome.status === 'valid' ? [outcome.candidate] : []));
      // One statement for the whole file: the rows created in it (the first of any code given twice), or those already registered.
      const created = new Map<string, string>();
      let registered = new Set<string>();
      if (dryRun) {
        const existing: { credit_code: string }[] = await tx.manager.query(`SELECT credit_code FROM surveyed_entities WHERE credit_code = ANY($1)`, [
          candidates.map((row) => row.creditCode),
        ]);
        registered = new Set(existing.map((row) => row.credit_code));
      } else if (candidates.length > 0) {
        const column = <K extends keyof (typeof candidates)[number]>(key: K) => candidates.map((row) => row[key]);
        const inserted: { id: string; credit_code: string }[] = await tx.manager.query(
          `INSERT INTO surveyed_entities (id, credit_code, name, kind, sector, park, management_status, managed_on, created_at, updated_at)
           SELECT id, credit_code, name, kind, sector, park, management_status, managed_on, $9, $9
             FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[]) AS row (id, credit_code, name, kind, sector, park, management_status, managed_on)
           ON CONFLICT (credit_code) DO NOTHING RETURNING id, credit_code`,
          [
            candidates.map(() => randomUUID()),
            column('creditCode'),
            column('name'),
            column('kind'),
            column('sector'),
            column('park'),
            column('managementStatus'),
            column('managedOn'),
            clock.now(),
          ],
        );
        for (const row of inserted) created.set(row.credit_code, row.id);
      }
      const rows: ImportRowDto[] = outcomes.map((outcome) => {
        if (outcome.status !== 'valid') return { line: outcome.line, creditCode: outcome.creditCode, status: outcome.status, errors: outcome.errors };
        const { creditCode } = outcome.candidate;
        if (dryRun)
          return registered.has(creditCode)
            ? alreadyRegisteredRow(outcome.line, creditCode)
            : { line: outcome.line, creditCode, status: 'would-create', errors: [] };
        const id = created.get(creditCode);
        created.delete(creditCode);
        return id === undefined
          ? alreadyRegisteredRow(outcome.line, creditCode)
          : { line: outcome.line, creditCode, status: 'created', entityId: id, errors: [] };
      });
      const accepted = rows.filter((row) => row.status === 'created' || row.status === 'would-create').length;
      if (!dryRun) await tx.audit('entity.import', { type: 'entity-import', id: randomUUID() }, { rows: rows.length, created: accepted });
      return { dryRun, rows: rows.length, accepted, rejected: rows.length - accepted, report: rows };
    });
    return report;
  }

  async update(user: AuthUser, id: string, input: UpdateEntityDto): Promise<EntityDto> {
    return await this.work.run(async (tx) => {
      const entity = await tx.manager.findOne(SurveyedEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (entity === null) throw partyProblems.entityNotFound(`id ${id}`);
      await assertEntityAccess(tx.manager, user, id);
      const before = { name: entity.name, sector: entity.sector, park: entity.park, managementStatus: entity.managementStatus, managedOn: entity.managedOn };
      if (input.name !== undefined) entity.name = input.name;
      if (input.sector !== undefined) entity.sector = input.sector;
      if (input.park !== undefined) entity.park = input.park;
      const status = (input.managementStatus ?? entity.managementStatus) as ManagementStatus;
      // Staying under management keeps its day unless a corrected one is given.
      if (status !== entity.managementStatus || input.managedOn !== undefined) entity.managedOn = managementDate(status, input.managedOn);
      entity.managementStatus = status;
      entity.updatedAt = clock.now();
      await tx.manager.save(SurveyedEntity, entity);
      const after = { name: entity.name, sector: entity.sector, park: entity.park, managementStatus: entity.managementStatus, managedOn: entity.managedOn };
      await tx.audit('entity.update', { type: 'entity', id }, { changes: changedFields(before, after) });
      return EntityDto.of(entity);
    });
  }

  async get(user: AuthUser, id: string): Promise<EntityDto> {
    const entity = await this.dataSource.manager.findOneBy(SurveyedEntity, { id });
    if (entity === null) throw partyProblems.entityNotFound(`id ${id}`);
    await assertEntityAccess(this.dataSource.manager, user, id);
    return EntityDto.of(entity);
  }

  async list(user: AuthUser, query: EntityQueryDto): Promise<Page<EntityDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(SurveyedEntity, 'entity')
      .orderBy('entity.creditCode', 'ASC')
      .limit(query.limit + 1);
    if (!seesWholeRegistry(user)) {
      builder.andWhere('entity.id IN (SELECT entity_id FROM instructor_assignments WHERE instructor_user_id = :me)', { me: user.id });
    }
    if (query.sector !== undefined) builder.andWhere('entity.sector = :sector', { sector: query.sector });
    if (query.park !== undefined) builder.andWhere('entity.park = :park', { park: query.park });
    if (query.kind !== undefined) builder.andWhere('entity.kind = :kind', { kind: query.kind });
    if (query.managementStatus !== undefined) builder.andWhere('entity.managementStatus = :status', { status: query.managementStatus });
    if (query.creditCode !== undefined) builder.andWhere('entity.creditCode = :code', { code: query.creditCode });
    if (query.cursor !== undefined) {
      const [after] = decodeCursor(query.cursor, 1);
      builder.andWhere('entity.creditCode > :after', { after });
    }
    const rows = await builder.getMany();
    return toPage(rows, query.limit, (row) => [row.creditCode], EntityDto.of);
  }
}

/** The day an entity counts as taken under management, or 422 `management-date-invalid`. */
function managementDate(status: ManagementStatus, managedOn: string | undefined): string | null {
  const dated = managementDateOf(status, managedOn, clock.today());
  if ('problem' in dated) {
    throw surveyedEntityProblems.managementDateInvalid(dated.problem);
  }
  return dated.managedOn;
}

function alreadyRegisteredRow(line: number, creditCode: string): ImportRowDto {
  return { line, creditCode, status: 'already-registered', errors: ['an entity with this credit code is already registered'] };
}
