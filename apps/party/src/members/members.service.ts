import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { UnitOfWork } from '#messaging';
import {
  decodeCursor,
  isUniqueViolation,
  loadAuthorised,
  maskIdNumber,
  maskName,
  maskPhone,
  normaliseIdNumber,
  PiiCipher,
  ProblemException,
  revealPersonalData,
  toPage,
  type AuthUser,
  type Page,
} from '#platform';
import { organisationProblems } from '../organisations/organisation-problems.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { assertManages } from '../organisations/organisations.service.js';
import { isCommittee } from '../shared/access.js';
import type { MemberDto, MemberQueryDto, RegisterMemberDto, UpdateMemberDto } from './dto/member.dto.js';
import { memberProblems } from './member-problems.js';
import { Member } from './member.entity.js';

/** A member with the secretary of the organisation holding them, who manages them. */
export interface ManagedMember {
  member: Member;
  secretaryUserId: string | null;
}

/** Locks the member's row for the transaction. */
export async function lockedMember(manager: EntityManager, id: string): Promise<ManagedMember> {
  const member = await manager.findOne(Member, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (member === null) throw memberProblems.notFound(id);
  return { member, secretaryUserId: await secretaryOf(manager, member.organisationId) };
}

async function secretaryOf(manager: EntityManager, organisationId: string | null): Promise<string | null> {
  if (organisationId === null) return null;
  const organisation = await manager.findOne(Organisation, { where: { id: organisationId }, select: { id: true, secretaryUserId: true } });
  return organisation?.secretaryUserId ?? null;
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
          const organisation = await tx.manager.findOneBy(Organisation, { id: input.organisationId });
          if (organisation === null) throw organisationProblems.unknown(input.organisationId);
          assertManages(user, organisation);
        } else if (!isCommittee(user)) {
          throw memberProblems.externalCommitteeOnly();
        }
        await tx.manager.insert(Member, {
          id,
          organisationId: input.organisationId ?? null,
          externalOrganisation: input.externalOrganisation ?? null,
          nameEncrypted: this.cipher.encrypt(input.name),
          idNumberEncrypted: this.cipher.encrypt(idNumber),
          idNumberHash: this.cipher.lookupHash(idNumber),
          phoneEncrypted: input.phone === undefined ? null : this.cipher.encrypt(input.phone),
          status: input.status,
          createdAt: () => 'now()',
          updatedAt: () => 'now()',
        });
        await tx.audit('member.register', { type: 'member', id }, { organisationId: input.organisationId ?? null, status: input.status });
        return this.get(user, id, tx.manager);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'members_id_number_hash_key')) throw memberProblems.alreadyRegistered();
      throw error;
    }
  }

  async update(user: AuthUser, id: string, input: UpdateMemberDto): Promise<MemberDto> {
    return this.work.run(async (tx) => {
      this.assertCanManage(user, await lockedMember(tx.manager, id));
      // A field left out, or sent as null, keeps its value.
      const status = input.status ?? null;
      await tx.manager.update(
        Member,
        { id },
        {
          ...(status === null ? {} : { status }),
          ...(input.phone === undefined ? {} : { phoneEncrypted: this.cipher.encrypt(input.phone) }),
          updatedAt: () => 'now()',
        },
      );
      await tx.audit('member.update', { type: 'member', id }, { status: input.status, phoneChanged: input.phone !== undefined });
      return this.get(user, id, tx.manager);
    });
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async get(user: AuthUser, id: string, db: EntityManager = this.dataSource.manager): Promise<MemberDto> {
    const found = await loadAuthorised(
      async (): Promise<ManagedMember | undefined> => (await managedMembers(db).where('member.id = :id', { id }).getRawAndEntities().then(withSecretaries))[0],
      () => memberProblems.notFound(id),
      (managed) => this.assertCanManage(user, managed),
    );
    return this.toDto(user, found);
  }

  async list(user: AuthUser, query: MemberQueryDto): Promise<Page<MemberDto>> {
    const builder = managedMembers(this.dataSource.manager)
      .orderBy('member.createdAt', 'DESC')
      .addOrderBy('member.id', 'DESC')
      .limit(query.limit + 1);
    if (!isCommittee(user)) builder.andWhere('organisation.secretaryUserId = :userId', { userId: user.id });
    if (query.organisationId !== undefined) builder.andWhere('member.organisationId = :organisationId', { organisationId: query.organisationId });
    if (query.status !== undefined) builder.andWhere('member.status = :status', { status: query.status });
    if (query.cursor !== undefined) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(member.createdAt, member.id) < (:createdAt, :id)', { createdAt, id });
    }
    return toPage(
      withSecretaries(await builder.getRawAndEntities()),
      query.limit,
      (managed) => [managed.member.createdAt.toISOString(), managed.member.id],
      (managed) => this.toDto(user, managed),
    );
  }

  private assertCanManage(user: AuthUser, managed: ManagedMember): void {
    if (isCommittee(user)) return;
    assertManages(user, managed);
  }

  private toDto(user: AuthUser, { member, secretaryUserId }: ManagedMember): MemberDto {
    const name = this.cipher.decrypt(member.nameEncrypted);
    const seesName = isCommittee(user) || (secretaryUserId !== null && secretaryUserId === user.id);
    // The Party registry is kept zone-wide (Party committee); ID number and phone never leave unmasked.
    if (seesName) revealPersonalData({ recordType: 'party-member', recordId: member.id, recordUnits: ['zone'], fields: ['name'] });
    return {
      id: member.id,
      organisationId: member.organisationId,
      externalOrganisation: member.externalOrganisation,
      name: seesName ? name : maskName(name),
      maskedIdNumber: maskIdNumber(this.cipher.decrypt(member.idNumberEncrypted)),
      maskedPhone: member.phoneEncrypted === null ? null : maskPhone(this.cipher.decrypt(member.phoneEncrypted)),
      status: member.status,
      createdAt: member.createdAt.toISOString(),
    };
  }
}

/** Members with their organisation's secretary, in one query. */
function managedMembers(db: EntityManager): SelectQueryBuilder<Member> {
  return db
    .createQueryBuilder(Member, 'member')
    .leftJoin(Organisation, 'organisation', 'organisation.id = member.organisationId')
    .addSelect('organisation.secretaryUserId', 'secretary_user_id');
}

function withSecretaries({ entities, raw }: { entities: Member[]; raw: { member_id: string; secretary_user_id: string | null }[] }): ManagedMember[] {
  const secretaryOfMember = new Map(raw.map((row) => [row.member_id, row.secretary_user_id]));
  return entities.map((member) => ({ member, secretaryUserId: secretaryOfMember.get(member.id) ?? null }));
}
