import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LedgerColour } from './ledger-rules.js';

export type ColourChangeSource = 'rules' | 'override' | 'override-cleared';

/** One entry of an entity's colour history; the rules' verdict is kept even while an override hides it. */
@Entity({ name: 'ledger_colour_changes' })
export class LedgerColourChange {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  @Column({ type: 'text' })
  source!: ColourChangeSource;

  @Column({ name: 'from_colour', type: 'text', nullable: true })
  fromColour!: LedgerColour | null;

  @Column({ name: 'to_colour', type: 'text' })
  toColour!: LedgerColour;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  explanation!: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy!: string;
}
