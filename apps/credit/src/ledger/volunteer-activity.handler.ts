import { Injectable, type OnModuleInit } from '@nestjs/common';
import { VolunteerActivityRecorded } from '#contracts';
import { defineHandler, EventHandlerRegistry, Transaction } from '#messaging';
import { clock, ProblemException } from '#platform';
import { Indicator } from '../indicators/indicator.entity.js';
import { Resident } from '../residents/registry.entities.js';
import { LedgerWriter } from './ledger-writer.js';
import { VolunteerParticipation, type ParticipationOutcome } from './volunteer-participation.entity.js';

/** The catalogue item each party activity category earns (党建引领志愿服务 → 志愿活动 etc.). */
export const EVENT_INDICATOR_CODES: Readonly<Record<string, string>> = {
  'volunteer-activities': 'VOL-01',
  'public-security': 'SEC-01',
  'public-welfare': 'WEL-01',
};

const SKIPPED: Readonly<Record<string, ParticipationOutcome>> = {
  'indicator-limit-reached': 'limit-reached',
  'indicator-retired': 'indicator-unavailable',
};

/**
 * Awards the category's indicator to every participant the credit service knows, once per activity and
 * resident: the inbox skips redelivered events, and the ledger key `volunteer-activity:<activity>:<resident>`
 * skips the same activity published again under a new event id. Unmatched participants are recorded.
 */
@Injectable()
export class VolunteerActivityHandler implements OnModuleInit {
  constructor(
    private readonly registry: EventHandlerRegistry,
    private readonly writer: LedgerWriter,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      defineHandler({
        name: 'volunteer-activities',
        events: [VolunteerActivityRecorded],
        handle: async (envelope, manager) => {
          const tx = new Transaction(manager);
          const activity = envelope.data;
          const code = EVENT_INDICATOR_CODES[activity.category];
          const indicator = code === undefined ? null : await manager.findOneBy(Indicator, { code });
          for (const participant of activity.participants) {
            const exists = await manager.findOneBy(VolunteerParticipation, { activityId: activity.activityId, participantId: participant.participantId });
            if (exists !== null) continue;
            const resident = await manager.findOneBy(Resident, { idNumberHash: participant.residentIdHash });
            let outcome: ParticipationOutcome = 'unmatched';
            let ledgerEntryId: string | null = null;
            if (resident !== null && indicator === null) outcome = 'indicator-unavailable';
            else if (resident !== null && indicator !== null) {
              try {
                const result = await this.writer.append(tx, {
                  residentId: resident.id,
                  movement: { kind: 'award', amount: indicator.points },
                  indicator,
                  occurredOn: activity.heldOn,
                  reason: `${activity.organisationName}：${activity.title}`,
                  evidence: `volunteer-activity:${activity.activityId}`,
                  source: 'event',
                  sourceRef: `${envelope.type}:${envelope.id}`,
                  actorId: `event:${envelope.source}`,
                  idempotencyKey: `volunteer-activity:${activity.activityId}:${resident.id}`,
                });
                outcome = result.replayed ? 'already-awarded' : 'awarded';
                ledgerEntryId = result.entry.id;
              } catch (error) {
                // Rule refusals are outcomes to show staff, not failures to retry; anything else retries.
                const slug = error instanceof ProblemException ? error.problem.type.split(':').at(-1)! : '';
                if (SKIPPED[slug] === undefined) throw error;
                outcome = SKIPPED[slug];
              }
            }
            await manager.insert(VolunteerParticipation, {
              activityId: activity.activityId,
              participantId: participant.participantId,
              communityCode: resident?.communityCode ?? activity.communityCode,
              activityTitle: activity.title,
              heldOn: activity.heldOn,
              maskedName: participant.maskedName,
              residentId: resident?.id ?? null,
              outcome,
              ledgerEntryId,
              eventId: envelope.id,
              recordedAt: clock.now(),
            });
          }
          await tx.audit('volunteer-activity.apply', { type: 'volunteer-activity', id: activity.activityId }, { eventId: envelope.id, participants: activity.participants.length, indicatorCode: indicator?.code ?? null });
        },
      }),
    );
  }
}
