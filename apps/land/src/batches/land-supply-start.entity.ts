import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Land supply (供地) started for a project: at most one row per project. */
@Entity({ name: 'land_supply_starts' })
export class LandSupplyStart {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'batch_id', type: 'uuid' })
  batchId!: string;

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
