import { Column, Entity, PrimaryColumn } from 'typeorm';

export const PARTICIPATION_OUTCOMES = ['awarded', 'already-awarded', 'unmatched', 'limit-reached', 'indicator-unavailable'] as const;
export type ParticipationOutcome = (typeof PARTICIPATION_OUTCOMES)[number];

/** What became of one participant of a party volunteer activity; unmatched ones wait here for staff. */
@Entity({ name: 'volunteer_participations' })
export class VolunteerParticipation {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  position!: string;

  @Column({ name: 'community_code', type: 'text' })
  communityCode!: string;

  @Column({ name: 'activity_title', type: 'text' })
  activityTitle!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ name: 'masked_name', type: 'text' })
  maskedName!: string;

  @Column({ name: 'resident_id', type: 'uuid', nullable: true })
  residentId!: string | null;

  @Column({ type: 'text' })
  outcome!: ParticipationOutcome;

  @Column({ name: 'ledger_entry_id', type: 'uuid', nullable: true })
  ledgerEntryId!: string | null;

  @Column({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
