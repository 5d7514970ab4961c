import type { ExportDefinition } from '#platform';
import type { BatchDto } from './dto/batch.dto.js';

export const BATCHES_EXPORT: ExportDefinition<BatchDto> = {
  title: '用地报批批次台账',
  fileName: 'land-batches',
  columns: [
    { header: '批次名称', kind: 'text', value: (batch) => batch.name },
    { header: '来源', kind: 'text', value: (batch) => batch.origin },
    { header: '状态', kind: 'text', value: (batch) => batch.status },
    { header: '立项日期', kind: 'date', value: (batch) => batch.openedOn },
    { header: '地块数', kind: 'integer', value: (batch) => batch.parcels.length },
    { header: '总面积（亩）', kind: 'area', value: (batch) => batch.totalAreaMu },
    { header: '批准机关', kind: 'text', value: (batch) => batch.approvingAuthority },
    { header: '批准文号', kind: 'text', value: (batch) => batch.documentNumber },
    { header: '决定日期', kind: 'date', value: (batch) => batch.decidedOn },
    { header: '批次ID', kind: 'text', value: (batch) => batch.id },
  ],
};
