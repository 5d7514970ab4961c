import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SupervisionItemOrigin } from './supervision-item-origin.js';

/** Unique constraint on `code`, as named in the migration. */
export const SUPERVISION_ITEM_CODE_CONSTRAINT = 'supervision_items_code_key';

/** A kind of village-level "small and micro power" residents can supervise (监督事项). */
@Entity({ name: 'supervision_items' })
export class SupervisionItem {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** 责任主体 */
  @Column({ name: 'responsible_body', type: 'text' })
  responsibleBody!: string;

  /** 监督机构 */
  @Column({ name: 'supervising_body', type: 'text' })
  supervisingBody!: string;

  /** 权力运行流程 */
  @Column({ type: 'text' })
  process!: string;

  /** 政策依据 */
  @Column({ name: 'policy_basis', type: 'text' })
  policyBasis!: string;

  @Column({ type: 'text' })
  origin!: SupervisionItemOrigin;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
