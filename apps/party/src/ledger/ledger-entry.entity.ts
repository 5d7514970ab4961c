import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SurveyedEntity } from '../surveyed-entities/surveyed-entity.entity.js';
import type { LedgerColour } from './ledger-rules.js';

/** An entity's place on the three-colour ledger: the rules' verdict and, for a while, a manual override. */
@Entity({ name: 'ledger_entries' })
export class LedgerEntry {
  @PrimaryColumn({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  @Column({ name: 'derived_colour', type: 'text' })
  derivedColour!: LedgerColour;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  explanation!: string;

  /** The override's three columns are all set or all null. */
  @Column({ name: 'override_colour', type: 'text', nullable: true })
  overrideColour!: LedgerColour | null;

  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason!: string | null;

  /** Last day (Asia/Shanghai) the override applies. */
  @Column({ name: 'override_expires_on', type: 'date', nullable: true })
  overrideExpiresOn!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** The entity on the ledger, when a read joins it. */
  entity?: SurveyedEntity;
}
