import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UnitOfWork } from '#messaging';
import {
  assertDateOrder,
  clock,
  decodeCursor,
  isUniqueViolation,
  ProblemException,
  toPage,
  ZONE_UNIT,
  reportingPeriodOf,
  type AuthUser,
  type Page,
  type PageQueryDto,
} from '#platform';
import { meetsLevel, type RatingLevel } from '../ratings/rating-rules.js';
import { ratingProblems } from '../ratings/rating-problems.js';
import { RatingsService } from '../ratings/ratings.service.js';
import { assertHistoryDate } from '../history/business-dates.js';
import { assertStaffFor, isStaffFor, restrictToCaller, type CommunityScope } from '../registry/community-access.js';
import { Community } from '../registry/community.entity.js';
import { Household } from '../registry/household.entity.js';
import { creditProblems } from '../shared/credit-problems.js';
import {
  BenefitDto,
  BenefitUseDto,
  MerchantDto,
  type BenefitStatisticsDto,
  type BenefitStatisticsQueryDto,
  type CardPresentationDto,
  type CardVerificationDto,
  type CreateBenefitDto,
  type CreateMerchantDto,
  type ListBenefitsQueryDto,
  type ListBenefitUsesQueryDto,
  type ListMerchantsQueryDto,
  type RecordHistoricalBenefitUseDto,
} from './dto/merchant.dto.js';
import { Benefit, BENEFIT_CODE_CONSTRAINT } from './benefit.entity.js';
import { BenefitUse } from './benefit-use.entity.js';
import { Merchant, MERCHANT_ACCOUNT_CONSTRAINT, MERCHANT_CODE_CONSTRAINT } from './merchant.entity.js';
import { merchantProblems } from './merchant-problems.js';
import { BENEFIT_STATISTICS, talliedOrCounted, type BenefitStatisticsRow } from '../shared/tallied-statistics.js';

@Injectable()
export class MerchantsService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ratings: RatingsService,
  ) {}

  // ── merchants and benefits ──

  async createMerchant(user: AuthUser, input: CreateMerchantDto): Promise<MerchantDto> {
    const scope = await this.unitScope(input.unitCode);
    assertStaffFor(user, scope);
    try {
      const merchant = await this.work.run(async (tx) => {
        const created = tx.manager.create(Merchant, {
          id: randomUUID(),
          ...input,
          subDistrictCode: scope.subDistrictCode,
          accountId: input.accountId ?? null,
          createdAt: clock.now(),
        });
        await tx.manager.insert(Merchant, created);
        await tx.audit('merchant.create', { type: 'merchant', id: created.id }, { code: created.code, unitCode: created.unitCode, sectors: created.sectors });
        return created;
      });
      return MerchantDto.of(merchant);
    } catch (error) {
      if (isUniqueViolation(error, MERCHANT_CODE_CONSTRAINT)) throw merchantProblems.merchantCodeTaken(input.code);
      if (isUniqueViolation(error, MERCHANT_ACCOUNT_CONSTRAINT)) throw merchantProblems.accountAlreadyLinked();
      throw error;
    }
  }

  async listMerchants(query: ListMerchantsQueryDto): Promise<Page<MerchantDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Merchant, 'm')
      .orderBy('m.code', 'ASC')
      .limit(query.limit + 1);
    if (query.unitCode !== undefined) builder.andWhere('m.unit_code = :unitCode', { unitCode: query.unitCode });
    if (query.sector !== undefined) builder.andWhere(':sector = ANY(m.sectors)', { sector: query.sector });
    if (query.cursor !== undefined) builder.andWhere('m.code > :code', { code: decodeCursor(query.cursor, 1)[0] });
    return toPage(await builder.getMany(), query.limit, (row) => [row.code], MerchantDto.of);
  }

  async createBenefit(user: AuthUser, input: CreateBenefitDto): Promise<BenefitDto> {
    const merchant = await this.dataSource.manager.findOneBy(Merchant, { code: input.merchantCode });
    if (merchant === null) throw merchantProblems.merchantNotFound(input.merchantCode);
    assertStaffFor(user, this.merchantScope(merchant));
    try {
      const benefit = await this.work.run(async (tx) => {
        const created = tx.manager.create(Benefit, {
          id: randomUUID(),
          code: input.code,
          merchantId: merchant.id,
          title: input.title,
          description: input.description,
          minimumLevel: input.minimumLevel,
          active: true,
          createdAt: clock.now(),
        });
        await tx.manager.insert(Benefit, created);
        await tx.audit(
          'benefit.create',
          { type: 'benefit', id: created.id },
          { code: created.code, merchantId: merchant.id, minimumLevel: created.minimumLevel },
        );
        return created;
      });
      return BenefitDto.of(benefit, merchant);
    } catch (error) {
      if (isUniqueViolation(error, BENEFIT_CODE_CONSTRAINT)) throw merchantProblems.benefitCodeTaken(input.code);
      throw error;
    }
  }

  async listBenefits(query: ListBenefitsQueryDto): Promise<Page<BenefitDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Benefit, 'b')
      .innerJoinAndMapOne('b.merchant', Merchant, 'm', 'm.id = b.merchant_id')
      .where('b.active')
      .orderBy('b.code', 'ASC')
      .limit(query.limit + 1);
    if (query.merchantId !== undefined) builder.andWhere('b.merchant_id = :merchantId', { merchantId: query.merchantId });
    if (query.forLevel !== undefined) {
      const levels = (['A', 'AA', 'AAA'] as const).filter((minimum) => meetsLevel(query.forLevel!, minimum));
      builder.andWhere('b.minimum_level = ANY(:levels)', { levels });
    }
    if (query.cursor !== undefined) builder.andWhere('b.code > :code', { code: decodeCursor(query.cursor, 1)[0] });
    const rows = (await builder.getMany()) as (Benefit & { merchant: Merchant })[];
    return toPage(
      rows,
      query.limit,
      (row) => [row.code],
      (row) => BenefitDto.of(row, row.merchant),
    );
  }

  // ── verification and uses ──

  /** Whether the card's household qualifies for one of the caller's benefits — and nothing more. */
  async verify(user: AuthUser, input: CardPresentationDto): Promise<CardVerificationDto> {
    const { benefit, household } = await this.presentation(user, input);
    return {
      benefitId: benefit.id,
      qualifies: household !== null && meetsLevel(household.level as RatingLevel | null, benefit.minimumLevel as RatingLevel),
      checkedAt: clock.now().toISOString(),
    };
  }

  async recordUse(user: AuthUser, input: CardPresentationDto): Promise<BenefitUseDto> {
    const { benefit, household } = await this.presentation(user, input);
    if (household === null || !meetsLevel(household.level as RatingLevel | null, benefit.minimumLevel as RatingLevel)) {
      throw merchantProblems.notQualified();
    }
    const use = await this.work.run(async (tx) => {
      const created = tx.manager.create(BenefitUse, {
        id: randomUUID(),
        benefitId: benefit.id,
        merchantId: benefit.merchantId,
        householdId: household.id,
        communityCode: household.communityCode,
        levelAtUse: household.level!,
        actorId: user.id,
        usedAt: clock.now(),
        usedOn: clock.today(),
        recordedLate: false,
      });
      await tx.manager.insert(BenefitUse, created);
      await tx.audit('benefit.use', { type: 'benefit-use', id: created.id }, { benefitId: benefit.id, householdId: household.id });
      return created;
    });
    return BenefitUseDto.of(use, false);
  }

  /** Credit staff see uses at merchants of their area with the household; a merchant sees its own uses only. */
  async listUses(user: AuthUser, query: ListBenefitUsesQueryDto): Promise<Page<BenefitUseDto>> {
    const staff = user.roles.includes('credit-staff');
    const builder = this.dataSource.manager
      .createQueryBuilder(BenefitUse, 'u')
      .innerJoin(Merchant, 'm', 'm.id = u.merchant_id')
      .orderBy('u.position', 'DESC')
      .limit(query.limit + 1);
    if (staff) {
      if (!user.units.includes(ZONE_UNIT)) {
        builder.andWhere('(m.unit_code = ANY(:units) OR m.sub_district_code = ANY(:units) OR u.community_code = ANY(:units))', { units: user.units });
      }
    } else {
      builder.andWhere('m.account_id = :accountId', { accountId: user.id });
    }
    if (query.benefitId !== undefined) builder.andWhere('u.benefit_id = :benefitId', { benefitId: query.benefitId });
    if (query.cursor !== undefined) builder.andWhere('u.position < :position', { position: decodeCursor(query.cursor, 1)[0] });
    return toPage(
      await builder.getMany(),
      query.limit,
      (row) => [row.position],
      (row) => BenefitUseDto.of(row, staff),
    );
  }

  /**
   * A use from before the platform, entered by a records clerk of the household's community: dated on its business
   * day (not before the merchant signed), marked as recorded late, audited with the reason. The card's level back
   * then is unknown, so it is not checked and not stored.
   */
  async recordHistoricalUse(user: AuthUser, input: RecordHistoricalBenefitUseDto): Promise<BenefitUseDto> {
    assertHistoryDate(input.occurredOn, clock.today());
    const household = await this.dataSource.manager
      .createQueryBuilder(Household, 'h')
      .innerJoinAndMapOne('h.community', Community, 'c', 'c.code = h.community_code')
      .where('h.community_code = :communityCode AND h.household_number = :householdNumber', input)
      .getOne();
    const community = (household as (Household & { community: Community }) | null)?.community;
    if (household === null || community === undefined || !isStaffFor(user, community, 'records-clerk')) {
      throw creditProblems.householdNotFound();
    }
    const benefit = await this.dataSource.manager.findOneBy(Benefit, { code: input.benefitCode });
    if (benefit === null) throw merchantProblems.unknownBenefit(input.benefitCode);
    const merchant = await this.dataSource.manager.findOneByOrFail(Merchant, { id: benefit.merchantId });
    assertDateOrder([
      { name: 'merchant.signedOn', date: merchant.signedOn, label: 'the merchant signed on' },
      { name: 'occurredOn', date: input.occurredOn },
    ]);
    const use = await this.work.run(async (tx) => {
      const created = tx.manager.create(BenefitUse, {
        id: randomUUID(),
        benefitId: benefit.id,
        merchantId: benefit.merchantId,
        householdId: household.id,
        communityCode: household.communityCode,
        levelAtUse: null,
        actorId: user.id,
        usedAt: clock.now(),
        usedOn: input.occurredOn,
        recordedLate: true,
      });
      await tx.manager.insert(BenefitUse, created);
      await tx.audit(
        'benefit.use.record-history',
        { type: 'benefit-use', id: created.id },
        { benefitId: benefit.id, householdId: household.id, occurredOn: input.occurredOn, reason: input.reason },
      );
      return created;
    });
    return BenefitUseDto.of(use, true);
  }

  /** Back-dated uses by households of the clerk's communities, newest entry first. */
  async listHistoricalUses(user: AuthUser, query: PageQueryDto): Promise<Page<BenefitUseDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(BenefitUse, 'u')
      .where('u.recorded_late')
      .orderBy('u.position', 'DESC')
      .limit(query.limit + 1);
    restrictToCaller(builder, user, 'u.community_code');
    if (query.cursor !== undefined) builder.andWhere('u.position < :position', { position: decodeCursor(query.cursor, 1)[0] });
    return toPage(
      await builder.getMany(),
      query.limit,
      (row) => [row.position],
      (row) => BenefitUseDto.of(row, true),
    );
  }

  /**
   * Per benefit, from the uses by business date in the period (at most 100 benefits, by merchant and code). From the
   * start of the records to a day on or after every use (as of today, say), the running tallies answer; any other
   * period is counted from the uses. One query either way (two when the tallies do not answer).
   */
  async statistics(query: BenefitStatisticsQueryDto): Promise<BenefitStatisticsDto> {
    const period = reportingPeriodOf(query);
    const params = [period.from, period.to, query.merchantId ?? null, query.benefitCode ?? null];
    const rows = await talliedOrCounted<BenefitStatisticsRow>((sql, values) => this.dataSource.query(sql, values), BENEFIT_STATISTICS, params);
    return {
      period,
      benefits: rows.map((row) => ({
        merchantCode: row.merchant_code,
        merchantName: row.merchant_name,
        benefitId: row.id,
        benefitCode: row.code,
        title: row.title,
        uses: row.uses,
        households: row.households,
        recordedLateUses: row.late,
      })),
    };
  }

  // ── helpers ──

  /** The caller's own active benefit and the card's household; every failure looks the same to the merchant where it could leak. */
  private async presentation(user: AuthUser, input: CardPresentationDto): Promise<{ benefit: Benefit; household: Household | null }> {
    if ((input.cardNumber === undefined) === (input.qrPayload === undefined)) {
      throw ProblemException.validation([{ field: 'cardNumber', message: 'give exactly one of cardNumber and qrPayload' }]);
    }
    const merchant = await this.dataSource.manager.findOneBy(Merchant, { accountId: user.id });
    const benefit = await this.dataSource.manager.findOneBy(Benefit, { id: input.benefitId });
    if (merchant === null || benefit === null || benefit.merchantId !== merchant.id || !benefit.active) {
      throw merchantProblems.benefitNotFound();
    }
    // An unknown card number simply does not qualify, so merchants cannot probe which numbers exist.
    const household = await this.ratings.householdByCard(input).catch((error: unknown) => {
      if (ratingProblems.cardNotFound.is(error)) return null;
      throw error;
    });
    return { benefit, household };
  }

  private merchantScope(merchant: Merchant): CommunityScope {
    return { code: merchant.unitCode, subDistrictCode: merchant.subDistrictCode };
  }

  /** A community, or a sub-district that has credit communities. */
  private async unitScope(unitCode: string): Promise<CommunityScope> {
    const community = await this.dataSource.manager.findOneBy(Community, { code: unitCode });
    if (community !== null) return { code: community.code, subDistrictCode: community.subDistrictCode };
    const subDistrict = await this.dataSource.manager.findOneBy(Community, { subDistrictCode: unitCode });
    if (subDistrict !== null) return { code: unitCode, subDistrictCode: unitCode };
    throw merchantProblems.unitNotFound(unitCode);
  }
}
