import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FormationMode, OrganisationType } from './organisation-rules.js';

/** A Party organisation (党组织) in the non-public sector; its secretary's name is encrypted at rest. */
@Entity({ name: 'organisations' })
export class Organisation {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  type!: OrganisationType;

  /** A functional general branch (功能型党总支). */
  @Column({ type: 'boolean' })
  functional!: boolean;

  @Column({ name: 'formation_mode', type: 'text' })
  formationMode!: FormationMode;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  /** The secretary's token subject, which lets them manage the organisation. */
  @Column({ name: 'secretary_user_id', type: 'text', nullable: true })
  secretaryUserId!: string | null;

  @Column({ name: 'secretary_name_encrypted', type: 'text', nullable: true })
  secretaryNameEncrypted!: string | null;

  @Column({ name: 'member_count', type: 'integer', nullable: true })
  memberCount!: number | null;

  @Column({ name: 'established_on', type: 'date', nullable: true })
  establishedOn!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
