import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A key project that needs land approved (用地报批). */
@Entity({ name: 'projects' })
export class Project {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  category!: string;

  /** Mu (亩) to 4 places; pg returns numeric as a string, so the value is never a float. */
  @Column({ name: 'requested_area_mu', type: 'numeric', precision: 14, scale: 4 })
  requestedAreaMu!: string;

  @Column({ type: 'text', nullable: true })
  purpose!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;
}
