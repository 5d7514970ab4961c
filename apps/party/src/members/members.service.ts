import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { UnitOfWork } from '#messaging';
import {
  decodeCursor,
  isUniqueViolation,
  loadAuthorised,
  maskIdNumber,
  maskName,
  maskPhone,
  PiiCipher,
  ProblemException,
  revealPersonalData,
  toPage,
  type AuthUser,
  type Page,
} from '#platform';
import { assertManages } from '../organisations/organisations.service.js';
import { isCommittee } from '../shared/access.js';
import { normaliseIdNumber } from '#platform';
import type { MemberDto, MemberQueryDto, RegisterMemberDto, UpdateMemberDto } from './dto/member.dto.js';

export interface MemberRow {
  id: string;
  organisation_id: string | null;
  external_organisation: string | null;
  name_encrypted: string;
  id_number_encrypted: string;
  phone_encrypted: string | null;
  status: string;
  created_at: Date;
  secretary_user_id: string | null;
}

const MEMBER_SELECT = `SELECT m.id, m.organisation_id, m.external_organisation, m.name_encrypted, m.id_number_encrypted, m.phone_encrypted, m.status, m.created_at,
  o.secretary_user_id FROM members m LEFT JOIN organisations o ON o.id = m.organisation_id`;

export function memberNotFound(id: string): ProblemException {
  return ProblemException.of(404, 'member-not-found', 'Member not found', `No Party member has id ${id}.`);
}

export async function lockedMember(manager: EntityManager, id: string): Promise<MemberRow> {
  const [row]: MemberRow[] = await manager.query(`${MEMBER_SELECT} WHERE m.id = $1 FOR UPDATE OF m`, [id]);
  if (row === undefined) throw memberNotFound(id);
  return row;
}

/** Party members; personal data encrypted at rest, ID and phone always masked, names masked beyond the committee and own secretary. */
@Injectable()
export class MembersService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly cipher: PiiCipher,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async register(user: AuthUser, input: RegisterMemberDto): Promise<MemberDto> {
    if ((input.organisationId === undefined) === (input.externalOrganisation === undefined)) {
      throw ProblemException.validation([{ field: 'organisationId', message: 'give exactly one of organisationId and externalOrganisation' }]);
    }
    const id = randomUUID();
    const idNumber = normaliseIdNumber(input.idNumber);
    try {
      return await this.work.run(async (tx) => {
        if (input.organisationId !== undefined) {
          const [organisation] = await tx.manager.query(`SELECT id, secretary_user_id FROM organisations WHERE id = $1`, [input.organisationId]);
          if (organisation === undefined)
            throw ProblemException.of(422, 'organisation-not-found', 'Organisation not found', `No Party organisation has id ${input.organisationId}.`);
          assertManages(user, organisation);
        } else if (!isCommittee(user)) {
          throw ProblemException.of(
            403,
            'committee-only',
            'Committee only',
            'Members whose relations are held outside the registry are registered by the Party committee.',
          );
        }
        await tx.manager.query(
          `INSERT INTO members (id, organisation_id, external_organisation, name_encrypted, id_number_encrypted, id_number_hash, phone_encrypted, status, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), now())`,
          [
            id,
            input.organisationId ?? null,
            input.externalOrganisation ?? null,
            this.cipher.encrypt(input.name),
            this.cipher.encrypt(idNumber),
            this.cipher.lookupHash(idNumber),
            input.phone === undefined ? null : this.cipher.encrypt(input.phone),
            input.status,
          ],
        );
        await tx.audit('member.register', { type: 'member', id }, { organisationId: input.organisationId ?? null, status: input.status });
        return this.get(user, id, tx.manager);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'members_id_number_hash_key'))
        throw ProblemException.of(409, 'member-already-registered', 'Member already registered', 'A member with this ID number is already registered.');
      throw error;
    }
  }

  async update(user: AuthUser, id: string, input: UpdateMemberDto): Promise<MemberDto> {
    return this.work.run(async (tx) => {
      const row = await lockedMember(tx.manager, id);
      this.assertCanManage(user, row);
      await tx.manager.query(
        `UPDATE members SET status = COALESCE($2, status), phone_encrypted = COALESCE($3, phone_encrypted), updated_at = now() WHERE id = $1`,
        [id, input.status ?? null, input.phone === undefined ? null : this.cipher.encrypt(input.phone)],
      );
      await tx.audit('member.update', { type: 'member', id }, { status: input.status, phoneChanged: input.phone !== undefined });
      return this.get(user, id, tx.manager);
    });
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async get(user: AuthUser, id: string, db: EntityManager = this.dataSource.manager): Promise<MemberDto> {
    const row = await loadAuthorised(
      async (): Promise<MemberRow | undefined> => (await db.query(`${MEMBER_SELECT} WHERE m.id = $1`, [id]))[0],
      () => memberNotFound(id),
      (found) => this.assertCanManage(user, found),
    );
    return this.toDto(user, row);
  }

  async list(user: AuthUser, query: MemberQueryDto): Promise<Page<MemberDto>> {
    const params: unknown[] = [query.limit + 1];
    const where: string[] = [];
    if (!isCommittee(user)) {
      params.push(user.id);
      where.push(`o.secretary_user_id = $${params.length}`);
    }
    if (query.organisationId !== undefined) {
      params.push(query.organisationId);
      where.push(`m.organisation_id = $${params.length}`);
    }
    if (query.status !== undefined) {
      params.push(query.status);
      where.push(`m.status = $${params.length}`);
    }
    if (query.cursor !== undefined) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      params.push(createdAt, id);
      where.push(`(m.created_at, m.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const rows: MemberRow[] = await this.dataSource.query(
      `${MEMBER_SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY m.created_at DESC, m.id DESC LIMIT $1`,
      params,
    );
    return toPage(
      rows,
      query.limit,
      (row) => [row.created_at.toISOString(), row.id],
      (row) => this.toDto(user, row),
    );
  }

  private assertCanManage(user: AuthUser, row: MemberRow): void {
    if (isCommittee(user)) return;
    assertManages(user, { secretary_user_id: row.secretary_user_id });
  }

  private toDto(user: AuthUser, row: MemberRow): MemberDto {
    const name = this.cipher.decrypt(row.name_encrypted);
    const seesName = isCommittee(user) || (row.secretary_user_id !== null && row.secretary_user_id === user.id);
    // The Party registry is kept zone-wide (Party committee); ID number and phone never leave unmasked.
    if (seesName) revealPersonalData({ recordType: 'party-member', recordId: row.id, recordUnits: ['zone'], fields: ['name'] });
    return {
      id: row.id,
      organisationId: row.organisation_id,
      externalOrganisation: row.external_organisation,
      name: seesName ? name : maskName(name),
      maskedIdNumber: maskIdNumber(this.cipher.decrypt(row.id_number_encrypted)),
      maskedPhone: row.phone_encrypted === null ? null : maskPhone(this.cipher.decrypt(row.phone_encrypted)),
      status: row.status,
      createdAt: row.created_at.toISOString(),
    };
  }
}
