import { Column, Entity, PrimaryColumn } from 'typeorm';

export const MERCHANT_CODE_CONSTRAINT = 'merchants_code_key';
export const MERCHANT_ACCOUNT_CONSTRAINT = 'merchants_account_id_key';
export const BENEFIT_CODE_CONSTRAINT = 'benefits_code_key';

export const MERCHANT_SECTORS = [
  'transport',
  'medical',
  'elderly-care',
  'property-management',
  'catering',
  'retail',
  'education',
  'culture',
  'services',
] as const;
export type MerchantSector = (typeof MERCHANT_SECTORS)[number];

/** A partner merchant (信用社区共建商户), signed and plaqued by a community or the sub-district. */
@Entity({ name: 'merchants' })
export class Merchant {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  /** The community that signed the merchant, or the sub-district when it signed for all its communities. */
  @Column({ name: 'unit_code', type: 'text' })
  unitCode!: string;

  @Column({ name: 'sub_district_code', type: 'text' })
  subDistrictCode!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Every sector the merchant serves, at least one, each once (a property company may also repair appliances). */
  @Column({ type: 'text', array: true })
  sectors!: MerchantSector[];

  @Column({ name: 'signed_on', type: 'date' })
  signedOn!: string;

  /** Token subject of the merchant's till or app account. */
  @Column({ name: 'account_id', type: 'text', nullable: true })
  accountId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'benefits' })
export class Benefit {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ name: 'merchant_id', type: 'uuid' })
  merchantId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'minimum_level', type: 'text' })
  minimumLevel!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'benefit_uses' })
export class BenefitUse {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  position!: string;

  @Column({ name: 'benefit_id', type: 'uuid' })
  benefitId!: string;

  @Column({ name: 'merchant_id', type: 'uuid' })
  merchantId!: string;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Column({ name: 'community_code', type: 'text' })
  communityCode!: string;

  /** The card's level when the merchant checked it; unknown (null) for history entered after the fact. */
  @Column({ name: 'level_at_use', type: 'text', nullable: true })
  levelAtUse!: string | null;

  /** Business date of the use (Asia/Shanghai). */
  @Column({ name: 'used_on', type: 'date' })
  usedOn!: string;

  /** Entered after the fact by a records clerk (history from before the platform), not recorded at the till. */
  @Column({ name: 'recorded_late', type: 'boolean', default: false })
  recordedLate!: boolean;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ name: 'used_at', type: 'timestamptz' })
  usedAt!: Date;
}
