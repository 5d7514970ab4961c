import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CalendarBasis } from '#working-calendar/core';
import type { AppealStatus } from './appeal-rules.js';

export const APPEAL_ENTRY_CONSTRAINT = 'appeals_entry_key';

/** A resident's appeal (申诉) against a deduction; an upheld appeal reverses the entry. */
@Entity({ name: 'appeals' })
export class Appeal {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  position!: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId!: string;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId!: string;

  @Column({ name: 'community_code', type: 'text' })
  communityCode!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'filed_by', type: 'text' })
  filedBy!: string;

  @Column({ name: 'filed_on', type: 'date' })
  filedOn!: string;

  /** The decision is due by this day. */
  @Column({ name: 'deadline', type: 'date' })
  dueOn!: string;

  /** The calendar basis dueOn was counted on (from filedOn). */
  @Column({ name: 'deadline_basis', type: 'text', default: 'official' })
  dueBasis!: CalendarBasis;

  @Column({ type: 'text' })
  status!: AppealStatus;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'reversal_entry_id', type: 'uuid', nullable: true })
  reversalEntryId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
