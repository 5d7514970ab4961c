import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An entity a Party organisation covers (隶属关系); an entity belongs to one organisation at a time. */
@Entity({ name: 'organisation_member_entities' })
export class OrganisationMemberEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @PrimaryColumn({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  @Column({ name: 'joined_at', type: 'timestamptz' })
  joinedAt!: Date;
}
