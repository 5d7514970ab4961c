import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A five-clears survey (五清) of an entity on a day; the latest one is the entity's current state. */
@Entity({ name: 'surveys' })
export class Survey {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  @Column({ name: 'surveyed_on', type: 'date' })
  surveyedOn!: string;

  @Column({ name: 'owner_name_encrypted', type: 'text' })
  ownerNameEncrypted!: string;

  @Column({ name: 'owner_political_status', type: 'text' })
  ownerPoliticalStatus!: string;

  @Column({ name: 'operating_status', type: 'text' })
  operatingStatus!: string;

  @Column({ name: 'employee_count', type: 'integer' })
  employeeCount!: number;

  @Column({ name: 'party_organisation', type: 'text' })
  partyOrganisation!: string;

  @Column({ name: 'mass_organisations', type: 'text', array: true })
  massOrganisations!: string[];

  @Column({ name: 'party_member_count', type: 'integer' })
  partyMemberCount!: number;

  @Column({ type: 'text' })
  surveyor!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;
}
