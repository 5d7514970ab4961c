import { Injectable } from '@nestjs/common';
import { CreditCommunityRegistered } from '#contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt, randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Transaction, UnitOfWork } from '#messaging';
import {
  type AuthUser,
  canActForUnit,
  changedFields,
  clock,
  decodeCursor,
  isUniqueViolation,
  maskIdNumber,
  maskName,
  maskPhone,
  normaliseIdNumber,
  type OwnRecordAccessView,
  type Page,
  type PageQueryDto,
  PersonalDataAccessLog,
  PiiCipher,
  type ProblemException,
  revealPersonalData,
  toPage,
} from '#platform';
import { creditScore, spendableBalance } from '../ledger/ledger-rules.js';
import { HouseholdRatings } from '../ratings/household-ratings.js';
import { creditProblems } from '../shared/credit-problems.js';
import { assertStaffFor, isStaffFor, OWN_HOUSEHOLD_IDS, restrictToCaller } from './community-access.js';
import { CommunityDto, type CreateCommunityDto } from './dto/community.dto.js';
import { HouseholdDto, type CreateHouseholdDto, type ListHouseholdsQueryDto } from './dto/household.dto.js';
import type { CreateResidentDto, ListResidentsQueryDto, MoveResidentDto, ResidentDto, UpdateResidentDto } from './dto/resident.dto.js';
import type { ImportRowDto, ResidentImportDto, ResidentImportReportDto } from './dto/resident-import.dto.js';
import { registryProblems } from './registry-problems.js';
import { checkResidentCsv } from './resident-csv.js';
import { COMMUNITY_PKEY_CONSTRAINT, Community } from './community.entity.js';
import { Household, HOUSEHOLD_CARD_CONSTRAINT, HOUSEHOLD_NUMBER_CONSTRAINT } from './household.entity.js';
import { Resident, RESIDENT_ACCOUNT_CONSTRAINT, RESIDENT_ID_NUMBER_CONSTRAINT } from './resident.entity.js';
import { ResidentMove } from './resident-move.entity.js';

/** Card numbers are random, so they reveal neither the household nor the order of issue. */
function newCardNumber(): string {
  const group = () => String(randomInt(0, 10_000)).padStart(4, '0');
  return `XY-${group()}-${group()}-${group()}`;
}

/** Work that must commit with residents' registration: one resident, or every resident of an import at once. */
export type ResidentRegisteredListener = (tx: Transaction, residents: Resident[]) => Promise<void>;

@Injectable()
export class RegistryService {
  private readonly registeredListeners: ResidentRegisteredListener[] = [];

  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
    private readonly ratings: HouseholdRatings,
    private readonly accessLog: PersonalDataAccessLog,
  ) {}

  // ── communities ──

  async createCommunity(user: AuthUser, input: CreateCommunityDto): Promise<CommunityDto> {
    if (!canActForUnit(user, input.subDistrictCode)) {
      throw registryProblems.subDistrictForbidden(input.subDistrictCode);
    }
    try {
      const community = await this.work.run(async (tx) => {
        const created = tx.manager.create(Community, { ...input, createdAt: clock.now() });
        await tx.manager.insert(Community, created);
        await tx.audit('community.create', { type: 'community', id: created.code }, { name: created.name, subDistrictCode: created.subDistrictCode });
        await tx.publish(CreditCommunityRegistered, created.code, {
          code: created.code,
          name: created.name,
          subDistrictCode: created.subDistrictCode,
          subDistrictName: created.subDistrictName,
          registeredAt: created.createdAt.toISOString(),
        });
        return created;
      });
      return CommunityDto.of(community);
    } catch (error) {
      if (isUniqueViolation(error, COMMUNITY_PKEY_CONSTRAINT)) {
        throw registryProblems.communityCodeTaken(input.code);
      }
      throw error;
    }
  }

  async listCommunities(limit: number, cursor?: string): Promise<Page<CommunityDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Community, 'c')
      .orderBy('c.code', 'ASC')
      .limit(limit + 1);
    if (cursor !== undefined) builder.andWhere('c.code > :code', { code: decodeCursor(cursor, 1)[0] });
    return toPage(await builder.getMany(), limit, (row) => [row.code], CommunityDto.of);
  }

  async community(code: string, manager: EntityManager = this.dataSource.manager): Promise<Community> {
    const community = await manager.findOneBy(Community, { code });
    if (community === null) throw creditProblems.communityNotFound(code);
    return community;
  }

  // ── households ──

  async createHousehold(user: AuthUser, input: CreateHouseholdDto): Promise<HouseholdDto> {
    const community = await this.community(input.communityCode);
    assertStaffFor(user, community);
    try {
      const household = await this.work.run(async (tx) => {
        const created = tx.manager.create(Household, {
          id: randomUUID(),
          communityCode: community.code,
          householdNumber: input.householdNumber,
          cardNumber: newCardNumber(),
          score: 0,
          level: null,
          levelChangedAt: null,
          createdAt: clock.now(),
        });
        await tx.manager.insert(Household, created);
        await tx.audit(
          'household.create',
          { type: 'household', id: created.id },
          { communityCode: created.communityCode, householdNumber: created.householdNumber },
        );
        return created;
      });
      return HouseholdDto.of(household);
    } catch (error) {
      if (isUniqueViolation(error, HOUSEHOLD_NUMBER_CONSTRAINT)) {
        throw registryProblems.householdNumberTaken(input.householdNumber, input.communityCode);
      }
      if (isUniqueViolation(error, HOUSEHOLD_CARD_CONSTRAINT)) {
        throw registryProblems.cardNumberCollision();
      }
      throw error;
    }
  }

  /** Staff see the communities they act for; a resident sees their own household only. */
  async listHouseholds(user: AuthUser, query: ListHouseholdsQueryDto): Promise<Page<HouseholdDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Household, 'h')
      .innerJoin(Community, 'c', 'c.code = h.community_code')
      .orderBy('h.created_at', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .limit(query.limit + 1);
    restrictToCaller(builder, user, 'c.code', `h.id IN ${OWN_HOUSEHOLD_IDS}`);
    if (query.communityCode !== undefined) builder.andWhere('h.community_code = :communityCode', { communityCode: query.communityCode });
    if (query.cursor !== undefined) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(h.created_at, h.id) > (:createdAt, :id)', { createdAt, id });
    }
    return toPage(await builder.getMany(), query.limit, (row) => [row.createdAt.toISOString(), row.id], HouseholdDto.of);
  }

  async getHousehold(user: AuthUser, id: string): Promise<HouseholdDto> {
    return HouseholdDto.of(await this.householdFor(user, id));
  }

  /** The household if the caller may read it (its community's staff, or a member); 404 otherwise. */
  async householdFor(user: AuthUser, id: string): Promise<Household> {
    const household = await this.dataSource.manager.findOneBy(Household, { id });
    if (household === null) throw creditProblems.householdNotFound(id);
    const community = await this.community(household.communityCode);
    if (isStaffFor(user, community)) return household;
    if (user.roles.includes('resident')) {
      const member = await this.dataSource.manager.findOneBy(Resident, { householdId: id, accountId: user.id });
      if (member !== null) return household;
    }
    throw registryProblems.householdForbidden();
  }

  async householdByNumber(manager: EntityManager, communityCode: string, householdNumber: string): Promise<Household> {
    const household = await manager.findOneBy(Household, { communityCode, householdNumber });
    if (household === null) {
      throw registryProblems.unknownHousehold(householdNumber, communityCode);
    }
    return household;
  }

  // ── residents ──

  async createResident(user: AuthUser, input: CreateResidentDto): Promise<ResidentDto> {
    const community = await this.community(input.communityCode);
    assertStaffFor(user, community);
    const idNumber = normaliseIdNumber(input.idNumber);
    try {
      const resident = await this.work.run(async (tx) => this.insertResident(tx, community, input, idNumber));
      return this.view(resident, user, community);
    } catch (error) {
      throw this.residentConflict(error) ?? error;
    }
  }

  /** Inserts one resident in `tx`; shared by single registration and CSV import. */
  async insertResident(tx: Transaction, community: Community, input: CreateResidentDto, idNumber = normaliseIdNumber(input.idNumber)): Promise<Resident> {
    const household = await this.householdByNumber(tx.manager, community.code, input.householdNumber);
    const created = this.newResident(tx.manager, community, household, input, idNumber);
    await tx.manager.insert(Resident, created);
    await this.registered(tx, [created]);
    return created;
  }

  /** What follows every registration, single or imported, in its transaction: an audit row each, then the listeners once. */
  private async registered(tx: Transaction, residents: Resident[]): Promise<void> {
    // Personal data never goes into the audit trail in clear.
    for (const resident of residents) {
      await tx.audit('resident.create', { type: 'resident', id: resident.id }, { householdId: resident.householdId, communityCode: resident.communityCode });
    }
    if (residents.length > 0) for (const listener of this.registeredListeners) await listener(tx, residents);
  }

  private newResident(
    manager: EntityManager,
    community: Community,
    household: Household,
    input: CreateResidentDto,
    idNumber = normaliseIdNumber(input.idNumber),
  ): Resident {
    const now = clock.now();
    return manager.create(Resident, {
      id: randomUUID(),
      householdId: household.id,
      communityCode: community.code,
      nameEncrypted: this.cipher.encrypt(input.name),
      idNumberEncrypted: this.cipher.encrypt(idNumber),
      idNumberHash: this.cipher.lookupHash(idNumber),
      phoneEncrypted: input.phone === undefined ? null : this.cipher.encrypt(input.phone),
      phoneHash: input.phone === undefined ? null : this.cipher.lookupHash(input.phone),
      accountId: input.accountId ?? null,
      earned: 0,
      deducted: 0,
      redeemed: 0,
      createdAt: now,
      updatedAt: now,
    });
  }

  /** Runs `listener` in the transaction of every registration (single or imported), e.g. to award what waited for the resident. */
  onResidentRegistered(listener: ResidentRegisteredListener): void {
    this.registeredListeners.push(listener);
  }

  residentConflict(error: unknown): ProblemException | undefined {
    if (isUniqueViolation(error, RESIDENT_ID_NUMBER_CONSTRAINT)) {
      return registryProblems.residentAlreadyRegistered();
    }
    if (isUniqueViolation(error, RESIDENT_ACCOUNT_CONSTRAINT)) {
      return registryProblems.accountAlreadyLinked();
    }
    return undefined;
  }

  async listResidents(user: AuthUser, query: ListResidentsQueryDto): Promise<Page<ResidentDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Resident, 'r')
      .innerJoin(Community, 'c', 'c.code = r.community_code')
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(query.limit + 1);
    restrictToCaller(builder, user, 'c.code', `r.household_id IN ${OWN_HOUSEHOLD_IDS}`);
    if (query.communityCode !== undefined) builder.andWhere('r.community_code = :communityCode', { communityCode: query.communityCode });
    if (query.householdId !== undefined) builder.andWhere('r.household_id = :householdId', { householdId: query.householdId });
    if (query.mine === true) builder.andWhere('r.account_id = :self', { self: user.id });
    if (query.cursor !== undefined) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(r.created_at, r.id) > (:createdAt, :id)', { createdAt, id });
    }
    const rows = await builder.getMany();
    const communities = await this.communitiesOf(rows);
    return toPage(
      rows,
      query.limit,
      (row) => [row.createdAt.toISOString(), row.id],
      (row) => this.view(row, user, communities.get(row.communityCode)!),
    );
  }

  async getResident(user: AuthUser, id: string): Promise<ResidentDto> {
    const resident = await this.residentFor(user, id);
    return this.view(resident, user, await this.community(resident.communityCode));
  }

  /** Who saw the caller's own resident record unmasked (the resident linked to their account). */
  async ownAccessLog(user: AuthUser, query: PageQueryDto): Promise<Page<OwnRecordAccessView>> {
    return this.accessLog.listForSubject((await this.ownResident(user)).id, query);
  }

  /** The resident linked to the caller's account; 404 when the account has none. */
  async ownResident(user: AuthUser): Promise<Resident> {
    const resident = await this.dataSource.manager.findOneBy(Resident, { accountId: user.id });
    if (resident === null) throw registryProblems.ownResidentNotFound();
    return resident;
  }

  /** The resident if the caller is their community's staff or the resident themselves; 404/403 otherwise. */
  async residentFor(user: AuthUser, id: string): Promise<Resident> {
    const resident = await this.dataSource.manager.findOneBy(Resident, { id });
    if (resident === null) throw creditProblems.residentNotFound(id);
    if (resident.accountId !== null && resident.accountId === user.id && user.roles.includes('resident')) return resident;
    assertStaffFor(user, await this.community(resident.communityCode));
    return resident;
  }

  /** Exact match on the look-up hash: the ID number itself is never searched or stored in clear. */
  async lookup(user: AuthUser, idNumber: string): Promise<ResidentDto> {
    const resident = await this.dataSource.manager.findOneBy(Resident, { idNumberHash: this.cipher.lookupHash(idNumber) });
    const community = resident === null ? undefined : await this.community(resident.communityCode);
    // Staff of other communities learn nothing, not even that the person is registered elsewhere.
    if (resident === null || community === undefined || !isStaffFor(user, community)) {
      throw registryProblems.residentByIdNumberNotFound();
    }
    return this.view(resident, user, community);
  }

  async updateResident(user: AuthUser, id: string, input: UpdateResidentDto): Promise<ResidentDto> {
    const existing = await this.residentFor(user, id);
    const community = await this.community(existing.communityCode);
    assertStaffFor(user, community);
    try {
      const updated = await this.work.run(async (tx) => {
        const resident = await tx.manager.findOne(Resident, { where: { id }, lock: { mode: 'for_no_key_update' } });
        if (resident === null) throw creditProblems.residentNotFound(id);
        const before = {
          name: this.cipher.decrypt(resident.nameEncrypted),
          phone: resident.phoneEncrypted === null ? null : this.cipher.decrypt(resident.phoneEncrypted),
          accountId: resident.accountId,
        };
        if (input.name !== undefined) resident.nameEncrypted = this.cipher.encrypt(input.name);
        if (input.phone !== undefined) {
          resident.phoneEncrypted = this.cipher.encrypt(input.phone);
          resident.phoneHash = this.cipher.lookupHash(input.phone);
        }
        if (input.accountId !== undefined) resident.accountId = input.accountId;
        resident.updatedAt = clock.now();
        await tx.manager.save(Resident, resident);
        // Personal values go into the trail masked, as the public sees them.
        const changes = changedFields(
          before,
          { name: input.name, phone: input.phone, accountId: input.accountId },
          { personal: { name: maskName, phone: maskPhone } },
        );
        await tx.audit('resident.update', { type: 'resident', id }, { changes });
        return resident;
      });
      return this.view(updated, user, community);
    } catch (error) {
      throw this.residentConflict(error) ?? error;
    }
  }

  /** Moves a resident; their ledger stays theirs, and both households are re-rated. */
  async moveResident(user: AuthUser, id: string, input: MoveResidentDto): Promise<ResidentDto> {
    const existing = await this.residentFor(user, id);
    assertStaffFor(user, await this.community(existing.communityCode));
    const target = await this.community(input.communityCode);
    assertStaffFor(user, target);
    const moved = await this.work.run(async (tx) => {
      const resident = await tx.manager.findOne(Resident, { where: { id }, lock: { mode: 'for_no_key_update' } });
      if (resident === null) throw creditProblems.residentNotFound(id);
      const to = await this.householdByNumber(tx.manager, target.code, input.householdNumber);
      if (to.id === resident.householdId) throw registryProblems.alreadyInHousehold();
      const from = resident.householdId;
      resident.householdId = to.id;
      resident.communityCode = target.code;
      resident.updatedAt = clock.now();
      await tx.manager.save(Resident, resident);
      await tx.manager.insert(ResidentMove, {
        id: randomUUID(),
        residentId: id,
        fromHouseholdId: from,
        toHouseholdId: to.id,
        movedAt: clock.now(),
        actorId: user.id,
      });
      await tx.audit('resident.move', { type: 'resident', id }, { fromHouseholdId: from, toHouseholdId: to.id });
      // Households locked in id order, so two crossing moves cannot deadlock.
      for (const householdId of [from, to.id].sort()) await this.ratings.refresh(tx, householdId, null);
      return resident;
    });
    return this.view(moved, user, target);
  }

  // ── CSV import ──

  /**
   * Imports a community's residents from CSV, whole or not at all: every row is checked first (shape,
   * ID check digit, phone, duplicates in the file and in the registry); one rejected row imports nothing.
   */
  async importResidents(user: AuthUser, input: ResidentImportDto): Promise<ResidentImportReportDto> {
    const community = await this.community(input.communityCode);
    assertStaffFor(user, community);
    const { fileProblem, rows } = checkResidentCsv(input.csv);
    if (fileProblem !== undefined) throw registryProblems.invalidCsv(fileProblem);
    const hashes = rows.flatMap((row) => (row.ok ? [this.cipher.lookupHash(row.row.idNumber)] : []));
    const registered = new Set(
      hashes.length === 0
        ? []
        : ((await this.dataSource.query(`SELECT id_number_hash FROM residents WHERE id_number_hash = ANY($1)`, [hashes])) as { id_number_hash: string }[]).map(
            (row) => row.id_number_hash,
          ),
    );
    const report: ImportRowDto[] = rows.map((row) =>
      !row.ok
        ? { line: row.line, status: 'rejected', reason: row.reason }
        : registered.has(this.cipher.lookupHash(row.row.idNumber))
          ? { line: row.line, status: 'rejected', reason: 'a resident with this ID number is already registered' }
          : { line: row.line, status: 'accepted' },
    );
    const rejected = report.filter((row) => row.status === 'rejected').length;
    const summary = { accepted: report.length - rejected, rejected, householdsCreated: 0, rows: report };
    if (rejected > 0) {
      throw registryProblems.importRejected(summary);
    }
    if (input.dryRun === true) return { imported: false, ...summary };
    try {
      return await this.work.run(async (tx) => {
        // The households in one statement and the residents in another, whatever the file's size (at most
        // MAX_IMPORT_ROWS rows, well inside PostgreSQL's parameter limit); the audit keeps one row per resident.
        const accepted = rows.flatMap((row, index) => (row.ok ? [{ index, row: row.row }] : []));
        const numbers = [...new Set(accepted.map(({ row }) => row.householdNumber))];
        const inserted: unknown[] = await tx.manager.query(
          `INSERT INTO households (id, community_code, household_number, card_number, created_at)
           SELECT id, $1, household_number, card_number, now() FROM unnest($2::uuid[], $3::text[], $4::text[]) AS new (id, household_number, card_number)
           ON CONFLICT ON CONSTRAINT ${HOUSEHOLD_NUMBER_CONSTRAINT} DO NOTHING RETURNING id`,
          [community.code, numbers.map(() => randomUUID()), numbers, numbers.map(() => newCardNumber())],
        );
        const householdsCreated = inserted.length;
        const households = new Map(
          (await tx.manager.findBy(Household, { communityCode: community.code, householdNumber: In(numbers) })).map((household) => [
            household.householdNumber,
            household,
          ]),
        );
        const residents = accepted.map(({ row }) =>
          this.newResident(tx.manager, community, households.get(row.householdNumber)!, { communityCode: community.code, ...row }),
        );
        if (residents.length > 0) await tx.manager.insert(Resident, residents);
        for (const [position, { index }] of accepted.entries()) report[index]!.residentId = residents[position]!.id;
        await this.registered(tx, residents);
        await tx.audit('resident.import', { type: 'community', id: community.code }, { residents: report.length, householdsCreated });
        return { imported: true, ...summary, householdsCreated };
      });
    } catch (error) {
      throw this.residentConflict(error) ?? error;
    }
  }

  // ── helpers ──

  private async communitiesOf(rows: Resident[]): Promise<Map<string, Community>> {
    const codes = [...new Set(rows.map((row) => row.communityCode))];
    const communities =
      codes.length === 0 ? [] : await this.dataSource.manager.createQueryBuilder(Community, 'c').where('c.code = ANY(:codes)', { codes }).getMany();
    return new Map(communities.map((community) => [community.code, community]));
  }

  /** Personal fields in full for the community's staff, masked for anyone else (the resident included). */
  view(resident: Resident, user: AuthUser | undefined, community: Community): ResidentDto {
    const full = isStaffFor(user, community);
    const name = this.cipher.decrypt(resident.nameEncrypted);
    const idNumber = this.cipher.decrypt(resident.idNumberEncrypted);
    const phone = resident.phoneEncrypted === null ? null : this.cipher.decrypt(resident.phoneEncrypted);
    if (full) {
      revealPersonalData({
        recordType: 'resident',
        recordId: resident.id,
        recordUnits: [community.code, community.subDistrictCode],
        subjectResidentId: resident.id,
        fields: phone === null ? ['name', 'idNumber'] : ['name', 'idNumber', 'phone'],
      });
    }
    return {
      id: resident.id,
      householdId: resident.householdId,
      communityCode: resident.communityCode,
      name: full ? name : maskName(name),
      idNumber: full ? idNumber : maskIdNumber(idNumber),
      phone: phone === null ? null : full ? phone : maskPhone(phone),
      masked: !full,
      creditScore: creditScore(resident),
      spendableBalance: spendableBalance(resident),
      earned: resident.earned,
      deducted: resident.deducted,
      redeemed: resident.redeemed,
      createdAt: resident.createdAt.toISOString(),
    };
  }
}
