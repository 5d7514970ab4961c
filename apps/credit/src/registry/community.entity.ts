import { Column, Entity, PrimaryColumn } from 'typeorm';

export const COMMUNITY_PKEY_CONSTRAINT = 'communities_pkey';

/** A village or community (村 / 社区) taking part in credit scoring, under its sub-district (办事处). */
@Entity({ name: 'communities' })
export class Community {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'sub_district_code', type: 'text' })
  subDistrictCode!: string;

  @Column({ name: 'sub_district_name', type: 'text' })
  subDistrictName!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
