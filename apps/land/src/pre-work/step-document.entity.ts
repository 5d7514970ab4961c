import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type PreWorkStepName } from './pre-work-rules.js';

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
