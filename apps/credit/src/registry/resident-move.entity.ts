import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'resident_moves' })
export class ResidentMove {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId!: string;

  @Column({ name: 'from_household_id', type: 'uuid' })
  fromHouseholdId!: string;

  @Column({ name: 'to_household_id', type: 'uuid' })
  toHouseholdId!: string;

  @Column({ name: 'moved_at', type: 'timestamptz' })
  movedAt!: Date;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;
}
