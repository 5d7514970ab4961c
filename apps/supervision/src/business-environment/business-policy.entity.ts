import { Column, Entity, PrimaryColumn } from 'typeorm';

export const POLICY_KINDS = ['investment-attraction', 'talent-attraction', 'other'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];
export const PAYOUT_REFERENCE_CONSTRAINT = 'subsidy_payouts_reference_key';

/** A preferential policy of the 双招双引 kind (attracting investment and talent) and how to apply for it. */
@Entity({ name: 'business_policies' })
export class BusinessPolicy {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  kind!: PolicyKind;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  eligibility!: string;

  @Column({ name: 'how_to_apply', type: 'text' })
  howToApply!: string;

  @Column({ type: 'text' })
  department!: string;

  @Column({ name: 'policy_basis', type: 'text' })
  policyBasis!: string;

  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;
}

/** A subsidy or reward paid under a policy (奖补兑现); a person's name is personal data, an enterprise's is not. */
@Entity({ name: 'subsidy_payouts' })
export class SubsidyPayout {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'policy_id', type: 'uuid' })
  policyId!: string;

  @Column({ name: 'recipient_kind', type: 'text' })
  recipientKind!: 'enterprise' | 'individual';

  @Column({ name: 'enterprise_name', type: 'text', nullable: true })
  enterpriseName!: string | null;

  @Column({ name: 'person_name_encrypted', type: 'text', nullable: true })
  personNameEncrypted!: string | null;

  @Column({ name: 'person_name_hash', type: 'text', nullable: true })
  personNameHash!: string | null;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount!: string;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn!: string;

  /** The payment's own reference (e.g. the disbursement document number); unique per policy. */
  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;
}
