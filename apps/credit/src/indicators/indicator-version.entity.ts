import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One version of an indicator's terms: the points it carries from a business date on. Versions are never edited; the audit
 * trail says who recorded each. */
@Entity({ name: 'indicator_versions' })
export class IndicatorVersion {
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  indicatorId!: string;

  /** 1 for the terms the indicator was created with, then 2, 3, … */
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  /** Negative for deductions. */
  @Column({ type: 'integer' })
  points!: number;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  /** Why the version applies from a day that had passed when it was recorded; null otherwise. */
  @Column({ name: 'backdating_reason', type: 'text', nullable: true })
  backdatingReason!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
