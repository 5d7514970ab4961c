import { Column, Entity, PrimaryColumn } from 'typeorm';

export const GOODS_CODE_CONSTRAINT = 'goods_code_key';

/** Goods on the shelf of a community's credit supermarket (信用超市). */
@Entity({ name: 'goods' })
export class Goods {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ name: 'community_code', type: 'text' })
  communityCode!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'point_price', type: 'integer' })
  pointPrice!: number;

  @Column({ type: 'integer' })
  stock!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
