import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DisclosureFrequency } from './disclosure-period.js';
import type { PublicationReview, PublicationRule, SupervisionItemCategory, SupervisionItemOrigin } from './supervision-item-origin.js';

/** Unique constraint on `code`, as named in the migration. */
export const SUPERVISION_ITEM_CODE_CONSTRAINT = 'supervision_items_code_key';
export const SUPERVISION_ITEM_SOURCE_EVENT_CONSTRAINT = 'supervision_items_source_event_key';

/** A kind of village-level "small and micro power" residents can supervise (监督事项). */
@Entity({ name: 'supervision_items' })
export class SupervisionItem {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** 责任主体 */
  @Column({ name: 'responsible_body', type: 'text' })
  responsibleBody!: string;

  /** 监督机构 */
  @Column({ name: 'supervising_body', type: 'text' })
  supervisingBody!: string;

  /** 权力运行流程 */
  @Column({ type: 'text' })
  process!: string;

  /** 政策依据 */
  @Column({ name: 'policy_basis', type: 'text' })
  policyBasis!: string;

  @Column({ type: 'text' })
  origin!: SupervisionItemOrigin;

  @Column({ type: 'text', default: 'other' })
  category!: SupervisionItemCategory;

  /** 公示频次 */
  @Column({ name: 'disclosure_frequency', type: 'text', default: 'quarterly' })
  disclosureFrequency!: DisclosureFrequency;

  /** Working days after the period ends by which the disclosure is due. */
  @Column({ name: 'due_working_days', type: 'int', default: 10 })
  dueWorkingDays!: number;

  @Column({ name: 'publication_rule', type: 'text', default: 'review' })
  publicationRule!: PublicationRule;

  /** Whether a clerk's publication needs a discipline supervisor's approval first. */
  @Column({ name: 'publication_review', type: 'text', default: 'direct' })
  publicationReview!: PublicationReview;

  /** Event type that creates disclosures of this item, e.g. zone.land.batch-approved.v1. */
  @Column({ name: 'source_event', type: 'text', nullable: true })
  sourceEvent!: string | null;

  /** Stands in for an entry of the official basic catalogue whose wording is still to be filled in. */
  @Column({ type: 'boolean', default: false })
  placeholder!: boolean;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @Column({ name: 'retired_reason', type: 'text', nullable: true })
  retiredReason!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One entry of an item's public change history. */
@Entity({ name: 'supervision_item_history' })
export class SupervisionItemChange {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  change!: 'created' | 'updated' | 'retired';

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy!: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
