import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { IndicatorCategory } from './indicator-category.js';

/** Unique constraint on `code`, as named in the migration. */
export const INDICATOR_CODE_CONSTRAINT = 'indicators_code_key';

/**
 * One itemised way to earn (or lose) credit points, from the zone-wide catalogue (加分指标) kept by zone staff. How
 * many points it carries is in its versions (IndicatorVersion), each effective from a business date.
 */
@Entity({ name: 'indicators' })
export class Indicator {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  category!: IndicatorCategory;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'limit_per_period', type: 'integer', nullable: true })
  limitPerPeriod!: number | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Set when retired; ledger entries keep the code, category, version and points they were made with. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;
}
