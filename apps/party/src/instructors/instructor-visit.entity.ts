import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An instructor's visit to an entity assigned to them. */
@Entity({ name: 'instructor_visits' })
export class InstructorVisit {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'instructor_user_id', type: 'text' })
  instructorUserId!: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  @Column({ name: 'visited_on', type: 'date' })
  visitedOn!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
