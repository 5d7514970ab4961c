import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An entity under survey assigned to an instructor. */
@Entity({ name: 'instructor_assignments' })
export class InstructorAssignment {
  @PrimaryColumn({ name: 'instructor_user_id', type: 'text' })
  instructorUserId!: string;

  @PrimaryColumn({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  @Column({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt!: Date;
}
