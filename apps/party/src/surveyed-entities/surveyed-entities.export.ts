import type { ExportDefinition } from '#platform';
import type { EntityDto } from './dto/entity.dto.js';

export const SURVEYED_ENTITIES_EXPORT: ExportDefinition<EntityDto> = {
  title: '两新组织摸排台账',
  fileName: 'party-entities',
  columns: [
    { header: '统一社会信用代码', kind: 'text', value: (entity) => entity.creditCode },
    { header: '名称', kind: 'text', value: (entity) => entity.name },
    { header: '类型', kind: 'text', value: (entity) => entity.kind },
    { header: '行业', kind: 'text', value: (entity) => entity.sector },
    { header: '园区', kind: 'text', value: (entity) => entity.park },
    { header: '管理状态', kind: 'text', value: (entity) => entity.managementStatus },
    { header: '登记时间', kind: 'date', value: (entity) => entity.createdAt },
    { header: '更新时间', kind: 'date', value: (entity) => entity.updatedAt },
  ],
};
