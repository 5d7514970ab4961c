import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'rating_thresholds' })
export class RatingThreshold {
  @PrimaryColumn({ type: 'text' })
  level!: string;

  @Column({ name: 'min_score', type: 'integer' })
  minScore!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
