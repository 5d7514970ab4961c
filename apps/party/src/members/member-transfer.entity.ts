import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CalendarBasis } from '#working-calendar/core';
import type { TransferStatus } from './transfer-rules.js';

/** A transfer of a member's organisational relation (组织关系转接); one open transfer per member at a time. */
@Entity({ name: 'member_transfers' })
export class MemberTransfer {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ name: 'from_organisation_id', type: 'uuid', nullable: true })
  fromOrganisationId!: string | null;

  /** The sending organisation when it is outside the registry. */
  @Column({ name: 'from_external', type: 'text', nullable: true })
  fromExternal!: string | null;

  @Column({ name: 'to_organisation_id', type: 'uuid' })
  toOrganisationId!: string;

  @Column({ type: 'text' })
  status!: TransferStatus;

  @Column({ name: 'stage_started_on', type: 'date' })
  stageStartedOn!: string;

  /** Null once the transfer is closed. */
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  /** The calendar the due date was counted on, so that a calendar change can recount it. */
  @Column({ name: 'due_basis', type: 'text', nullable: true })
  dueBasis!: CalendarBasis | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
