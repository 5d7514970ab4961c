import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A resident who took part in a volunteer activity; the hash finds a resident without decrypting. */
@Entity({ name: 'volunteer_participants' })
export class VolunteerParticipant {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Column({ name: 'resident_id_encrypted', type: 'text' })
  residentIdEncrypted!: string;

  @Column({ name: 'resident_id_hash', type: 'char', length: 64 })
  residentIdHash!: string;

  @Column({ name: 'name_encrypted', type: 'text' })
  nameEncrypted!: string;
}
