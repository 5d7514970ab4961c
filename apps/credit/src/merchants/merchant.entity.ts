import { Column, Entity, PrimaryColumn } from 'typeorm';

export const MERCHANT_CODE_CONSTRAINT = 'merchants_code_key';
export const MERCHANT_ACCOUNT_CONSTRAINT = 'merchants_account_id_key';
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
