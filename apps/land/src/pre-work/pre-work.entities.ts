import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PreWorkStepName, StepStatus } from './pre-work.rules.js';

/** One of a project's six pre-work steps. */
@Entity({ name: 'pre_work_steps' })
export class PreWorkStep {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @PrimaryColumn({ type: 'text' })
  step!: PreWorkStepName;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'text' })
  status!: StepStatus;

  @Column({ name: 'responsible_person', type: 'text', nullable: true })
  responsiblePerson!: string | null;

  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn!: string | null;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn!: string | null;

  @Column({ name: 'notice_period_days', type: 'integer', nullable: true })
  noticePeriodDays!: number | null;

  @Column({ name: 'updated_at', type: 'timestamptz', nullable: true })
  updatedAt!: Date | null;
}

/** Evidence attached to a step: a document title, its number and where it is kept. */
@Entity({ name: 'step_documents' })
export class StepDocument {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'text' })
  step!: PreWorkStepName;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'document_number', type: 'text', nullable: true })
  documentNumber!: string | null;

  @Column({ type: 'text' })
  reference!: string;

  @Column({ name: 'attached_at', type: 'timestamptz' })
  attachedAt!: Date;

  @Column({ name: 'attached_by', type: 'text' })
  attachedBy!: string;
}

/** A planned milestone of a project's schedule, laid out backwards from its target. */
@Entity({ name: 'project_milestones' })
export class ProjectMilestone {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @PrimaryColumn({ type: 'text' })
  milestone!: string;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ name: 'planned_start', type: 'date' })
  plannedStart!: string;

  @Column({ name: 'planned_end', type: 'date' })
  plannedEnd!: string;
}
