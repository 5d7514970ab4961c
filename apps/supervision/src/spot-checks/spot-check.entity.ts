import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CalendarBasis } from '#working-calendar/core';
import type { FindingKind, RectificationStatus } from './spot-check-rules.js';

@Entity({ name: 'spot_checks' })
export class SpotCheck {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  seed!: string;

  @Column({ name: 'unit_code', type: 'text', nullable: true })
  unitCode!: string | null;

  @Column({ name: 'item_code', type: 'text', nullable: true })
  itemCode!: string | null;

  @Column({ type: 'text', nullable: true })
  period!: string | null;

  @Column({ name: 'requested_size', type: 'int' })
  requestedSize!: number;

  @Column({ name: 'population_size', type: 'int' })
  populationSize!: number;

  @Column({ name: 'population_digest', type: 'text' })
  populationDigest!: string;

  @Column({ name: 'drawn_at', type: 'timestamptz' })
  drawnAt!: Date;

  @Column({ name: 'drawn_by', type: 'text' })
  drawnBy!: string;
}

@Entity({ name: 'spot_check_samples' })
export class SpotCheckSample {
  @PrimaryColumn({ name: 'spot_check_id', type: 'uuid' })
  spotCheckId!: string;

  @PrimaryColumn({ type: 'int' })
  position!: number;

  @Column({ name: 'disclosure_id', type: 'uuid' })
  disclosureId!: string;

  /** The version that was checked; later corrections do not change what was sampled. */
  @Column({ name: 'disclosure_version', type: 'int' })
  disclosureVersion!: number;
}

@Entity({ name: 'findings' })
export class Finding {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'spot_check_id', type: 'uuid' })
  spotCheckId!: string;

  @Column({ name: 'disclosure_id', type: 'uuid' })
  disclosureId!: string;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode!: string;

  @Column({ type: 'text' })
  kind!: FindingKind;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  status!: RectificationStatus;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'due_basis', type: 'text', default: 'official' })
  dueBasis!: CalendarBasis;

  /** The day dueOn is counted from (extensions keep it), so a calendar change can recount it. */
  @Column({ name: 'due_counted_from', type: 'date', nullable: true })
  dueCountedFrom!: string | null;

  /** The deadline an overdue event was already published for, so each deadline is announced once. */
  @Column({ name: 'overdue_notified_for', type: 'date', nullable: true })
  overdueNotifiedFor!: string | null;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt!: Date;

  @Column({ name: 'raised_by', type: 'text' })
  raisedBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'rectification_steps' })
export class RectificationStep {
  @PrimaryColumn({ name: 'finding_id', type: 'uuid' })
  findingId!: string;

  @PrimaryColumn({ type: 'int' })
  seq!: number;

  @Column({ type: 'text', default: 'status' })
  kind!: 'status' | 'extension' | 'deadline-revised';

  @Column({ type: 'text' })
  status!: RectificationStatus;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;
}
