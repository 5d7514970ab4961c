import { Column, Entity, PrimaryColumn } from 'typeorm';

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
