import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UnitOfWork } from '#messaging';
import { decodeCursor, platformProblems, isUniqueViolation, PiiCipher, ProblemException, toPage, type AuthUser, type Page, clock } from '#platform';
import { Indicator } from '../indicators/indicator.entity.js';
import { isStaffFor, OWN_HOUSEHOLD_IDS, OWN_RESIDENT_IDS, restrictToCaller } from '../registry/community-access.js';
import { Community } from '../registry/community.entity.js';
import { Resident } from '../registry/resident.entity.js';
import { RegistryService } from '../registry/registry.service.js';
import { creditProblems } from '../shared/credit-problems.js';
import { LedgerEntryDto, type CreateLedgerEntryDto, type CreateReversalDto, type ListLedgerEntriesQueryDto } from './dto/ledger.dto.js';
import { LEDGER_IDEMPOTENCY_CONSTRAINT, LEDGER_REVERSES_CONSTRAINT, LedgerEntry } from './ledger-entry.entity.js';
import { LedgerWriter } from './ledger-writer.js';
import { ledgerProblems } from './ledger-problems.js';

/**
 * A key replays only the entry it created: the same key with another resident, indicator, reason,
 * evidence or date is refused as on every other create, instead of silently dropping the second award.
 */
function assertSameRequest(entry: LedgerEntry, residentId: string, input: CreateLedgerEntryDto): void {
  const same =
    entry.residentId === residentId &&
    entry.indicatorCode === input.indicatorCode &&
    entry.reason === input.reason &&
    entry.evidence === (input.evidence ?? null) &&
    (input.occurredOn === undefined || entry.occurredOn === input.occurredOn);
  if (!same) throw platformProblems.idempotencyKeyReused();
}

@Injectable()
export class LedgerService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: LedgerWriter,
    private readonly registry: RegistryService,
    private readonly cipher: PiiCipher,
  ) {}

  /** A staff award or deduction; the indicator decides which, and how many points. */
  async create(user: AuthUser, input: CreateLedgerEntryDto, idempotencyKey?: string): Promise<{ entry: LedgerEntryDto; replayed: boolean }> {
    const resident = await this.resolveResident(user, input);
    const indicator = await this.dataSource.manager.findOneBy(Indicator, { code: input.indicatorCode });
    if (indicator === null) throw ledgerProblems.unknownIndicator(input.indicatorCode);
    const key = idempotencyKey === undefined ? null : `staff:${user.id}:${idempotencyKey}`;
    try {
      const result = await this.work.run((tx) =>
        this.writer.append(tx, {
          residentId: resident.id,
          indicator,
          occurredOn: input.occurredOn ?? clock.today(),
          reason: input.reason,
          evidence: input.evidence ?? null,
          source: 'staff',
          sourceRef: null,
          actorId: user.id,
          idempotencyKey: key,
        }),
      );
      if (result.replayed) assertSameRequest(result.entry, resident.id, input);
      return { entry: LedgerEntryDto.of(result.entry), replayed: result.replayed };
    } catch (error) {
      // Same key raced in from two requests: the loser answers with the winner's entry.
      if (key !== null && isUniqueViolation(error, LEDGER_IDEMPOTENCY_CONSTRAINT)) {
        const existing = await this.dataSource.manager.findOneByOrFail(LedgerEntry, { idempotencyKey: key });
        assertSameRequest(existing, resident.id, input);
        return { entry: LedgerEntryDto.of(existing), replayed: true };
      }
      throw error;
    }
  }

  /** Corrects an award or deduction by appending its reversal; each entry can be reversed once. */
  async reverse(user: AuthUser, entryId: string, input: CreateReversalDto): Promise<LedgerEntryDto> {
    const original = await this.dataSource.manager.findOneBy(LedgerEntry, { id: entryId });
    if (original === null) throw creditProblems.ledgerEntryNotFound(entryId);
    await this.assertStaffForResident(user, original.residentId);
    if (original.kind === 'reversal') throw ledgerProblems.entryIsReversal();
    if (original.kind === 'redemption') {
      throw ledgerProblems.redemptionReversedByOrder();
    }
    try {
      const result = await this.work.run(async (tx) => {
        // The resident's lock (taken in append) serialises reversals of the same entry; the constraint backs it up.
        const already = await tx.manager.findOneBy(LedgerEntry, { reversesEntryId: entryId });
        if (already !== null) throw ledgerProblems.entryAlreadyReversed(entryId);
        return this.writer.append(tx, {
          residentId: original.residentId,
          movement: { kind: original.movement, amount: original.amount },
          reverses: original,
          occurredOn: clock.today(),
          reason: input.reason,
          evidence: input.evidence ?? null,
          source: 'staff',
          sourceRef: null,
          actorId: user.id,
          idempotencyKey: null,
        });
      });
      return LedgerEntryDto.of(result.entry);
    } catch (error) {
      if (isUniqueViolation(error, LEDGER_REVERSES_CONSTRAINT)) throw ledgerProblems.entryAlreadyReversed(entryId);
      throw error;
    }
  }

  async get(user: AuthUser, id: string): Promise<LedgerEntryDto> {
    const entry = await this.dataSource.manager.findOneBy(LedgerEntry, { id });
    if (entry === null) throw creditProblems.ledgerEntryNotFound(id);
    await this.assertCanRead(user, entry);
    return LedgerEntryDto.of(entry);
  }

  /** Newest first. Staff see their communities; a resident sees their own household's entries. */
  async list(user: AuthUser, query: ListLedgerEntriesQueryDto): Promise<Page<LedgerEntryDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(LedgerEntry, 'e')
      .innerJoin(Community, 'c', 'c.code = e.community_code')
      .orderBy('e.position', 'DESC')
      .limit(query.limit + 1);
    // A resident's history follows them: staff of their current community and the resident see it all.
    restrictToCaller(
      builder,
      user,
      'c.code',
      'e.resident_id IN (SELECT now.id FROM residents now JOIN communities nc ON nc.code = now.community_code WHERE nc.code = ANY(:units) OR nc.sub_district_code = ANY(:units))',
      `e.household_id IN ${OWN_HOUSEHOLD_IDS}`,
      `e.resident_id IN ${OWN_RESIDENT_IDS}`,
    );
    const filters: [keyof ListLedgerEntriesQueryDto, string][] = [
      ['residentId', 'e.resident_id = :residentId'],
      ['householdId', 'e.household_id = :householdId'],
      ['communityCode', 'e.community_code = :communityCode'],
      ['period', 'e.period = :period'],
      ['category', 'e.category = :category'],
      ['kind', 'e.kind = :kind'],
      ['from', 'e.occurred_on >= :from'],
      ['to', 'e.occurred_on <= :to'],
    ];
    for (const [field, where] of filters) if (query[field] !== undefined) builder.andWhere(where, { [field]: query[field] });
    if (query.cursor !== undefined) builder.andWhere('e.position < :position', { position: decodeCursor(query.cursor, 1)[0] });
    return toPage(await builder.getMany(), query.limit, (row) => [row.position], LedgerEntryDto.of);
  }

  private async resolveResident(user: AuthUser, input: CreateLedgerEntryDto): Promise<Resident> {
    if ((input.residentId === undefined) === (input.residentIdNumber === undefined)) {
      throw ProblemException.validation([{ field: 'residentId', message: 'give exactly one of residentId and residentIdNumber' }]);
    }
    const resident =
      input.residentId !== undefined
        ? await this.dataSource.manager.findOneBy(Resident, { id: input.residentId })
        : await this.dataSource.manager.findOneBy(Resident, { idNumberHash: this.cipher.lookupHash(input.residentIdNumber!) });
    const community = resident === null ? null : await this.registry.community(resident.communityCode);
    if (resident === null || community === null || !isStaffFor(user, community)) {
      // Staff elsewhere cannot probe which residents exist.
      throw creditProblems.residentNotFound();
    }
    return resident;
  }

  private async assertStaffForResident(user: AuthUser, residentId: string): Promise<void> {
    const resident = await this.dataSource.manager.findOneByOrFail(Resident, { id: residentId });
    if (!isStaffFor(user, await this.registry.community(resident.communityCode))) {
      throw creditProblems.communityForbidden();
    }
  }

  private async assertCanRead(user: AuthUser, entry: LedgerEntry): Promise<void> {
    if (isStaffFor(user, await this.registry.community(entry.communityCode))) return;
    const resident = await this.dataSource.manager.findOneByOrFail(Resident, { id: entry.residentId });
    if (isStaffFor(user, await this.registry.community(resident.communityCode))) return;
    if (user.roles.includes('resident')) {
      if (resident.accountId === user.id) return;
      const member = await this.dataSource.manager.findOneBy(Resident, { householdId: entry.householdId, accountId: user.id });
      if (member !== null) return;
    }
    throw ledgerProblems.entryForbidden();
  }
}
