import { Column, Entity, PrimaryColumn } from 'typeorm';

export const RESIDENT_ID_NUMBER_CONSTRAINT = 'residents_id_number_hash_key';
export const RESIDENT_ACCOUNT_CONSTRAINT = 'residents_account_id_key';

/** A resident (居民). Name, ID number and phone are encrypted; hashes allow exact look-ups. */
@Entity({ name: 'residents' })
export class Resident {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Column({ name: 'community_code', type: 'text' })
  communityCode!: string;

  @Column({ name: 'name_encrypted', type: 'text' })
  nameEncrypted!: string;

  @Column({ name: 'id_number_encrypted', type: 'text' })
  idNumberEncrypted!: string;

  @Column({ name: 'id_number_hash', type: 'text' })
  idNumberHash!: string;

  @Column({ name: 'phone_encrypted', type: 'text', nullable: true })
  phoneEncrypted!: string | null;

  @Column({ name: 'phone_hash', type: 'text', nullable: true })
  phoneHash!: string | null;

  /** Token subject of the resident's own account, when linked. */
  @Column({ name: 'account_id', type: 'text', nullable: true })
  accountId!: string | null;

  @Column({ type: 'integer', default: 0 })
  earned!: number;

  @Column({ type: 'integer', default: 0 })
  deducted!: number;

  @Column({ type: 'integer', default: 0 })
  redeemed!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
