import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { UnitKind } from './unit-kind.js';

/** A village or community (村 / 社区) whose small and micro power residents supervise; `code` is what its QR code carries. */
@Entity({ name: 'supervision_units' })
export class SupervisionUnit {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: UnitKind;

  /** 镇 / 办事处 the unit belongs to. */
  @Column({ type: 'text', nullable: true })
  township!: string | null;

  /** Demonstration record, not one of the real participating units. */
  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
