import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'benefit_uses' })
export class BenefitUse {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  position!: string;

  @Column({ name: 'benefit_id', type: 'uuid' })
  benefitId!: string;

  @Column({ name: 'merchant_id', type: 'uuid' })
  merchantId!: string;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Column({ name: 'community_code', type: 'text' })
  communityCode!: string;

  /** The card's level when the merchant checked it; unknown (null) for history entered after the fact. */
  @Column({ name: 'level_at_use', type: 'text', nullable: true })
  levelAtUse!: string | null;

  /** Business date of the use (Asia/Shanghai). */
  @Column({ name: 'used_on', type: 'date' })
  usedOn!: string;

  /** Entered after the fact by a records clerk (history from before the platform), not recorded at the till. */
  @Column({ name: 'recorded_late', type: 'boolean', default: false })
  recordedLate!: boolean;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ name: 'used_at', type: 'timestamptz' })
  usedAt!: Date;
}
