import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DisclosureStatus, QuantityUnit } from './disclosure-rules.js';

export const DISCLOSURE_PERIOD_CONSTRAINT = 'disclosures_period_key';

/** A disclosure record (公示信息) of one unit, item and period. Its content lives in versions. */
@Entity({ name: 'disclosures' })
export class Disclosure {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ type: 'text' })
  period!: string;

  @Column({ type: 'boolean' })
  periodic!: boolean;

  @Column({ type: 'text' })
  status!: DisclosureStatus;

  @Column({ name: 'current_version', type: 'int' })
  currentVersion!: number;

  @Column({ type: 'text' })
  title!: string;

  /** Identity of the fact an event-driven disclosure reports, e.g. `land-batch:<id>`. */
  @Column({ name: 'source_ref', type: 'text', nullable: true })
  sourceRef!: string | null;

  @Column({ name: 'first_published_at', type: 'timestamptz', nullable: true })
  firstPublishedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

export interface DisclosureLine {
  label: string;
  quantity: string;
  unit: QuantityUnit;
}

export interface AttachmentReference {
  name: string;
  reference: string;
}

@Entity({ name: 'disclosure_versions' })
export class DisclosureVersion {
  @PrimaryColumn({ name: 'disclosure_id', type: 'uuid' })
  disclosureId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  /** Quantities as decimal strings, never numbers. */
  @Column({ type: 'jsonb' })
  lines!: DisclosureLine[];

  @Column({ type: 'jsonb' })
  totals!: Partial<Record<QuantityUnit, string>>;

  @Column({ type: 'jsonb' })
  attachments!: AttachmentReference[];

  @Column({ name: 'correction_reason', type: 'text', nullable: true })
  correctionReason!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}

/** A recipient of a payout or benefit; name and ID number encrypted at rest, with look-up hashes. */
@Entity({ name: 'disclosure_recipients' })
export class DisclosureRecipient {
  @PrimaryColumn({ name: 'disclosure_id', type: 'uuid' })
  disclosureId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @PrimaryColumn({ type: 'int' })
  position!: number;

  @Column({ name: 'name_encrypted', type: 'text' })
  nameEncrypted!: string;

  @Column({ name: 'name_hash', type: 'text' })
  nameHash!: string;

  @Column({ name: 'id_number_encrypted', type: 'text', nullable: true })
  idNumberEncrypted!: string | null;

  @Column({ name: 'id_number_hash', type: 'text', nullable: true })
  idNumberHash!: string | null;

  /** Yuan, exact. */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  amount!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}

/** More working days for one unit's disclosure of one item and period, granted by a supervisor with a reason. */
@Entity({ name: 'disclosure_due_extensions' })
export class DisclosureDueExtension {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ type: 'text' })
  period!: string;

  @Column({ name: 'working_days', type: 'int' })
  workingDays!: number;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'granted_by', type: 'text' })
  grantedBy!: string;

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt!: Date;
}
