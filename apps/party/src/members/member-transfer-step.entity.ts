import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One step in a transfer's history: an action by a side, or a due date moved by a calendar change. */
@Entity({ name: 'member_transfer_steps' })
export class MemberTransferStep {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'transfer_id', type: 'uuid' })
  transferId!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: string;

  @Column({ name: 'acted_on', type: 'date' })
  actedOn!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
