import type { ExportDefinition } from '#platform';
import type { DisclosureListItemDto } from './dto/disclosure.dto.js';

export const DISCLOSURES_EXPORT: ExportDefinition<DisclosureListItemDto> = {
  title: '公开事项台账',
  fileName: 'disclosures',
  columns: [
    { header: '单位', kind: 'text', value: (disclosure) => disclosure.unitCode },
    { header: '公开事项', kind: 'text', value: (disclosure) => disclosure.itemCode },
    { header: '期间', kind: 'text', value: (disclosure) => disclosure.period },
    { header: '标题', kind: 'text', value: (disclosure) => disclosure.title },
    { header: '状态', kind: 'text', value: (disclosure) => disclosure.status },
    { header: '版本', kind: 'integer', value: (disclosure) => disclosure.currentVersion },
    { header: '首次公开时间', kind: 'date', value: (disclosure) => disclosure.firstPublishedAt },
    { header: '创建时间', kind: 'date', value: (disclosure) => disclosure.createdAt },
    { header: '公开ID', kind: 'text', value: (disclosure) => disclosure.id },
  ],
};
