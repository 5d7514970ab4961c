import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CalendarBasis } from '#working-calendar/core';
import type { ComplaintCategory, ComplaintStatus } from './complaint-rules.js';

export const COMPLAINT_TRACKING_CODE_CONSTRAINT = 'complaints_tracking_code_key';
export const ANSWER_OUTCOMES = ['resolved', 'explained', 'not-our-responsibility'] as const;
export type AnswerOutcome = (typeof ANSWER_OUTCOMES)[number];
export const COMPLAINT_CHANNELS = ['platform', 'hotline', 'letter', 'visit', 'other'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

@Entity({ name: 'complaints' })
export class Complaint {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tracking_code', type: 'text' })
  trackingCode!: string;

  @Column({ type: 'text' })
  category!: ComplaintCategory;

  @Column({ name: 'unit_code', type: 'text', nullable: true })
  unitCode!: string | null;

  @Column({ name: 'disclosure_id', type: 'uuid', nullable: true })
  disclosureId!: string | null;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'boolean' })
  anonymous!: boolean;

  /** How it reached the zone: through the platform, or recorded by a department from another channel. */
  @Column({ type: 'text', default: 'platform' })
  channel!: ComplaintChannel;

  @Column({ name: 'contact_name_encrypted', type: 'text', nullable: true })
  contactNameEncrypted!: string | null;

  @Column({ name: 'contact_phone_encrypted', type: 'text', nullable: true })
  contactPhoneEncrypted!: string | null;

  @Column({ name: 'contact_phone_hash', type: 'text', nullable: true })
  contactPhoneHash!: string | null;

  @Column({ type: 'text' })
  department!: string;

  @Column({ type: 'text' })
  status!: ComplaintStatus;

  /** Deadline of the open step, Asia/Shanghai date; null once finished. */
  @Column({ name: 'step_due_on', type: 'date', nullable: true })
  stepDueOn!: string | null;

  /** The calendar basis stepDueOn was counted on; null with it. */
  @Column({ name: 'step_due_basis', type: 'text', nullable: true })
  stepDueBasis!: CalendarBasis | null;

  /** The day stepDueOn is counted from (extensions keep it), so a calendar change can recount it. */
  @Column({ name: 'step_due_counted_from', type: 'date', nullable: true })
  stepDueCountedFrom!: string | null;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: AnswerOutcome | null;

  @Column({ name: 'responsible_body', type: 'text', nullable: true })
  responsibleBody!: string | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ name: 'filed_at', type: 'timestamptz' })
  filedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

@Entity({ name: 'complaint_steps' })
export class ComplaintStep {
  @PrimaryColumn({ name: 'complaint_id', type: 'uuid' })
  complaintId!: string;

  @PrimaryColumn({ type: 'int' })
  seq!: number;

  @Column({ type: 'text' })
  kind!: 'status' | 'extension' | 'routing' | 'deadline-revised';

  /** Status after the step. */
  @Column({ type: 'text' })
  status!: ComplaintStatus;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  /** Shown publicly instead of the person: the department, or 投诉人. */
  @Column({ name: 'actor_label', type: 'text' })
  actorLabel!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;
}
