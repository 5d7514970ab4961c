import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A non-public enterprise or social organisation under survey, keyed by its unified social credit code. */
@Entity({ name: 'surveyed_entities' })
export class SurveyedEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'credit_code', type: 'char', length: 18 })
  creditCode!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  sector!: string;

  @Column({ type: 'text', nullable: true })
  park!: string | null;

  @Column({ name: 'management_status', type: 'text' })
  managementStatus!: string;

  /** Business day it was taken under management (纳入管理); null while it is not. */
  @Column({ name: 'managed_on', type: 'date', nullable: true })
  managedOn!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
