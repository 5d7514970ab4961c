import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One attributable write: who, in which roles and units, under which request, did what to what. */
@Entity({ name: 'audit_log' })
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName!: string | null;

  @Column({ name: 'actor_kind', type: 'text' })
  actorKind!: string;

  @Column({ name: 'actor_roles', type: 'text', array: true })
  actorRoles!: string[];

  @Column({ name: 'actor_units', type: 'text', array: true })
  actorUnits!: string[];

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  /** The request that started the chain (see RequestContext.correlationId); NULL on rows written before it was kept. */
  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'target_type', type: 'text' })
  targetType!: string;

  @Column({ name: 'target_id', type: 'text' })
  targetId!: string;

  @Column({ type: 'jsonb', nullable: true })
  details!: Record<string, unknown> | null;
}
