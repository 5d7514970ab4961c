import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { OrganisationEstablished } from '#contracts';
import { UnitOfWork, type Transaction } from '#messaging';
import { clock, decodeCursor, isUniqueViolation, maskName, PiiCipher, revealPersonalData, toPage, type AuthUser, type Page } from '#platform';
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
import { SurveyedEntity } from '../surveyed-entities/surveyed-entity.entity.js';
import { MassOrganisation } from './mass-organisation.entity.js';
import { OrganisationMemberEntity } from './organisation-member-entity.entity.js';
import { organisationProblems } from './organisation-problems.js';
import { organisationShapeProblems } from './organisation-rules.js';
import { Organisation } from './organisation.entity.js';

/** Only the committee, or the organisation's own secretary, manages an organisation. */
export function assertManages(user: AuthUser, organisation: { secretaryUserId: string | null }): void {
  if (isCommittee(user)) return;
  if (user.roles.includes('org-secretary') && organisation.secretaryUserId === user.id) return;
  throw organisationProblems.notYours();
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
    if (input.establishedOn !== undefined && input.establishedOn > clock.today()) throw organisationProblems.establishedInFuture(input.establishedOn);
    const id = randomUUID();
    try {
      return await this.work.run(async (tx) => {
        const parent = input.parentId === undefined ? null : await this.locked(tx.manager, input.parentId, 422);
        const problems = organisationShapeProblems({
          type: input.type,
          functional: input.functional ?? false,
          formationMode: input.formationMode,
          parentType: parent?.type ?? null,
          memberEntityCount: input.memberEntityCreditCodes.length,
        });
        if (problems.length > 0) throw organisationProblems.shapeInvalid(problems);
        const now = clock.now();
        await tx.manager.insert(Organisation, {
          id,
          name: input.name,
          type: input.type,
          functional: input.functional ?? false,
          formationMode: input.formationMode,
          parentId: parent?.id ?? null,
          secretaryUserId: input.secretaryUserId ?? null,
          secretaryNameEncrypted: input.secretaryName === undefined ? null : this.cipher.encrypt(input.secretaryName),
          memberCount: input.memberCount ?? null,
          establishedOn: input.establishedOn ?? null,
          createdAt: now,
          updatedAt: now,
        });
        const entityIds: string[] = [];
        for (const creditCode of input.memberEntityCreditCodes) {
          const entity = await entityByCreditCode(tx.manager, creditCode, 422);
          await tx.manager.insert(OrganisationMemberEntity, { organisationId: id, entityId: entity.id, joinedAt: now });
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
      const organisation = await this.locked(tx.manager, id, 404);
      assertManages(user, organisation);
      if (input.secretaryUserId !== undefined && !isCommittee(user)) throw organisationProblems.secretaryChangeCommitteeOnly();
      // A field left out, or sent as null, keeps its value.
      const memberCount = input.memberCount ?? null;
      const secretaryUserId = input.secretaryUserId ?? null;
      await tx.manager.update(
        Organisation,
        { id },
        {
          ...(memberCount === null ? {} : { memberCount }),
          ...(input.secretaryName === undefined ? {} : { secretaryNameEncrypted: this.cipher.encrypt(input.secretaryName) }),
          ...(secretaryUserId === null ? {} : { secretaryUserId }),
          updatedAt: () => 'now()',
        },
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
        const organisation = await this.locked(tx.manager, id, 404);
        const entity = await entityByCreditCode(tx.manager, creditCode, 422);
        await this.assertShapeWith(tx, organisation, +1);
        await tx.manager.insert(OrganisationMemberEntity, { organisationId: id, entityId: entity.id, joinedAt: clock.now() });
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
      const organisation = await this.locked(tx.manager, id, 404);
      const deleted = await tx.manager.delete(OrganisationMemberEntity, { organisationId: id, entityId });
      if (deleted.affected === 0) throw organisationProblems.memberEntityNotFound(entityId);
      await this.assertShapeWith(tx, organisation, 0);
      await tx.audit('organisation.member-entity.remove', { type: 'organisation', id }, { entityId });
      await this.ledger.recompute(tx, entityId);
      return this.get(user, id, tx.manager);
    });
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async get(user: AuthUser, id: string, db: EntityManager = this.dataSource.manager): Promise<OrganisationDto> {
    const organisation = await db.findOneBy(Organisation, { id });
    if (organisation === null) throw organisationProblems.notFound(id);
    this.assertCanRead(user, organisation);
    return (await this.toDtos(user, [organisation], db))[0]!;
  }

  async list(user: AuthUser, query: OrganisationQueryDto): Promise<Page<OrganisationDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Organisation, 'organisation')
      .orderBy('organisation.name')
      .limit(query.limit + 1);
    if (!isCommittee(user) && !user.roles.includes('party-instructor')) builder.andWhere('organisation.secretaryUserId = :userId', { userId: user.id });
    if (query.type !== undefined) builder.andWhere('organisation.type = :type', { type: query.type });
    if (query.parentId !== undefined) builder.andWhere('organisation.parentId = :parentId', { parentId: query.parentId });
    if (query.cursor !== undefined) builder.andWhere('organisation.name > :after', { after: decodeCursor(query.cursor, 1)[0] });
    const page = toPage(
      await builder.getMany(),
      query.limit,
      (organisation) => [organisation.name],
      (organisation) => organisation,
    );
    return { ...page, items: await this.toDtos(user, page.items) };
  }

  async establishMassOrganisation(user: AuthUser, input: CreateMassOrganisationDto): Promise<MassOrganisationDto> {
    if (input.establishedOn > clock.today()) throw organisationProblems.establishedInFuture(input.establishedOn);
    const id = randomUUID();
    try {
      return await this.work.run(async (tx) => {
        const entity = await entityByCreditCode(tx.manager, input.creditCode, 422);
        await assertEntityAccess(tx.manager, user, entity.id);
        await tx.manager.insert(MassOrganisation, {
          id,
          entityId: entity.id,
          kind: input.kind,
          name: input.name,
          establishedOn: input.establishedOn,
          createdAt: () => 'now()',
        });
        await tx.audit('mass-organisation.establish', { type: 'mass-organisation', id }, { entityId: entity.id, kind: input.kind });
        await this.ledger.recompute(tx, entity.id);
        return massOrganisationDto(await tx.manager.findOneByOrFail(MassOrganisation, { id }), entity);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'mass_organisations_entity_kind_key')) throw organisationProblems.massOrganisationExists(input.kind);
      throw error;
    }
  }

  async listMassOrganisations(user: AuthUser, query: MassOrganisationQueryDto): Promise<Page<MassOrganisationDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(MassOrganisation, 'mass')
      .orderBy('mass.createdAt', 'DESC')
      .addOrderBy('mass.id', 'DESC')
      .limit(query.limit + 1);
    if (!isCommittee(user)) {
      builder.andWhere('mass.entityId IN (SELECT entity_id FROM instructor_assignments WHERE instructor_user_id = :userId)', { userId: user.id });
    }
    if (query.creditCode !== undefined) {
      builder.andWhere('mass.entityId IN (SELECT id FROM surveyed_entities WHERE credit_code = :creditCode)', { creditCode: query.creditCode });
    }
    if (query.cursor !== undefined) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(mass.createdAt, mass.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await builder.getMany();
    const entities = await this.dataSource.manager.findBy(SurveyedEntity, { id: In([...new Set(rows.map((row) => row.entityId))]) });
    const entityOf = new Map(entities.map((entity) => [entity.id, entity]));
    return toPage(
      rows,
      query.limit,
      (row) => [row.createdAt.toISOString(), row.id],
      (row) => massOrganisationDto(row, entityOf.get(row.entityId)!),
    );
  }

  private assertCanRead(user: AuthUser, organisation: Organisation): void {
    if (isCommittee(user) || user.roles.includes('party-instructor')) return;
    assertManages(user, organisation);
  }

  private async locked(manager: EntityManager, id: string, missing: 404 | 422): Promise<Organisation> {
    const organisation = await manager.findOne(Organisation, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (organisation !== null) return organisation;
    if (missing === 404) throw organisationProblems.notFound(id);
    throw organisationProblems.parentNotFound(id);
  }

  /** The formation mode bounds how many entities an organisation covers; checked with the count it will have. */
  private async assertShapeWith(tx: Transaction, organisation: Organisation, delta: number): Promise<void> {
    const count = await tx.manager.countBy(OrganisationMemberEntity, { organisationId: organisation.id });
    const parent = organisation.parentId === null ? null : await tx.manager.findOneBy(Organisation, { id: organisation.parentId });
    const problems = organisationShapeProblems({
      type: organisation.type,
      functional: organisation.functional,
      formationMode: organisation.formationMode,
      parentType: parent?.type ?? null,
      memberEntityCount: count + delta,
    });
    if (problems.length > 0) throw organisationProblems.shapeInvalid(problems);
  }

  private async toDtos(user: AuthUser, organisations: Organisation[], db: EntityManager = this.dataSource.manager): Promise<OrganisationDto[]> {
    if (organisations.length === 0) return [];
    const members: { organisationId: string; entityId: string; creditCode: string; name: string }[] = await db
      .createQueryBuilder(OrganisationMemberEntity, 'member')
      .innerJoin(SurveyedEntity, 'entity', 'entity.id = member.entityId')
      .select('member.organisationId', 'organisationId')
      .addSelect('entity.id', 'entityId')
      .addSelect('entity.creditCode', 'creditCode')
      .addSelect('entity.name', 'name')
      .where('member.organisationId IN (:...ids)', { ids: organisations.map((organisation) => organisation.id) })
      .orderBy('entity.creditCode')
      .getRawMany();
    return organisations.map((organisation) => {
      const name = organisation.secretaryNameEncrypted === null ? null : this.cipher.decrypt(organisation.secretaryNameEncrypted);
      const ownName = organisation.secretaryUserId !== null && organisation.secretaryUserId === user.id;
      const seesName = isCommittee(user) || ownName;
      // A secretary reading their own name is no access to someone else's data.
      if (name !== null && seesName && !ownName)
        revealPersonalData({ recordType: 'party-organisation', recordId: organisation.id, recordUnits: ['zone'], fields: ['secretaryName'] });
      return {
        id: organisation.id,
        name: organisation.name,
        type: organisation.type,
        functional: organisation.functional,
        formationMode: organisation.formationMode,
        parentId: organisation.parentId,
        memberEntities: members
          .filter((member) => member.organisationId === organisation.id)
          .map((member) => ({ entityId: member.entityId, creditCode: member.creditCode, name: member.name })),
        secretaryUserId: organisation.secretaryUserId,
        secretaryName: name === null ? null : seesName ? name : maskName(name),
        memberCount: organisation.memberCount,
        establishedOn: organisation.establishedOn,
        createdAt: organisation.createdAt.toISOString(),
      };
    });
  }

  private mapUniqueViolation(error: unknown): unknown {
    if (isUniqueViolation(error, 'organisations_name_key')) return organisationProblems.nameTaken();
    if (isUniqueViolation(error, 'organisation_member_entities_entity_key') || isUniqueViolation(error, 'organisation_member_entities_pkey')) {
      return organisationProblems.entityAlreadyCovered();
    }
    return error;
  }
}

function massOrganisationDto(mass: MassOrganisation, entity: SurveyedEntity): MassOrganisationDto {
  return {
    id: mass.id,
    entityId: mass.entityId,
    creditCode: entity.creditCode,
    kind: mass.kind,
    name: mass.name,
    establishedOn: mass.establishedOn,
    createdAt: mass.createdAt.toISOString(),
  };
}
