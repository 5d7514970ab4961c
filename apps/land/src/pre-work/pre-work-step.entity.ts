import { Column, Entity, PrimaryColumn, type EntityManager } from 'typeorm';
import { PRE_WORK_STEPS, type PreWorkStepName, type StepStatus } from './pre-work-rules.js';

/**
 * One of a project's six pre-work steps, stored from the first time something is recorded for it: a step without
 * a row is pending, with nothing recorded (see {@link untouchedStep}), so registering a project writes no steps.
 */
@Entity({ name: 'pre_work_steps' })
export class PreWorkStep {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @PrimaryColumn({ type: 'text' })
  step!: PreWorkStepName;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'text', default: 'pending' })
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

/** A step's place in the order of the six, from 1. */
export function stepPosition(step: PreWorkStepName): number {
  return PRE_WORK_STEPS.indexOf(step) + 1;
}

/** A step nothing has been recorded for yet: what a missing row reads as. */
export function untouchedStep(projectId: string, step: PreWorkStepName): PreWorkStep {
  return {
    projectId,
    step,
    position: stepPosition(step),
    status: 'pending',
    responsiblePerson: null,
    startedOn: null,
    completedOn: null,
    noticePeriodDays: null,
    updatedAt: null,
  };
}

/** Records changes to a step in one statement, creating its row on the first change; without changes, only makes sure the row exists (evidence refers to it). */
export async function recordStep(
  manager: EntityManager,
  projectId: string,
  step: PreWorkStepName,
  changes: Partial<Pick<PreWorkStep, 'status' | 'responsiblePerson' | 'startedOn' | 'completedOn' | 'noticePeriodDays' | 'updatedAt'>>,
): Promise<void> {
  const metadata = manager.connection.getMetadata(PreWorkStep);
  const changed = Object.keys(changes).map((property) => metadata.findColumnWithPropertyName(property)!.databaseName);
  const insert = manager
    .createQueryBuilder()
    .insert()
    .into(PreWorkStep)
    .values({ ...untouchedStep(projectId, step), ...changes });
  await (changed.length === 0 ? insert.orIgnore() : insert.orUpdate(changed, ['project_id', 'step'])).execute();
}
