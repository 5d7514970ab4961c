import { Column, Entity, PrimaryColumn } from 'typeorm';

export const BENEFIT_CODE_CONSTRAINT = 'benefits_code_key';

@Entity({ name: 'benefits' })
export class Benefit {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ name: 'merchant_id', type: 'uuid' })
  merchantId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'minimum_level', type: 'text' })
  minimumLevel!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
