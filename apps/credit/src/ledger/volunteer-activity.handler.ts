import { Injectable, type OnModuleInit } from '@nestjs/common';
import { VolunteerActivityRecorded } from '#contracts';
import { defineHandler, EventHandlerRegistry, Transaction } from '#messaging';
import { clock } from '#platform';
import { Resident } from '../registry/resident.entity.js';
import { VolunteerAwards, type AwardOutcome } from './volunteer-awards.js';
import { VolunteerParticipation } from './volunteer-participation.entity.js';

/**
 * Awards the category's indicator to every participant the credit service knows, once per activity and
 * resident: the inbox skips redelivered events, and the ledger key `volunteer-activity:<activity>:<resident>`
 * skips the same activity published again under a new event id. Unmatched participants are recorded with
 * their ID-number hash and awarded when the resident is registered, or when staff apply them.
 */
@Injectable()
export class VolunteerActivityHandler implements OnModuleInit {
  constructor(
    private readonly registry: EventHandlerRegistry,
    private readonly awards: VolunteerAwards,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      defineHandler({
        name: 'volunteer-activities',
        events: [VolunteerActivityRecorded],
        handle: async (envelope, manager) => {
          const tx = new Transaction(manager);
          const activity = envelope.data;
          const indicator = await this.awards.indicatorFor(manager, activity.category);
          for (const participant of activity.participants) {
            const exists = await manager.findOneBy(VolunteerParticipation, { activityId: activity.activityId, participantId: participant.participantId });
            if (exists !== null) continue;
            const resident = await manager.findOneBy(Resident, { idNumberHash: participant.residentIdHash });
            const participation = {
              activityId: activity.activityId,
              activityTitle: activity.title,
              heldOn: activity.heldOn,
              organisationName: activity.organisationName,
            };
            const result: AwardOutcome =
              resident === null
                ? { outcome: 'unmatched', ledgerEntryId: null }
                : await this.awards.award(tx, participation, indicator, resident, {
                    source: 'event',
                    sourceRef: `${envelope.type}:${envelope.id}`,
                    actorId: `event:${envelope.source}`,
                  });
            await manager.insert(VolunteerParticipation, {
              ...participation,
              participantId: participant.participantId,
              communityCode: resident?.communityCode ?? activity.communityCode,
              maskedName: participant.maskedName,
              residentId: resident?.id ?? null,
              residentIdHash: participant.residentIdHash,
              category: activity.category,
              outcome: result.outcome,
              ledgerEntryId: result.ledgerEntryId,
              eventId: envelope.id,
              recordedAt: clock.now(),
            });
          }
          await tx.audit(
            'volunteer-activity.apply',
            { type: 'volunteer-activity', id: activity.activityId },
            { eventId: envelope.id, participants: activity.participants.length, indicatorCode: indicator?.code ?? null },
          );
        },
      }),
    );
  }
}
