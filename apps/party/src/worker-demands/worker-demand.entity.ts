import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DemandStatus } from './demand-rules.js';

/** A demand collected from a new-employment group (couriers, riders …), followed until it is closed. */
@Entity({ name: 'worker_demands' })
export class WorkerDemand {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'worker_group', type: 'text' })
  workerGroup!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  details!: string;

  @Column({ type: 'text' })
  status!: DemandStatus;

  @Column({ type: 'text', nullable: true })
  plan!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ name: 'red_station_id', type: 'uuid', nullable: true })
  redStationId!: string | null;

  @Column({ name: 'collected_on', type: 'date' })
  collectedOn!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
