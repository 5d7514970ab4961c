import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CreditRatingChanged } from '#contracts';
import type { Transaction } from '#messaging';
import { clock, ProblemException } from '#platform';
import { Household } from '../residents/registry.entities.js';
import { HouseholdRatingChange, RatingThreshold } from './rating.entities.js';
import { DEFAULT_RATING_THRESHOLDS, RATING_LEVELS, ratingLevelFor, type RatingLevel, type RatingThresholds } from './rating-rules.js';

/** Keeps each household's score and level in step with its members' ledgers. */
@Injectable()
export class HouseholdRatings {
  async thresholds(manager: EntityManager): Promise<RatingThresholds> {
    const rows = await manager.find(RatingThreshold);
    const thresholds = { ...DEFAULT_RATING_THRESHOLDS };
    for (const row of rows) if ((RATING_LEVELS as readonly string[]).includes(row.level)) thresholds[row.level as RatingLevel] = row.minScore;
    return thresholds;
  }

  /**
   * Recomputes a household's score from its current members and records a level change. The household
   * row is locked first, so the sum is read after any concurrent writer for the same household commits.
   */
  async refresh(tx: Transaction, householdId: string, causeEntryId: string | null, cause = causeEntryId === null ? 'move' : 'ledger', thresholds?: RatingThresholds): Promise<Household> {
    const household = await tx.manager.findOne(Household, { where: { id: householdId }, lock: { mode: 'for_no_key_update' } });
    if (household === null) throw ProblemException.of(404, 'household-not-found', 'Household not found', `No household ${householdId}.`);
    const [{ score }] = (await tx.manager.query(`SELECT COALESCE(SUM(earned - deducted), 0)::int AS score FROM residents WHERE household_id = $1`, [householdId])) as [{ score: number }];
    const level = ratingLevelFor(score, thresholds ?? (await this.thresholds(tx.manager)));
    const now = clock.now();
    if (level !== household.level) {
      await tx.manager.insert(HouseholdRatingChange, {
        id: randomUUID(),
        householdId,
        fromLevel: household.level,
        toLevel: level,
        score,
        cause,
        causeEntryId,
        changedAt: now,
      });
      await tx.publish(CreditRatingChanged, householdId, {
        householdId,
        communityCode: household.communityCode,
        fromLevel: household.level as RatingLevel | null,
        toLevel: level,
        score,
        changedAt: now.toISOString(),
      });
      await tx.audit('household.rating-change', { type: 'household', id: householdId }, { fromLevel: household.level, toLevel: level, score, cause });
      household.level = level;
      household.levelChangedAt = now;
    }
    household.score = score;
    await tx.manager.update(Household, { id: householdId }, { score, level: household.level, levelChangedAt: household.levelChangedAt });
    return household;
  }
}
