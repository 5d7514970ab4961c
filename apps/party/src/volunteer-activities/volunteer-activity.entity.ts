import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A volunteer activity a Party organisation held; one per organisation, day and title. */
@Entity({ name: 'volunteer_activities' })
export class VolunteerActivity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  category!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ name: 'community_code', type: 'text' })
  communityCode!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;
}
