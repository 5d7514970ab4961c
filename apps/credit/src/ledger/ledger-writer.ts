import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CreditPointsAwarded, CreditPointsDeducted, CreditPointsReversed } from '#contracts';
import type { Transaction } from '#messaging';
import { clock } from '#platform';
import { indicatorVersionOn } from '../indicators/indicator-version-lookup.js';
import type { IndicatorVersion } from '../indicators/indicator-version.entity.js';
import type { Indicator } from '../indicators/indicator.entity.js';
import { HouseholdRatings } from '../ratings/household-ratings.js';
import { Resident } from '../registry/resident.entity.js';
import { creditProblems } from '../shared/credit-problems.js';
import { LedgerEntry } from './ledger-entry.entity.js';
import { ledgerProblems } from './ledger-problems.js';
import {
  applyMovement,
  creditScore,
  deltasOf,
  indicatorMovement,
  redemptionProblem,
  scoringPeriodOf,
  spendableBalance,
  withinLimit,
  type EntryMovement,
} from './ledger-rules.js';

/**
 * What the entry moves: an indicator, whose version in effect on `occurredOn` decides award or deduction and the
 * points, or a movement stated outright (redemptions; with `reverses`, the movement of the reversed entry).
 */
type AppendWhat = { indicator: Indicator; movement?: never; reverses?: never } | { movement: EntryMovement; indicator?: never; reverses?: LedgerEntry };

export type AppendCommand = AppendWhat & {
  residentId: string;
  occurredOn: string;
  reason: string;
  evidence: string | null;
  source: 'staff' | 'event' | 'redemption';
  sourceRef: string | null;
  actorId: string;
  /** Same key, same entry: a repeat returns the first entry instead of appending again. */
  idempotencyKey: string | null;
};

export interface AppendResult {
  entry: LedgerEntry;
  replayed: boolean;
}

/**
 * The only way entries are written. Every append locks the resident's row (which holds the running
 * totals) before reading anything, so concurrent writes for one resident serialise: limits, balances
 * and idempotency checks all see the previous writer's committed result.
 */
@Injectable()
export class LedgerWriter {
  constructor(private readonly ratings: HouseholdRatings) {}

  async append(tx: Transaction, command: AppendCommand): Promise<AppendResult> {
    // FOR NO KEY UPDATE, not FOR UPDATE: it serialises writers but not the KEY SHARE locks that
    // foreign-key checks take, which would otherwise deadlock two members' writes on their household.
    const resident = await tx.manager.findOne(Resident, { where: { id: command.residentId }, lock: { mode: 'for_no_key_update' } });
    if (resident === null) throw creditProblems.residentNotFound(command.residentId);
    if (command.idempotencyKey !== null) {
      const existing = await tx.manager.findOneBy(LedgerEntry, { idempotencyKey: command.idempotencyKey });
      if (existing !== null) {
        if (existing.residentId !== resident.id) {
          throw ledgerProblems.idempotencyKeyReused();
        }
        return { entry: existing, replayed: true };
      }
    }
    const reverse = command.reverses !== undefined;
    const period = scoringPeriodOf(command.occurredOn);
    const indicator = command.indicator;
    const { movement, version } =
      command.indicator === undefined
        ? { movement: command.movement, version: undefined }
        : await this.indicatorTerms(tx, command.indicator, command.occurredOn);
    if (indicator !== undefined) {
      if (!indicator.active) throw ledgerProblems.indicatorRetired(indicator.code);
      const standing = await this.standingInPeriod(tx, resident.id, indicator.id, period, movement.kind);
      if (!withinLimit(indicator.limitPerPeriod, standing)) {
        throw ledgerProblems.indicatorLimitReached({ indicatorCode: indicator.code, limitPerPeriod: indicator.limitPerPeriod, period, standing });
      }
    }
    if (!reverse && movement.kind === 'redemption') {
      const problem = redemptionProblem(resident, movement.amount);
      if (problem !== undefined) throw ledgerProblems.insufficientBalance(problem);
    }
    const totals = applyMovement(resident, movement, reverse);
    const { scoreDelta, balanceDelta } = deltasOf(movement, reverse);
    await tx.manager.update(
      Resident,
      { id: resident.id },
      { earned: totals.earned, deducted: totals.deducted, redeemed: totals.redeemed, updatedAt: clock.now() },
    );
    const entry = tx.manager.create(LedgerEntry, {
      id: randomUUID(),
      residentId: resident.id,
      householdId: resident.householdId,
      communityCode: resident.communityCode,
      kind: reverse ? 'reversal' : movement.kind,
      movement: movement.kind,
      amount: movement.amount,
      scoreDelta,
      balanceDelta,
      indicatorId: indicator?.id ?? command.reverses?.indicatorId ?? null,
      indicatorCode: indicator?.code ?? command.reverses?.indicatorCode ?? null,
      category: indicator?.category ?? command.reverses?.category ?? null,
      indicatorVersion: version?.version ?? command.reverses?.indicatorVersion ?? null,
      period,
      occurredOn: command.occurredOn,
      reason: command.reason,
      evidence: command.evidence,
      source: command.source,
      sourceRef: command.sourceRef,
      actorId: command.actorId,
      idempotencyKey: command.idempotencyKey,
      reversesEntryId: command.reverses?.id ?? null,
      scoreAfter: creditScore(totals),
      balanceAfter: spendableBalance(totals),
      recordedAt: clock.now(),
    });
    await tx.manager.insert(LedgerEntry, entry);
    await tx.audit(
      `ledger.${entry.kind}`,
      { type: 'ledger-entry', id: entry.id },
      {
        residentId: resident.id,
        indicatorCode: entry.indicatorCode,
        indicatorVersion: entry.indicatorVersion,
        scoreDelta,
        balanceDelta,
        source: entry.source,
        reversesEntryId: entry.reversesEntryId,
      },
    );
    await this.publish(tx, entry);
    if (scoreDelta !== 0) await this.ratings.refresh(tx, resident.householdId, entry.id);
    return { entry, replayed: false };
  }

  /** The indicator version in effect on the entry's day, and what its points move. */
  private async indicatorTerms(tx: Transaction, indicator: Indicator, occurredOn: string): Promise<{ movement: EntryMovement; version: IndicatorVersion }> {
    const version = await indicatorVersionOn(tx.manager, indicator.id, occurredOn);
    return { movement: indicatorMovement(version.points), version };
  }

  /** Entries of this indicator in the period that still stand (not reversed). */
  private async standingInPeriod(tx: Transaction, residentId: string, indicatorId: string, period: string, kind: EntryMovement['kind']): Promise<number> {
    const [{ count }] = (await tx.manager.query(
      `SELECT count(*)::int AS count FROM ledger_entries e
       WHERE e.resident_id = $1 AND e.indicator_id = $2 AND e.period = $3 AND e.kind = $4
         AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = e.id)`,
      [residentId, indicatorId, period, kind],
    )) as [{ count: number }];
    return count;
  }

  private async publish(tx: Transaction, entry: LedgerEntry): Promise<void> {
    if (entry.movement === 'redemption') return; // redemption events belong to the order
    const data = {
      entryId: entry.id,
      residentId: entry.residentId,
      householdId: entry.householdId,
      communityCode: entry.communityCode,
      indicatorCode: entry.indicatorCode,
      category: entry.category,
      points: entry.scoreDelta,
      reason: entry.reason,
      source: entry.source === 'event' ? ('event' as const) : ('staff' as const),
      scoreAfter: entry.scoreAfter,
      balanceAfter: entry.balanceAfter,
      occurredOn: entry.occurredOn,
      recordedAt: entry.recordedAt.toISOString(),
    };
    if (entry.kind === 'reversal')
      await tx.publish(CreditPointsReversed, entry.residentId, { ...data, kind: 'reversal', reversedEntryId: entry.reversesEntryId! });
    else if (entry.kind === 'award') await tx.publish(CreditPointsAwarded, entry.residentId, { ...data, kind: 'award' });
    else await tx.publish(CreditPointsDeducted, entry.residentId, { ...data, kind: 'deduction' });
  }
}
