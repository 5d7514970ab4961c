import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'batch_parcels' })
export class BatchParcel {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'batch_id', type: 'uuid' })
  batchId!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'parcel_code', type: 'text' })
  parcelCode!: string;

  @Column({ name: 'area_mu', type: 'numeric', precision: 14, scale: 4 })
  areaMu!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
