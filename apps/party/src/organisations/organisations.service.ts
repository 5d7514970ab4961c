import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { OrganisationEstablished } from '#contracts';
import { UnitOfWork, type Transaction } from '#messaging';
import { clock, decodeCursor, isUniqueViolation, maskName, PiiCipher, ProblemException, revealPersonalData, toPage, type AuthUser, type Page } from '#platform';
import { entityByCreditCode } from '../surveyed-entities/surveyed-entities.service.js';
import { LedgerService } from '../ledger/ledger.service.js';
import { assertEntityAccess, isCommittee } from '../shared/access.js';
import type {
  CreateMassOrganisationDto,
  CreateOrganisationDto,
  MassOrganisationDto,
  MassOrganisationQueryDto,
  OrganisationDto,
  OrganisationQueryDto,
  UpdateOrganisationDto,
} from './dto/organisation.dto.js';
import { organisationShapeProblems, type FormationMode, type OrganisationType } from './organisation-rules.js';

interface OrganisationRow {
  id: string;
  name: string;
  type: OrganisationType;
  functional: boolean;
  formation_mode: FormationMode;
  parent_id: string | null;
  secretary_user_id: string | null;
  secretary_name_encrypted: string | null;
  member_count: number | null;
  established_on: string | null;
  created_at: Date;
}

const ORGANISATION_SELECT = `SELECT id, name, type, functional, formation_mode, parent_id, secretary_user_id, secretary_name_encrypted, member_count,
  to_char(established_on, 'YYYY-MM-DD') AS established_on, created_at FROM organisations`;

export function organisationNotFound(id: string): ProblemException {
  return ProblemException.of(404, 'organisation-not-found', 'Organisation not found', `No Party organisation has id ${id}.`);
}

/** Only the committee, or the organisation's own secretary, manages an organisation. */
export function assertManages(user: AuthUser, organisation: { secretary_user_id: string | null }): void {
  if (isCommittee(user)) return;
  if (user.roles.includes('org-secretary') && organisation.secretary_user_id === user.id) return;
  throw ProblemException.of(403, 'not-your-organisation', 'Not your organisation', "Only the Party committee and this organisation's secretary may manage it.");
}

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly ledger: LedgerService,
    private readonly cipher: PiiCipher,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async establish(user: AuthUser, input: CreateOrganisationDto): Promise<OrganisationDto> {
    if (input.establishedOn !== undefined && input.establishedOn > clock.today()) {
      throw ProblemException.of(422, 'established-in-future', 'Date in the future', `establishedOn ${input.establishedOn} has not happened yet.`);
    }
    const id = randomUUID();
    try {
      return await this.work.run(async (tx) => {
        const parent = input.parentId === undefined ? null : await this.lockedRow(tx.manager, input.parentId, 422);
        const problems = organisationShapeProblems({
          type: input.type,
          functional: input.functional ?? false,
          formationMode: input.formationMode,
          parentType: parent?.type ?? null,
          memberEntityCount: input.memberEntityCreditCodes.length,
        });
        if (problems.length > 0) throw ProblemException.of(422, 'organisation-shape-invalid', 'Organisation shape invalid', problems.join('; '));
        const now = clock.now();
        await tx.manager.query(
          `INSERT INTO organisations (id, name, type, functional, formation_mode, parent_id, secretary_user_id, secretary_name_encrypted, member_count, established_on, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)`,
          [
            id,
            input.name,
            input.type,
            input.functional ?? false,
            input.formationMode,
            parent?.id ?? null,
            input.secretaryUserId ?? null,
            input.secretaryName === undefined ? null : this.cipher.encrypt(input.secretaryName),
            input.memberCount ?? null,
            input.establishedOn ?? null,
            now,
          ],
        );
        const entityIds: string[] = [];
        for (const creditCode of input.memberEntityCreditCodes) {
          const entity = await entityByCreditCode(tx.manager, creditCode, 422);
          await tx.manager.query(`INSERT INTO organisation_member_entities (organisation_id, entity_id, joined_at) VALUES ($1, $2, $3)`, [id, entity.id, now]);
          entityIds.push(entity.id);
        }
        await tx.audit(
          'organisation.establish',
          { type: 'organisation', id },
          { name: input.name, type: input.type, memberEntities: input.memberEntityCreditCodes },
        );
        await this.ledger.recompute(tx, entityIds);
        await tx.publish(OrganisationEstablished, id, {
          organisationId: id,
          name: input.name,
          type: input.type,
          functional: input.functional ?? false,
          formationMode: input.formationMode,
          parentId: parent?.id ?? null,
          memberEntityCreditCodes: input.memberEntityCreditCodes,
          establishedOn: input.establishedOn ?? null,
          recordedAt: now.toISOString(),
        });
        return this.get(user, id, tx.manager);
      });
    } catch (error) {
      throw this.mapUniqueViolation(error);
    }
  }

  async update(user: AuthUser, id: string, input: UpdateOrganisationDto): Promise<OrganisationDto> {
    return this.work.run(async (tx) => {
      const row = await this.lockedRow(tx.manager, id, 404);
      assertManages(user, row);
      if (input.secretaryUserId !== undefined && !isCommittee(user)) {
        throw ProblemException.of(403, 'secretary-change-committee-only', 'Committee only', 'Only the Party committee appoints the secretary.');
      }
      await tx.manager.query(
        `UPDATE organisations SET member_count = COALESCE($2, member_count), secretary_name_encrypted = COALESCE($3, secretary_name_encrypted),
           secretary_user_id = COALESCE($4, secretary_user_id), updated_at = now() WHERE id = $1`,
        [id, input.memberCount ?? null, input.secretaryName === undefined ? null : this.cipher.encrypt(input.secretaryName), input.secretaryUserId ?? null],
      );
      await tx.audit(
        'organisation.update',
        { type: 'organisation', id },
        { memberCount: input.memberCount, secretaryChanged: input.secretaryName !== undefined || input.secretaryUserId !== undefined },
      );
      return this.get(user, id, tx.manager);
    });
  }

  async addMemberEntity(user: AuthUser, id: string, creditCode: string): Promise<OrganisationDto> {
    try {
      return await this.work.run(async (tx) => {
        const row = await this.lockedRow(tx.manager, id, 404);
        const entity = await entityByCreditCode(tx.manager, creditCode, 422);
        await this.assertShapeWith(tx, row, +1);
        await tx.manager.query(`INSERT INTO organisation_member_entities (organisation_id, entity_id, joined_at) VALUES ($1, $2, $3)`, [
          id,
          entity.id,
          clock.now(),
        ]);
        await tx.audit('organisation.member-entity.add', { type: 'organisation', id }, { entityId: entity.id, creditCode });
        await this.ledger.recompute(tx, entity.id);
        return this.get(user, id, tx.manager);
      });
    } catch (error) {
      throw this.mapUniqueViolation(error);
    }
  }

  async removeMemberEntity(user: AuthUser, id: string, entityId: string): Promise<OrganisationDto> {
    return this.work.run(async (tx) => {
      const row = await this.lockedRow(tx.manager, id, 404);
      const deleted: unknown[] = await tx.manager.query(
        `DELETE FROM organisation_member_entities WHERE organisation_id = $1 AND entity_id = $2 RETURNING entity_id`,
        [id, entityId],
      );
      if (deleted.length === 0)
        throw ProblemException.of(404, 'member-entity-not-found', 'Not a member entity', `Entity ${entityId} is not covered by this organisation.`);
      await this.assertShapeWith(tx, row, 0);
      await tx.audit('organisation.member-entity.remove', { type: 'organisation', id }, { entityId });
      await this.ledger.recompute(tx, entityId);
      return this.get(user, id, tx.manager);
    });
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async get(user: AuthUser, id: string, db: EntityManager = this.dataSource.manager): Promise<OrganisationDto> {
    const [row]: OrganisationRow[] = await db.query(`${ORGANISATION_SELECT} WHERE id = $1`, [id]);
    if (row === undefined) throw organisationNotFound(id);
    this.assertCanRead(user, row);
    return (await this.toDtos(user, [row], db))[0]!;
  }

  async list(user: AuthUser, query: OrganisationQueryDto): Promise<Page<OrganisationDto>> {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (!isCommittee(user) && !user.roles.includes('party-instructor')) add('secretary_user_id = ?', user.id);
    if (query.type !== undefined) add('type = ?', query.type);
    if (query.parentId !== undefined) add('parent_id = ?', query.parentId);
    if (query.cursor !== undefined) add('name > ?', decodeCursor(query.cursor, 1)[0]);
    params.push(query.limit + 1);
    const rows: OrganisationRow[] = await this.dataSource.query(
      `${ORGANISATION_SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY name LIMIT $${params.length}`,
      params,
    );
    const page = toPage(
      rows,
      query.limit,
      (row) => [row.name],
      (row) => row,
    );
    return { ...page, items: await this.toDtos(user, page.items) };
  }

  async establishMassOrganisation(user: AuthUser, input: CreateMassOrganisationDto): Promise<MassOrganisationDto> {
    if (input.establishedOn > clock.today()) {
      throw ProblemException.of(422, 'established-in-future', 'Date in the future', `establishedOn ${input.establishedOn} has not happened yet.`);
    }
    const id = randomUUID();
    try {
      return await this.work.run(async (tx) => {
        const entity = await entityByCreditCode(tx.manager, input.creditCode, 422);
        await assertEntityAccess(tx.manager, user, entity.id);
        await tx.manager.query(`INSERT INTO mass_organisations (id, entity_id, kind, name, established_on, created_at) VALUES ($1, $2, $3, $4, $5, now())`, [
          id,
          entity.id,
          input.kind,
          input.name,
          input.establishedOn,
        ]);
        await tx.audit('mass-organisation.establish', { type: 'mass-organisation', id }, { entityId: entity.id, kind: input.kind });
        await this.ledger.recompute(tx, entity.id);
        const [row] = await this.massRows(`WHERE m.id = $1`, [id], tx.manager);
        return row!;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'mass_organisations_entity_kind_key')) {
        throw ProblemException.of(409, 'mass-organisation-exists', 'Mass organisation exists', `The entity already has a ${input.kind}.`);
      }
      throw error;
    }
  }

  async listMassOrganisations(user: AuthUser, query: MassOrganisationQueryDto): Promise<Page<MassOrganisationDto>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (!isCommittee(user)) {
      params.push(user.id);
      where.push(`m.entity_id IN (SELECT entity_id FROM instructor_assignments WHERE instructor_user_id = $${params.length})`);
    }
    if (query.creditCode !== undefined) {
      params.push(query.creditCode);
      where.push(`e.credit_code = $${params.length}`);
    }
    if (query.cursor !== undefined) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      params.push(createdAt, id);
      where.push(`(m.created_at, m.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(query.limit + 1);
    const rows = await this.massRows(
      `${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY m.created_at DESC, m.id DESC LIMIT $${params.length}`,
      params,
    );
    return toPage(
      rows,
      query.limit,
      (row) => [row.createdAt, row.id],
      (row) => row,
    );
  }

  private async massRows(tail: string, params: unknown[], db: EntityManager = this.dataSource.manager): Promise<MassOrganisationDto[]> {
    const rows: { id: string; entity_id: string; credit_code: string; kind: string; name: string; established_on: string; created_at: Date }[] = await db.query(
      `SELECT m.id, m.entity_id, e.credit_code, m.kind, m.name, to_char(m.established_on, 'YYYY-MM-DD') AS established_on, m.created_at
       FROM mass_organisations m JOIN surveyed_entities e ON e.id = m.entity_id ${tail}`,
      params,
    );
    return rows.map((row) => ({
      id: row.id,
      entityId: row.entity_id,
      creditCode: row.credit_code,
      kind: row.kind,
      name: row.name,
      establishedOn: row.established_on,
      createdAt: row.created_at.toISOString(),
    }));
  }

  private assertCanRead(user: AuthUser, row: OrganisationRow): void {
    if (isCommittee(user) || user.roles.includes('party-instructor')) return;
    assertManages(user, row);
  }

  private async lockedRow(manager: EntityManager, id: string, missing: 404 | 422): Promise<OrganisationRow> {
    const [row]: OrganisationRow[] = await manager.query(`${ORGANISATION_SELECT} WHERE id = $1 FOR UPDATE`, [id]);
    if (row !== undefined) return row;
    if (missing === 404) throw organisationNotFound(id);
    throw ProblemException.of(422, 'parent-organisation-not-found', 'Parent organisation not found', `No Party organisation has id ${id}.`);
  }

  /** The formation mode bounds how many entities an organisation covers; checked with the count it will have. */
  private async assertShapeWith(tx: Transaction, row: OrganisationRow, delta: number): Promise<void> {
    const [count] = await tx.manager.query(`SELECT count(*)::int AS n FROM organisation_member_entities WHERE organisation_id = $1`, [row.id]);
    const [parent] = row.parent_id === null ? [undefined] : await tx.manager.query(`SELECT type FROM organisations WHERE id = $1`, [row.parent_id]);
    const problems = organisationShapeProblems({
      type: row.type,
      functional: row.functional,
      formationMode: row.formation_mode,
      parentType: parent?.type ?? null,
      memberEntityCount: count.n + delta,
    });
    if (problems.length > 0) throw ProblemException.of(422, 'organisation-shape-invalid', 'Organisation shape invalid', problems.join('; '));
  }

  private async toDtos(user: AuthUser, rows: OrganisationRow[], db: EntityManager = this.dataSource.manager): Promise<OrganisationDto[]> {
    if (rows.length === 0) return [];
    const members: { organisation_id: string; entity_id: string; credit_code: string; name: string }[] = await db.query(
      `SELECT m.organisation_id, e.id AS entity_id, e.credit_code, e.name FROM organisation_member_entities m JOIN surveyed_entities e ON e.id = m.entity_id
       WHERE m.organisation_id = ANY($1) ORDER BY e.credit_code`,
      [rows.map((row) => row.id)],
    );
    return rows.map((row) => {
      const name = row.secretary_name_encrypted === null ? null : this.cipher.decrypt(row.secretary_name_encrypted);
      const ownName = row.secretary_user_id !== null && row.secretary_user_id === user.id;
      const seesName = isCommittee(user) || ownName;
      // A secretary reading their own name is no access to someone else's data.
      if (name !== null && seesName && !ownName)
        revealPersonalData({ recordType: 'party-organisation', recordId: row.id, recordUnits: ['zone'], fields: ['secretaryName'] });
      return {
        id: row.id,
        name: row.name,
        type: row.type,
        functional: row.functional,
        formationMode: row.formation_mode,
        parentId: row.parent_id,
        memberEntities: members
          .filter((member) => member.organisation_id === row.id)
          .map((member) => ({ entityId: member.entity_id, creditCode: member.credit_code, name: member.name })),
        secretaryUserId: row.secretary_user_id,
        secretaryName: name === null ? null : seesName ? name : maskName(name),
        memberCount: row.member_count,
        establishedOn: row.established_on,
        createdAt: row.created_at.toISOString(),
      };
    });
  }

  private mapUniqueViolation(error: unknown): unknown {
    if (isUniqueViolation(error, 'organisations_name_key'))
      return ProblemException.of(409, 'organisation-name-taken', 'Name taken', 'Another Party organisation has this name.');
    if (isUniqueViolation(error, 'organisation_member_entities_entity_key') || isUniqueViolation(error, 'organisation_member_entities_pkey')) {
      return ProblemException.of(
        409,
        'entity-already-covered',
        'Entity already covered',
        'An entity belongs to one Party organisation; remove it from the other first.',
      );
    }
    return error;
  }
}
