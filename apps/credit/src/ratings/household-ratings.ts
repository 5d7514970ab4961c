import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CreditRatingChanged } from '#contracts';
import type { Transaction } from '#messaging';
import { clock } from '#platform';
import { Household } from '../registry/household.entity.js';
import { HouseholdRatingChange } from './household-rating-change.entity.js';
import { RatingThreshold } from './rating-threshold.entity.js';
import { creditProblems } from '../shared/credit-problems.js';
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
  async refresh(tx: Transaction, householdId: string, causeEntryId: string | null): Promise<Household> {
    const cause = causeEntryId === null ? 'move' : 'ledger';
    const household = await tx.manager.findOne(Household, { where: { id: householdId }, lock: { mode: 'for_no_key_update' } });
    if (household === null) throw creditProblems.householdNotFound(householdId);
    const [{ score }] = (await tx.manager.query(`SELECT COALESCE(SUM(earned - deducted), 0)::int AS score FROM residents WHERE household_id = $1`, [
      householdId,
    ])) as [{ score: number }];
    const level = ratingLevelFor(score, await this.thresholds(tx.manager));
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

  /**
   * Re-rates every household after new thresholds, set-based: the households are locked in id order, one query
   * then sums every score, one UPDATE writes the households whose score or level moved, and the level changes are
   * recorded, announced and audited with one INSERT each, as {@link refresh} would one by one.
   */
  async rerateAll(tx: Transaction, thresholds: RatingThresholds): Promise<void> {
    await tx.manager.query(`SELECT id FROM households ORDER BY id FOR NO KEY UPDATE`);
    // A statement of its own, so that it sees what writers the lock waited for committed.
    const households: { id: string; community_code: string; level: RatingLevel | null; stored_score: number; score: number }[] = await tx.manager.query(
      `SELECT h.id, h.community_code, h.level, h.score AS stored_score, COALESCE(SUM(r.earned - r.deducted), 0)::int AS score
         FROM households h LEFT JOIN residents r ON r.household_id = h.id
        GROUP BY h.id ORDER BY h.id`,
    );
    const now = clock.now();
    const rated = households.map((household) => ({ ...household, newLevel: ratingLevelFor(household.score, thresholds) }));
    const moved = rated.filter((household) => household.newLevel !== household.level);
    const changed = rated.filter((household) => household.newLevel !== household.level || household.score !== household.stored_score);
    if (changed.length === 0) return;
    await tx.manager.query(
      `UPDATE households h SET score = c.score, level = c.level, level_changed_at = CASE WHEN c.moved THEN $2 ELSE h.level_changed_at END
         FROM jsonb_to_recordset($1::jsonb) AS c (id uuid, score integer, level text, moved boolean)
        WHERE h.id = c.id`,
      [
        JSON.stringify(
          changed.map((household) => ({ id: household.id, score: household.score, level: household.newLevel, moved: household.newLevel !== household.level })),
        ),
        now,
      ],
    );
    if (moved.length === 0) return;
    await tx.manager.insert(
      HouseholdRatingChange,
      moved.map((household) => ({
        id: randomUUID(),
        householdId: household.id,
        fromLevel: household.level,
        toLevel: household.newLevel,
        score: household.score,
        cause: 'thresholds',
        causeEntryId: null,
        changedAt: now,
      })),
    );
    await tx.publishAll(
      CreditRatingChanged,
      moved.map((household) => ({
        subject: household.id,
        data: {
          householdId: household.id,
          communityCode: household.community_code,
          fromLevel: household.level,
          toLevel: household.newLevel,
          score: household.score,
          changedAt: now.toISOString(),
        },
      })),
    );
    await tx.auditAll(
      'household.rating-change',
      moved.map((household) => ({
        target: { type: 'household', id: household.id },
        details: { fromLevel: household.level, toLevel: household.newLevel, score: household.score, cause: 'thresholds' },
      })),
    );
  }
}
