import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A land-approval project as the land service announced it; read-only here, kept for disclosure. */
@Entity({ name: 'land_projects' })
export class LandProject {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  category!: string;

  /** Mu (亩) to 4 places; pg returns numeric as a string, so the value is never a float. */
  @Column({ name: 'requested_area_mu', type: 'numeric', precision: 14, scale: 4 })
  requestedAreaMu!: string;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;

  @Column({ name: 'last_event_id', type: 'text' })
  lastEventId!: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
