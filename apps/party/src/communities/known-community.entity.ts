import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A community the credit service announced (CreditCommunityRegistered): party accepts only these codes. */
@Entity({ name: 'known_communities' })
export class KnownCommunity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'sub_district_code', type: 'text' })
  subDistrictCode!: string;

  @Column({ name: 'last_event_id', type: 'text' })
  lastEventId!: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
