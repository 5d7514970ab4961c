import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A household's level changed: when, from what, to what, and why. */
@Entity({ name: 'household_rating_changes' })
export class HouseholdRatingChange {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  position!: string;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Column({ name: 'from_level', type: 'text', nullable: true })
  fromLevel!: string | null;

  @Column({ name: 'to_level', type: 'text', nullable: true })
  toLevel!: string | null;

  @Column({ type: 'integer' })
  score!: number;

  /** `ledger`, `move` or `thresholds`. */
  @Column({ type: 'text' })
  cause!: string;

  @Column({ name: 'cause_entry_id', type: 'uuid', nullable: true })
  causeEntryId!: string | null;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
