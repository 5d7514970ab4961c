import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One step of a worker demand's handling (planned, closed …), as it was recorded. */
@Entity({ name: 'worker_demand_steps' })
export class WorkerDemandStep {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'demand_id', type: 'uuid' })
  demandId!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
