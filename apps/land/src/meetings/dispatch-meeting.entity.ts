import { Column, Entity, PrimaryColumn } from 'typeorm';

export const MEETING_ISSUE_CATEGORIES = ['funding', 'land-use-quota', 'farmland-balance', 'requisition', 'relocation', 'planning', 'other'] as const;
export type MeetingIssueCategory = (typeof MEETING_ISSUE_CATEGORIES)[number];

export interface MeetingIssue {
  category: MeetingIssueCategory;
  description: string;
}

/** A dispatch meeting (专题调度会) with the city bureaus. */
@Entity({ name: 'dispatch_meetings' })
export class DispatchMeeting {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'text', array: true })
  departments!: string[];

  @Column({ type: 'jsonb' })
  issues!: MeetingIssue[];

  @Column({ type: 'text', array: true })
  decisions!: string[];

  @Column({ name: 'project_ids', type: 'uuid', array: true })
  projectIds!: string[];

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;
}
