import { Column, Entity, PrimaryColumn } from 'typeorm';

export const HOUSEHOLD_NUMBER_CONSTRAINT = 'households_number_key';
export const HOUSEHOLD_CARD_CONSTRAINT = 'households_card_number_key';
export const RESIDENT_ID_NUMBER_CONSTRAINT = 'residents_id_number_hash_key';
export const RESIDENT_ACCOUNT_CONSTRAINT = 'residents_account_id_key';
export const COMMUNITY_PKEY_CONSTRAINT = 'communities_pkey';

/** A village or community (村 / 社区) taking part in credit scoring, under its sub-district (办事处). */
@Entity({ name: 'communities' })
export class Community {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'sub_district_code', type: 'text' })
  subDistrictCode!: string;

  @Column({ name: 'sub_district_name', type: 'text' })
  subDistrictName!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A household (户): the unit that is rated and holds the credit service level card. */
@Entity({ name: 'households' })
export class Household {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'community_code', type: 'text' })
  communityCode!: string;

  @Column({ name: 'household_number', type: 'text' })
  householdNumber!: string;

  @Column({ name: 'card_number', type: 'text' })
  cardNumber!: string;

  /** Sum of the current members' credit scores. */
  @Column({ type: 'integer', default: 0 })
  score!: number;

  @Column({ type: 'text', nullable: true })
  level!: string | null;

  @Column({ name: 'level_changed_at', type: 'timestamptz', nullable: true })
  levelChangedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

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

@Entity({ name: 'resident_moves' })
export class ResidentMove {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId!: string;

  @Column({ name: 'from_household_id', type: 'uuid' })
  fromHouseholdId!: string;

  @Column({ name: 'to_household_id', type: 'uuid' })
  toHouseholdId!: string;

  @Column({ name: 'moved_at', type: 'timestamptz' })
  movedAt!: Date;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;
}
