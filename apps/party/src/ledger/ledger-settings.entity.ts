import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MassOrganisationKind } from './ledger-rules.js';

/** The ledger's rule settings: a single row, id 1. */
@Entity({ name: 'ledger_settings' })
export class LedgerSettings {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ name: 'min_members_to_form', type: 'integer' })
  minMembersToForm!: number;

  @Column({ name: 'required_mass_organisations', type: 'text', array: true })
  requiredMassOrganisations!: MassOrganisationKind[];

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;
}
