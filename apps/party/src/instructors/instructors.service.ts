import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { UnitOfWork } from '#messaging';
import { clock, decodeCursor, isUniqueViolation, maskName, PiiCipher, ProblemException, toPage, type AuthUser, type Page } from '#platform';
import { entityByCreditCode } from '../surveyed-entities/surveyed-entities.service.js';
import { assertEntityAccess, isCommittee } from '../shared/access.js';
import type { CreateInstructorDto, CreateVisitDto, InstructorDto, VisitDto, VisitQueryDto } from './dto/instructor.dto.js';

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
        await tx.manager.query(`INSERT INTO instructors (user_id, name_encrypted, created_at) VALUES ($1, $2, now())`, [
          input.userId,
          this.cipher.encrypt(input.name),
        ]);
        for (const creditCode of input.entityCreditCodes) {
          const entity = await entityByCreditCode(tx.manager, creditCode, 422);
          await tx.manager.query(`INSERT INTO instructor_assignments (instructor_user_id, entity_id, assigned_at) VALUES ($1, $2, now())`, [
            input.userId,
            entity.id,
          ]);
        }
        await tx.audit('instructor.register', { type: 'instructor', id: input.userId }, { entities: input.entityCreditCodes });
        return this.get(user, input.userId, tx.manager);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'instructors_pkey'))
        throw ProblemException.of(409, 'instructor-exists', 'Instructor exists', `Instructor ${input.userId} is already registered.`);
      throw error;
    }
  }

  async assign(user: AuthUser, userId: string, creditCode: string): Promise<InstructorDto> {
    try {
      return await this.work.run(async (tx) => {
        const [instructor] = await tx.manager.query(`SELECT user_id FROM instructors WHERE user_id = $1 FOR UPDATE`, [userId]);
        if (instructor === undefined) throw instructorNotFound(userId);
        const entity = await entityByCreditCode(tx.manager, creditCode, 422);
        await tx.manager.query(`INSERT INTO instructor_assignments (instructor_user_id, entity_id, assigned_at) VALUES ($1, $2, now())`, [userId, entity.id]);
        await tx.audit('instructor.assign', { type: 'instructor', id: userId }, { entityId: entity.id, creditCode });
        return this.get(user, userId, tx.manager);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'instructor_assignments_pkey'))
        throw ProblemException.of(409, 'already-assigned', 'Already assigned', `${creditCode} is already assigned to ${userId}.`);
      throw error;
    }
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async get(user: AuthUser, userId: string, db: EntityManager = this.dataSource.manager): Promise<InstructorDto> {
    if (!isCommittee(user) && user.id !== userId)
      throw ProblemException.of(403, 'not-your-record', 'Not your record', 'Instructors see their own record only.');
    const [item] = await this.rows(user, `WHERE i.user_id = $1`, [userId], db);
    if (item === undefined) throw instructorNotFound(userId);
    return item;
  }

  async list(user: AuthUser, limit: number, cursor?: string): Promise<Page<InstructorDto>> {
    const params: unknown[] = [limit + 1];
    const where: string[] = [];
    if (!isCommittee(user)) {
      params.push(user.id);
      where.push(`i.user_id = $${params.length}`);
    }
    if (cursor !== undefined) {
      params.push(decodeCursor(cursor, 1)[0]);
      where.push(`i.user_id > $${params.length}`);
    }
    const rows = await this.rows(user, `${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY i.user_id LIMIT $1`, params);
    return toPage(
      rows,
      limit,
      (row) => [row.userId],
      (row) => row,
    );
  }

  private async rows(user: AuthUser, tail: string, params: unknown[], db: EntityManager = this.dataSource.manager): Promise<InstructorDto[]> {
    const rows: { user_id: string; name_encrypted: string; created_at: Date; codes: string[] }[] = await db.query(
      `SELECT i.user_id, i.name_encrypted, i.created_at,
         COALESCE((SELECT array_agg(e.credit_code::text ORDER BY e.credit_code) FROM instructor_assignments a JOIN surveyed_entities e ON e.id = a.entity_id WHERE a.instructor_user_id = i.user_id), '{}') AS codes
       FROM instructors i ${tail}`,
      params,
    );
    return rows.map((row) => {
      const name = this.cipher.decrypt(row.name_encrypted);
      return {
        userId: row.user_id,
        name: isCommittee(user) || user.id === row.user_id ? name : maskName(name),
        entityCreditCodes: row.codes,
        createdAt: row.created_at.toISOString(),
      };
    });
  }

  /** An instructor records their own visit to an assigned entity. */
  async recordVisit(user: AuthUser, input: CreateVisitDto): Promise<VisitDto> {
    if (input.visitedOn > clock.today())
      throw ProblemException.of(422, 'visit-date-in-future', 'Visit date in the future', `visitedOn ${input.visitedOn} has not happened yet.`);
    const id = randomUUID();
    return this.work.run(async (tx) => {
      const entity = await entityByCreditCode(tx.manager, input.creditCode, 422);
      const assigned: unknown[] = await tx.manager.query(`SELECT 1 FROM instructor_assignments WHERE instructor_user_id = $1 AND entity_id = $2`, [
        user.id,
        entity.id,
      ]);
      if (assigned.length === 0)
        throw ProblemException.of(403, 'entity-not-assigned', 'Entity not assigned to you', 'Instructors record visits to their assigned entities.');
      await tx.manager.query(
        `INSERT INTO instructor_visits (id, instructor_user_id, entity_id, visited_on, summary, recorded_at) VALUES ($1, $2, $3, $4, $5, now())`,
        [id, user.id, entity.id, input.visitedOn, input.summary],
      );
      await tx.audit('instructor.visit', { type: 'instructor-visit', id }, { entityId: entity.id, visitedOn: input.visitedOn });
      const [visit] = await this.visitRows(`WHERE v.id = $1`, [id], tx.manager);
      return visit!;
    });
  }

  async listVisits(user: AuthUser, query: VisitQueryDto): Promise<Page<VisitDto>> {
    const params: unknown[] = [query.limit + 1];
    const where: string[] = [];
    if (!isCommittee(user)) {
      params.push(user.id);
      where.push(`v.instructor_user_id = $${params.length}`);
    }
    if (query.creditCode !== undefined) {
      const entity = await entityByCreditCode(this.dataSource.manager, query.creditCode);
      await assertEntityAccess(this.dataSource.manager, user, entity.id);
      params.push(entity.id);
      where.push(`v.entity_id = $${params.length}`);
    }
    if (query.cursor !== undefined) {
      const [visitedOn, id] = decodeCursor(query.cursor, 2);
      params.push(visitedOn, id);
      where.push(`(v.visited_on, v.id) < ($${params.length - 1}::date, $${params.length}::uuid)`);
    }
    const rows = await this.visitRows(`${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY v.visited_on DESC, v.id DESC LIMIT $1`, params);
    return toPage(
      rows,
      query.limit,
      (row) => [row.visitedOn, row.id],
      (row) => row,
    );
  }

  private async visitRows(tail: string, params: unknown[], db: EntityManager = this.dataSource.manager): Promise<VisitDto[]> {
    const rows: { id: string; instructor_user_id: string; entity_id: string; credit_code: string; visited_on: string; summary: string; recorded_at: Date }[] =
      await db.query(
        `SELECT v.id, v.instructor_user_id, v.entity_id, e.credit_code, to_char(v.visited_on, 'YYYY-MM-DD') AS visited_on, v.summary, v.recorded_at
       FROM instructor_visits v JOIN surveyed_entities e ON e.id = v.entity_id ${tail}`,
        params,
      );
    return rows.map((row) => ({
      id: row.id,
      instructorUserId: row.instructor_user_id,
      entityId: row.entity_id,
      creditCode: row.credit_code,
      visitedOn: row.visited_on,
      summary: row.summary,
      recordedAt: row.recorded_at.toISOString(),
    }));
  }
}

function instructorNotFound(userId: string): ProblemException {
  return ProblemException.of(404, 'instructor-not-found', 'Instructor not found', `No instructor signs in as ${userId}.`);
}
