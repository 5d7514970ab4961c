import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'redemption_orders' })
export class RedemptionOrder {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  position!: string;

  @Column({ name: 'goods_id', type: 'uuid' })
  goodsId!: string;

  @Column({ name: 'goods_name', type: 'text' })
  goodsName!: string;

  @Column({ name: 'community_code', type: 'text' })
  communityCode!: string;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId!: string;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ type: 'integer' })
  points!: number;

  @Column({ type: 'text' })
  status!: 'completed' | 'cancelled';

  @Column({ name: 'ledger_entry_id', type: 'uuid' })
  ledgerEntryId!: string;

  @Column({ name: 'reversal_entry_id', type: 'uuid', nullable: true })
  reversalEntryId!: string | null;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Business date of the exchange (Asia/Shanghai); statistics count the order on this day. */
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  /** Entered after the fact by a records clerk (history from before the platform); took no stock. */
  @Column({ name: 'recorded_late', type: 'boolean', default: false })
  recordedLate!: boolean;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;
}
