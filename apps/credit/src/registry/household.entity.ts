import { Column, Entity, PrimaryColumn } from 'typeorm';

export const HOUSEHOLD_NUMBER_CONSTRAINT = 'households_number_key';
export const HOUSEHOLD_CARD_CONSTRAINT = 'households_card_number_key';

/** A household (户): the unit that is rated and holds the credit service level card. */
@Entity({ name: 'households' })
export class Household {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'community_code', type: 'text' })
  communityCode!: string;

  @Column({ name: 'household_number', type: 'text' })
  householdNumber!: string;

  @Column({ name: 'card_number', type: 'text' })
  cardNumber!: string;

  /** Sum of the current members' credit scores. */
  @Column({ type: 'integer', default: 0 })
  score!: number;

  @Column({ type: 'text', nullable: true })
  level!: string | null;

  @Column({ name: 'level_changed_at', type: 'timestamptz', nullable: true })
  levelChangedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
