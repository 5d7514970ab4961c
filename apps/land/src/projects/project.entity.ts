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

  /** The enterprise or body the land is for (项目业主). */
  @Column({ type: 'text', nullable: true })
  owner!: string | null;

  /** 包保领导: the one leader answerable for the project (token subject, for their own views). */
  @Column({ name: 'responsible_leader_id', type: 'text', nullable: true })
  responsibleLeaderId!: string | null;

  @Column({ name: 'responsible_leader_name', type: 'text', nullable: true })
  responsibleLeaderName!: string | null;

  @Column({ name: 'responsible_leader_position', type: 'text', nullable: true })
  responsibleLeaderPosition!: string | null;

  /** 工作专班 name; members live in task_force_members. */
  @Column({ name: 'task_force_name', type: 'text', nullable: true })
  taskForceName!: string | null;

  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn!: string | null;

  /** Internal target (内部目标), kept apart from any legal deadline. */
  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate!: string | null;

  @Column({ name: 'legal_deadline', type: 'date', nullable: true })
  legalDueOn!: string | null;

  @Column({ name: 'overdue_notified_on', type: 'date', nullable: true })
  overdueNotifiedOn!: string | null;

  /** The earliest planned end among milestones not achieved yet; triggers on the tables that decide it keep it right. */
  @Column({ name: 'earliest_open_milestone_end', type: 'date', nullable: true })
  earliestOpenMilestoneEnd!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;
}

export const TASK_FORCE_ROLES = ['lead', 'deputy', 'member', 'liaison'] as const;
export type TaskForceRole = (typeof TASK_FORCE_ROLES)[number];

/** A member of a project's task force (工作专班); `userId` is their token subject, which grants them edits on the project. */
@Entity({ name: 'task_force_members' })
export class TaskForceMember {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'text' })
  userId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  department!: string;

  @Column({ type: 'text' })
  role!: TaskForceRole;
}
