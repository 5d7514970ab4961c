import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { UnitOfWork } from '#messaging';
import { clock, decodeCursor, isUniqueViolation, maskName, PiiCipher, toPage, type AuthUser, type Page } from '#platform';
import { SurveyedEntity } from '../surveyed-entities/surveyed-entity.entity.js';
import { entityByCreditCode } from '../surveyed-entities/surveyed-entities.service.js';
import { assertEntityAccess, isCommittee } from '../shared/access.js';
import { partyProblems } from '../shared/party-problems.js';
import type { CreateInstructorDto, CreateVisitDto, InstructorDto, VisitDto, VisitQueryDto } from './dto/instructor.dto.js';
import { InstructorAssignment } from './instructor-assignment.entity.js';
import { instructorProblems } from './instructor-problems.js';
import { InstructorVisit } from './instructor-visit.entity.js';
import { Instructor } from './instructor.entity.js';

/** Party-building instructors (党建工作指导员), the entities assigned to them and their visits. */
@Injectable()
export class InstructorsService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly cipher: PiiCipher,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async register(user: AuthUser, input: CreateInstructorDto): Promise<InstructorDto> {
    try {
      return await this.work.run(async (tx) => {
        const now = clock.now();
        await tx.manager.insert(Instructor, { userId: input.userId, nameEncrypted: this.cipher.encrypt(input.name), createdAt: now });
        const entities: SurveyedEntity[] = [];
        for (const creditCode of input.entityCreditCodes) entities.push(await entityByCreditCode(tx.manager, creditCode, 422));
        if (entities.length > 0)
          await tx.manager.insert(
            InstructorAssignment,
            entities.map((entity) => ({ instructorUserId: input.userId, entityId: entity.id, assignedAt: now })),
          );
        await tx.audit('instructor.register', { type: 'instructor', id: input.userId }, { entities: input.entityCreditCodes });
        return this.get(user, input.userId, tx.manager);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'instructors_pkey')) throw instructorProblems.exists(input.userId);
      throw error;
    }
  }

  async assign(user: AuthUser, userId: string, creditCode: string): Promise<InstructorDto> {
    try {
      return await this.work.run(async (tx) => {
        const instructor = await tx.manager.findOne(Instructor, { where: { userId }, lock: { mode: 'pessimistic_write' } });
        if (instructor === null) throw instructorProblems.notFound(userId);
        const entity = await entityByCreditCode(tx.manager, creditCode, 422);
        await tx.manager.insert(InstructorAssignment, { instructorUserId: userId, entityId: entity.id, assignedAt: clock.now() });
        await tx.audit('instructor.assign', { type: 'instructor', id: userId }, { entityId: entity.id, creditCode });
        return this.get(user, userId, tx.manager);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'instructor_assignments_pkey')) throw instructorProblems.alreadyAssigned(creditCode, userId);
      throw error;
    }
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async get(user: AuthUser, userId: string, db: EntityManager = this.dataSource.manager): Promise<InstructorDto> {
    if (!isCommittee(user) && user.id !== userId) throw instructorProblems.notYourRecord();
    const instructor = await db.findOneBy(Instructor, { userId });
    if (instructor === null) throw instructorProblems.notFound(userId);
    const [item] = await this.withEntities(user, [instructor], db);
    return item!;
  }

  async list(user: AuthUser, limit: number, cursor?: string): Promise<Page<InstructorDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Instructor, 'instructor')
      .orderBy('instructor.userId')
      .limit(limit + 1);
    if (!isCommittee(user)) builder.andWhere('instructor.userId = :self', { self: user.id });
    if (cursor !== undefined) builder.andWhere('instructor.userId > :after', { after: decodeCursor(cursor, 1)[0] });
    const rows = await this.withEntities(user, await builder.getMany());
    return toPage(
      rows,
      limit,
      (row) => [row.userId],
      (row) => row,
    );
  }

  /** The instructors with the credit codes of their entities, in one query for all of them. */
  private async withEntities(user: AuthUser, instructors: Instructor[], db: EntityManager = this.dataSource.manager): Promise<InstructorDto[]> {
    const codes = new Map<string, string[]>();
    if (instructors.length > 0) {
      const assignments: { userId: string; creditCode: string }[] = await db
        .createQueryBuilder(InstructorAssignment, 'assignment')
        .innerJoin(SurveyedEntity, 'entity', 'entity.id = assignment.entityId')
        .select('assignment.instructorUserId', 'userId')
        .addSelect('entity.creditCode', 'creditCode')
        .where({ instructorUserId: In(instructors.map((instructor) => instructor.userId)) })
        .orderBy('entity.creditCode')
        .getRawMany();
      for (const assignment of assignments) codes.set(assignment.userId, [...(codes.get(assignment.userId) ?? []), assignment.creditCode]);
    }
    return instructors.map((instructor) => {
      const name = this.cipher.decrypt(instructor.nameEncrypted);
      return {
        userId: instructor.userId,
        name: isCommittee(user) || user.id === instructor.userId ? name : maskName(name),
        entityCreditCodes: codes.get(instructor.userId) ?? [],
        createdAt: instructor.createdAt.toISOString(),
      };
    });
  }

  /** An instructor records their own visit to an assigned entity. */
  async recordVisit(user: AuthUser, input: CreateVisitDto): Promise<VisitDto> {
    if (input.visitedOn > clock.today()) throw instructorProblems.visitDateInFuture(input.visitedOn);
    const id = randomUUID();
    return this.work.run(async (tx) => {
      const entity = await entityByCreditCode(tx.manager, input.creditCode, 422);
      if (!(await tx.manager.existsBy(InstructorAssignment, { instructorUserId: user.id, entityId: entity.id })))
        throw partyProblems.entityNotAssigned('Instructors record visits to their assigned entities.');
      await tx.manager.insert(InstructorVisit, {
        id,
        instructorUserId: user.id,
        entityId: entity.id,
        visitedOn: input.visitedOn,
        summary: input.summary,
        recordedAt: clock.now(),
      });
      await tx.audit('instructor.visit', { type: 'instructor-visit', id }, { entityId: entity.id, visitedOn: input.visitedOn });
      const [visit] = await this.visits(tx.manager).where('visit.id = :id', { id }).getRawMany<VisitRow>();
      return toVisitDto(visit!);
    });
  }

  async listVisits(user: AuthUser, query: VisitQueryDto): Promise<Page<VisitDto>> {
    const builder = this.visits()
      .orderBy('visit.visitedOn', 'DESC')
      .addOrderBy('visit.id', 'DESC')
      .limit(query.limit + 1);
    if (!isCommittee(user)) builder.andWhere('visit.instructorUserId = :self', { self: user.id });
    if (query.creditCode !== undefined) {
      const entity = await entityByCreditCode(this.dataSource.manager, query.creditCode);
      await assertEntityAccess(this.dataSource.manager, user, entity.id);
      builder.andWhere('visit.entityId = :entityId', { entityId: entity.id });
    }
    if (query.cursor !== undefined) {
      const [visitedOn, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(visit.visitedOn, visit.id) < (CAST(:visitedOn AS date), CAST(:id AS uuid))', { visitedOn, id });
    }
    return toPage(
      (await builder.getRawMany<VisitRow>()).map(toVisitDto),
      query.limit,
      (row) => [row.visitedOn, row.id],
      (row) => row,
    );
  }

  /** Visits with their entity's credit code, which the answer carries. */
  private visits(db: EntityManager = this.dataSource.manager): SelectQueryBuilder<InstructorVisit> {
    return db
      .createQueryBuilder(InstructorVisit, 'visit')
      .innerJoin(SurveyedEntity, 'entity', 'entity.id = visit.entityId')
      .select(['visit.id AS id', 'visit.instructorUserId AS "instructorUserId"', 'visit.entityId AS "entityId"', 'entity.creditCode AS "creditCode"'])
      .addSelect(`to_char(visit.visitedOn, 'YYYY-MM-DD')`, 'visitedOn')
      .addSelect(['visit.summary AS summary', 'visit.recordedAt AS "recordedAt"']);
  }
}

interface VisitRow {
  id: string;
  instructorUserId: string;
  entityId: string;
  creditCode: string;
  visitedOn: string;
  summary: string;
  recordedAt: Date;
}

function toVisitDto(row: VisitRow): VisitDto {
  return { ...row, recordedAt: row.recordedAt.toISOString() };
}
