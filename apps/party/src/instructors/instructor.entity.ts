import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A Party-building instructor (党建工作指导员), keyed by the token subject they sign in as. */
@Entity({ name: 'instructors' })
export class Instructor {
  @PrimaryColumn({ name: 'user_id', type: 'text' })
  userId!: string;

  @Column({ name: 'name_encrypted', type: 'text' })
  nameEncrypted!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
