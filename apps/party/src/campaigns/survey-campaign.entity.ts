import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A survey sweep over sectors and parks, with a target count and the surveyors working it. */
@Entity({ name: 'survey_campaigns' })
export class SurveyCampaign {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', array: true })
  sectors!: string[];

  @Column({ type: 'text', array: true })
  parks!: string[];

  @Column({ name: 'target_count', type: 'integer' })
  targetCount!: number;

  @Column({ type: 'text', array: true })
  surveyors!: string[];

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
