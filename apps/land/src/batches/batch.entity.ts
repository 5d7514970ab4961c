import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BatchStatus } from './batch-lifecycle.js';

/** An approval batch (报批批次). Its area is never stored: it is the SQL sum of its parcels. */
@Entity({ name: 'batches' })
export class Batch {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** `tracked` batches run through the lifecycle here; `recorded` ones were approved before and entered as history. */
  @Column({ type: 'text' })
  origin!: 'tracked' | 'recorded';

  @Column({ type: 'text' })
  status!: BatchStatus;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: string;

  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate!: string | null;

  @Column({ name: 'legal_deadline', type: 'date', nullable: true })
  legalDueOn!: string | null;

  @Column({ name: 'approving_authority', type: 'text', nullable: true })
  approvingAuthority!: string | null;

  @Column({ name: 'document_number', type: 'text', nullable: true })
  documentNumber!: string | null;

  /** Day of the approval or rejection. */
  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: string | null;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
