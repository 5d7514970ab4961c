import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MemberStatus } from './dto/member.dto.js';

/**
 * A Party member, held by an organisation in the registry or by one outside it; personal data encrypted
 * at rest, the ID number also as a lookup hash so that a member is registered once.
 */
@Entity({ name: 'members' })
export class Member {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ name: 'external_organisation', type: 'text', nullable: true })
  externalOrganisation!: string | null;

  @Column({ name: 'name_encrypted', type: 'text' })
  nameEncrypted!: string;

  @Column({ name: 'id_number_encrypted', type: 'text' })
  idNumberEncrypted!: string;

  @Column({ name: 'id_number_hash', type: 'char', length: 64 })
  idNumberHash!: string;

  @Column({ name: 'phone_encrypted', type: 'text', nullable: true })
  phoneEncrypted!: string | null;

  @Column({ type: 'text' })
  status!: MemberStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
