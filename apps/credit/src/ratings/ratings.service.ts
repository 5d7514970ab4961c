import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UnitOfWork } from '#messaging';
import {
  changedFields,
  clock,
  decodeCursor,
  renderQrImage,
  SERVICE_CONFIG,
  toPage,
  type AuthUser,
  type Page,
  type QrImage,
  type QrImageQueryDto,
  type ServiceConfig,
} from '#platform';
import { shanghaiDayEndExclusive } from '#working-calendar/core';
import { Household } from '../registry/household.entity.js';
import { RegistryService } from '../registry/registry.service.js';
import { CARD_QR_TTL_SECONDS, deriveCardKey, signCardToken, verifyCardToken, type CardTokenCheck } from './card-token.js';
import { RatingChangeDto, type RatingExplanationDto, type RatingThresholdsDto, type ServiceCardDto } from './dto/rating.dto.js';
import type { RatingLevelStatisticsDto, RatingLevelStatisticsQueryDto } from './dto/rating-statistics.dto.js';
import { HouseholdRatings } from './household-ratings.js';
import { HouseholdRatingChange } from './household-rating-change.entity.js';
import { RatingThreshold } from './rating-threshold.entity.js';
import { ratingProblems } from './rating-problems.js';
import { nextLevelGap, RATING_LEVELS, thresholdsProblem, type RatingThresholds } from './rating-rules.js';
import { RATING_LEVEL_STATISTICS, talliedOrCounted, type RatingLevelStatisticsRow } from '../shared/tallied-statistics.js';

/** The problem each way a presented card QR code can fail verification answers with. */
const CARD_QR_PROBLEMS = {
  malformed: ratingProblems.cardQrMalformed,
  'bad-signature': ratingProblems.cardQrBadSignature,
  expired: ratingProblems.cardQrExpired,
} satisfies Record<Extract<CardTokenCheck, { ok: false }>['reason'], unknown>;

@Injectable()
export class RatingsService {
  /** A key of its own for card QR codes, derived from the configured PII hash key (no extra setting needed). */
  private readonly cardKey: Buffer;

  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ratings: HouseholdRatings,
    private readonly registry: RegistryService,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
  ) {
    this.cardKey = deriveCardKey(config.pii.hashKey);
  }

  /**
   * Households per level and community at the end of `asOf`: each household at the level of its last rating change
   * recorded by then (none: unrated). Rating changes are stamped when the platform recomputes the level, so a
   * back-dated ledger entry moves the level from the day it was entered, not from its business date. When every
   * household of the communities was created and last changed level before then (as of today, say), the running
   * tallies of the stored levels answer; otherwise the rating history is read. One query (two for a past day).
   */
  async levelStatistics(query: RatingLevelStatisticsQueryDto): Promise<RatingLevelStatisticsDto> {
    const asOf = query.asOf ?? clock.today();
    const params = [shanghaiDayEndExclusive(asOf), query.communityCode ?? null, query.subDistrictCode ?? null];
    const rows = await talliedOrCounted<RatingLevelStatisticsRow>((sql, values) => this.dataSource.query(sql, values), RATING_LEVEL_STATISTICS, params);
    return {
      asOf,
      communities: rows.map((row) => ({
        subDistrictCode: row.sub_district_code,
        subDistrictName: row.sub_district_name,
        communityCode: row.code,
        communityName: row.name,
        households: row.households,
        unratedHouseholds: row.unrated,
        levelAHouseholds: row.a,
        levelAAHouseholds: row.aa,
        levelAAAHouseholds: row.aaa,
      })),
    };
  }

  thresholds(): Promise<RatingThresholds> {
    return this.ratings.thresholds(this.dataSource.manager);
  }

  /** New thresholds apply at once: every household is re-rated and level changes recorded. */
  async setThresholds(input: RatingThresholdsDto): Promise<RatingThresholds> {
    const thresholds: RatingThresholds = { A: input.A, AA: input.AA, AAA: input.AAA };
    const problem = thresholdsProblem(thresholds);
    if (problem !== undefined) throw ratingProblems.invalidThresholds(problem);
    await this.work.run(async (tx) => {
      const now = clock.now();
      const before = await this.ratings.thresholds(tx.manager);
      for (const level of RATING_LEVELS) {
        await tx.manager.upsert(RatingThreshold, { level, minScore: thresholds[level], updatedAt: now }, ['level']);
      }
      await tx.audit('rating-thresholds.set', { type: 'rating-thresholds', id: 'household' }, { ...thresholds, changes: changedFields(before, thresholds) });
      await this.ratings.rerateAll(tx, thresholds);
    });
    return thresholds;
  }

  async explain(user: AuthUser, householdId: string): Promise<RatingExplanationDto> {
    const household = await this.registry.householdFor(user, householdId);
    const thresholds = await this.thresholds();
    // Current members' entries: the household score is the sum of their scores, so these explain it.
    const rows: { indicator_code: string | null; category: string | null; points: number; entries: number }[] = await this.dataSource.query(
      `SELECT e.indicator_code, e.category, SUM(e.score_delta)::int AS points, count(*)::int AS entries
       FROM ledger_entries e JOIN residents r ON r.id = e.resident_id
       WHERE r.household_id = $1 AND e.score_delta <> 0
       GROUP BY e.indicator_code, e.category
       HAVING SUM(e.score_delta) <> 0
       ORDER BY abs(SUM(e.score_delta)) DESC, e.indicator_code`,
      [householdId],
    );
    return {
      householdId,
      score: household.score,
      level: household.level,
      thresholds,
      nextLevel: nextLevelGap(household.score, thresholds),
      contributions: rows.map((row) => ({ indicatorCode: row.indicator_code, category: row.category, points: row.points, entries: row.entries })),
    };
  }

  async changes(user: AuthUser, householdId: string, limit: number, cursor?: string): Promise<Page<RatingChangeDto>> {
    await this.registry.householdFor(user, householdId);
    const builder = this.dataSource.manager
      .createQueryBuilder(HouseholdRatingChange, 'c')
      .where('c.household_id = :householdId', { householdId })
      .orderBy('c.position', 'DESC')
      .limit(limit + 1);
    if (cursor !== undefined) builder.andWhere('c.position < :position', { position: decodeCursor(cursor, 1)[0] });
    return toPage(await builder.getMany(), limit, (row) => [row.position], RatingChangeDto.of);
  }

  /** The card with a freshly signed QR payload; members of the household and its staff only. */
  async card(user: AuthUser, householdId: string): Promise<ServiceCardDto> {
    const household = await this.registry.householdFor(user, householdId);
    // Whole seconds, as the signed payload carries it, so the stated expiry is the one merchants meet.
    const expiresAt = new Date(Math.floor(clock.now().getTime() / 1000) * 1000 + CARD_QR_TTL_SECONDS * 1000);
    return {
      cardNumber: household.cardNumber,
      level: household.level,
      qrPayload: signCardToken(this.cardKey, household.cardNumber, expiresAt),
      expiresAt: expiresAt.toISOString(),
    };
  }

  /** The card's signed payload as a QR image, for the same callers as the card. */
  async cardQr(user: AuthUser, householdId: string, image: QrImageQueryDto): Promise<{ image: QrImage; expiresAt: string }> {
    const card = await this.card(user, householdId);
    return { image: await renderQrImage(card.qrPayload, image), expiresAt: card.expiresAt };
  }

  /** Resolves a card number or a QR payload to the household; merchants learn only what verification returns. */
  async householdByCard(input: { cardNumber?: string; qrPayload?: string }): Promise<Household> {
    let cardNumber = input.cardNumber;
    if (input.qrPayload !== undefined) {
      const check: CardTokenCheck = verifyCardToken(this.cardKey, input.qrPayload);
      if (!check.ok) throw CARD_QR_PROBLEMS[check.reason]();
      cardNumber = check.cardNumber;
    }
    const household = cardNumber === undefined ? null : await this.dataSource.manager.findOneBy(Household, { cardNumber });
    if (household === null) throw ratingProblems.cardNotFound();
    return household;
  }
}
