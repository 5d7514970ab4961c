import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BatchStatus } from './batch-lifecycle.js';

/** Every status a batch entered, with the day: the source of time-per-stage. */
@Entity({ name: 'batch_transitions' })
export class BatchTransition {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'batch_id', type: 'uuid' })
  batchId!: string;

  @Column({ type: 'text' })
  status!: BatchStatus;

  @Column({ name: 'on_date', type: 'date' })
  onDate!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;
}
