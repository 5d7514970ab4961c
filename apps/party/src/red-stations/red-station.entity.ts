import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Amenity } from './amenity.js';

/** A rest point for couriers and riders (红色驿站), public information for those workers. */
@Entity({ name: 'red_stations' })
export class RedStation {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  address!: string;

  /** Degrees to 6 places; pg returns numeric as a string, so the value is never a float. */
  @Column({ type: 'numeric', precision: 9, scale: 6 })
  latitude!: string;

  @Column({ type: 'numeric', precision: 9, scale: 6 })
  longitude!: string;

  @Column({ name: 'opening_hours', type: 'text' })
  openingHours!: string;

  @Column({ type: 'text', array: true })
  amenities!: Amenity[];

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
