import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { UnitOfWork, type Transaction } from '#messaging';
import { clock, currentRequestContext, type AuthUser } from '#platform';
import { Indicator } from '../indicators/indicator.entity.js';
import { Resident } from '../registry/resident.entity.js';
import { RegistryService } from '../registry/registry.service.js';
import { LedgerWriter } from './ledger-writer.js';
import { ledgerProblems } from './ledger-problems.js';
import { applicationConflict, EVENT_INDICATOR_CODES, matchesRegisteredResident, SKIPPED_OUTCOMES, volunteerAwardKey } from './volunteer-matching.js';
import { VolunteerParticipation, type ParticipationOutcome } from './volunteer-participation.entity.js';

/** How an award came about, for the ledger entry's source and actor. */
export interface AwardOrigin {
  source: 'event' | 'staff';
  sourceRef: string;
  actorId: string;
}

export interface AwardOutcome {
  outcome: ParticipationOutcome;
  ledgerEntryId: string | null;
}

/**
 * Awards a party volunteer participation to a resident: on the event when credit knows the participant, when
 * the resident is registered later (matched on the ID-number hash), or when staff apply it. All three use the
 * same ledger key, so a participation is awarded at most once.
 */
@Injectable()
export class VolunteerAwards implements OnModuleInit {
  constructor(
    private readonly writer: LedgerWriter,
    private readonly registry: RegistryService,
    private readonly work: UnitOfWork,
  ) {}

  onModuleInit(): void {
    this.registry.onResidentRegistered((tx, residents) => this.matchRegistered(tx, residents));
  }

  /** Indicator of an activity category; null for a category without one (or one not in the catalogue). */
  async indicatorFor(manager: EntityManager, category: string | null): Promise<Indicator | null> {
    const code = category === null ? undefined : EVENT_INDICATOR_CODES[category];
    return code === undefined ? null : manager.findOneBy(Indicator, { code });
  }

  async award(
    tx: Transaction,
    participation: Pick<VolunteerParticipation, 'activityId' | 'activityTitle' | 'heldOn' | 'organisationName'>,
    indicator: Indicator | null,
    resident: Resident,
    origin: AwardOrigin,
  ): Promise<AwardOutcome> {
    if (indicator === null) return { outcome: 'indicator-unavailable', ledgerEntryId: null };
    try {
      const result = await this.writer.append(tx, {
        residentId: resident.id,
        indicator,
        occurredOn: participation.heldOn,
        reason: participation.organisationName === null ? participation.activityTitle : `${participation.organisationName}：${participation.activityTitle}`,
        evidence: `volunteer-activity:${participation.activityId}`,
        ...origin,
        idempotencyKey: volunteerAwardKey(participation.activityId, resident.id),
      });
      return { outcome: result.replayed ? 'already-awarded' : 'awarded', ledgerEntryId: result.entry.id };
    } catch (error) {
      const skipped = SKIPPED_OUTCOMES.find(({ problem }) => problem.is(error));
      if (skipped === undefined) throw error;
      return { outcome: skipped.outcome, ledgerEntryId: null };
    }
  }

  /** In the registration's transaction: awards the new residents' pending participations, found in one query. */
  async matchRegistered(tx: Transaction, residents: Resident[]): Promise<void> {
    const byHash = new Map(residents.map((resident) => [resident.idNumberHash, resident]));
    const pending = await tx.manager.find(VolunteerParticipation, {
      where: { outcome: 'unmatched', residentIdHash: In([...byHash.keys()]) },
      lock: { mode: 'pessimistic_write' },
    });
    // The few categories' indicators, read once for the whole batch.
    const indicators = new Map<string | null, Indicator | null>();
    for (const category of new Set(pending.map((participation) => participation.category)))
      indicators.set(category, await this.indicatorFor(tx.manager, category));
    for (const participation of pending) {
      const resident = byHash.get(participation.residentIdHash!);
      if (resident === undefined || !matchesRegisteredResident(participation, resident.idNumberHash)) continue;
      const result = await this.award(tx, participation, indicators.get(participation.category) ?? null, resident, {
        source: 'event',
        sourceRef: `volunteer-participation:${participation.activityId}:${participation.participantId}`,
        actorId: currentRequestContext()?.user?.id ?? 'system',
      });
      await this.settle(tx, participation, resident, result, 'matched-on-registration');
    }
  }

  /** Staff apply an unmatched participation to a resident; 409 once it has been applied. */
  async apply(user: AuthUser, activityId: string, participantId: string, residentId: string, note: string | undefined): Promise<VolunteerParticipation> {
    await this.registry.residentFor(user, residentId);
    return this.work.run(async (tx) => {
      const participation = await tx.manager.findOne(VolunteerParticipation, { where: { activityId, participantId }, lock: { mode: 'pessimistic_write' } });
      if (participation === null) {
        throw ledgerProblems.participationNotFound(activityId, participantId);
      }
      const conflict = applicationConflict(participation);
      if (conflict !== undefined) throw ledgerProblems.participationAlreadyApplied({ conflict, outcome: participation.outcome });
      const resident = await tx.manager.findOneByOrFail(Resident, { id: residentId });
      const result = await this.award(tx, participation, await this.indicatorFor(tx.manager, participation.category), resident, {
        source: 'staff',
        sourceRef: `volunteer-participation:${activityId}:${participantId}`,
        actorId: user.id,
      });
      return this.settle(tx, participation, resident, result, 'applied-by-staff', note);
    });
  }

  private async settle(
    tx: Transaction,
    participation: VolunteerParticipation,
    resident: Resident,
    result: AwardOutcome,
    how: string,
    note?: string,
  ): Promise<VolunteerParticipation> {
    const settled = { residentId: resident.id, communityCode: resident.communityCode, outcome: result.outcome, ledgerEntryId: result.ledgerEntryId };
    await tx.manager.update(VolunteerParticipation, { activityId: participation.activityId, participantId: participation.participantId }, settled);
    await tx.audit(
      'volunteer-participation.apply',
      { type: 'volunteer-participation', id: `${participation.activityId}:${participation.participantId}` },
      {
        how,
        residentId: resident.id,
        outcome: result.outcome,
        ledgerEntryId: result.ledgerEntryId,
        ...(note === undefined ? {} : { note }),
        at: clock.now().toISOString(),
      },
    );
    return { ...participation, ...settled };
  }
}
