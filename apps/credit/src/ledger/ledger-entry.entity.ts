import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EntryKind } from './ledger-rules.js';

export const LEDGER_IDEMPOTENCY_CONSTRAINT = 'ledger_entries_idempotency_key_key';
export const LEDGER_REVERSES_CONSTRAINT = 'ledger_entries_reverses_key';

/** One append-only ledger entry; the resident row holds the running totals it moved. */
@Entity({ name: 'ledger_entries' })
export class LedgerEntry {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Insertion order, for stable pagination; assigned by the database. */
  @Column({ type: 'bigint', insert: false, update: false })
  position!: string;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId!: string;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Column({ name: 'community_code', type: 'text' })
  communityCode!: string;

  @Column({ type: 'text' })
  kind!: EntryKind;

  /** Which total the entry moves (for a reversal: the total of the entry it undoes). */
  @Column({ type: 'text' })
  movement!: 'award' | 'deduction' | 'redemption';

  @Column({ type: 'integer' })
  amount!: number;

  @Column({ name: 'score_delta', type: 'integer' })
  scoreDelta!: number;

  @Column({ name: 'balance_delta', type: 'integer' })
  balanceDelta!: number;

  @Column({ name: 'indicator_id', type: 'uuid', nullable: true })
  indicatorId!: string | null;

  /** Copied from the catalogue at the time, so retiring an indicator never rewrites history. */
  @Column({ name: 'indicator_code', type: 'text', nullable: true })
  indicatorCode!: string | null;

  @Column({ type: 'text', nullable: true })
  category!: string | null;

  /** The indicator version the entry was earned under (its points decided the amount); null without an indicator. */
  @Column({ name: 'indicator_version', type: 'integer', nullable: true })
  indicatorVersion!: number | null;

  @Column({ type: 'text' })
  period!: string;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', nullable: true })
  evidence!: string | null;

  @Column({ type: 'text' })
  source!: 'staff' | 'event' | 'redemption';

  @Column({ name: 'source_ref', type: 'text', nullable: true })
  sourceRef!: string | null;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'reverses_entry_id', type: 'uuid', nullable: true })
  reversesEntryId!: string | null;

  @Column({ name: 'score_after', type: 'integer' })
  scoreAfter!: number;

  @Column({ name: 'balance_after', type: 'integer' })
  balanceAfter!: number;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
