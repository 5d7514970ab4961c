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

  /** The participant's ID-number look-up hash, kept so a resident registered later is matched; null on rows from before. */
  @Column({ name: 'resident_id_hash', type: 'text', nullable: true })
  residentIdHash!: string | null;

  @Column({ type: 'text', nullable: true })
  category!: string | null;

  @Column({ name: 'organisation_name', type: 'text', nullable: true })
  organisationName!: string | null;

  @Column({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
