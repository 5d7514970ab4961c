import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CalendarYear } from './core/index.js';

/** One year of this service's copy of the working-day calendar. */
@Entity({ name: 'working_calendar_years' })
export class WorkingCalendarYear {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  /** The validated CalendarYear, exactly as set. */
  @Column({ type: 'jsonb' })
  data!: CalendarYear;

  @Column({ type: 'text', nullable: true })
  source!: string | null;

  /** When the administrator set it (the setAt of its event), or when shipped data was inserted. */
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** The administrator's user id, or `platform` for data shipped with the code. */
  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;

  /** The event that carries this version, whichever service published it; null for shipped data. */
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId!: string | null;
}
