import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MassOrganisationKind } from '../ledger/ledger-rules.js';

/** A mass organisation (工会 / 共青团 / 妇联) registered in an entity, at most one of each kind. */
@Entity({ name: 'mass_organisations' })
export class MassOrganisation {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  @Column({ type: 'text' })
  kind!: MassOrganisationKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'established_on', type: 'date' })
  establishedOn!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
