import type { ExportDefinition } from '#platform';
import type { ComplaintDto, UnitCategoryStatisticsDto } from './dto/complaint.dto.js';

/** Complaints as the JSON list shows them: the contact masked unless the caller handles the complaint. */
export const COMPLAINTS_EXPORT: ExportDefinition<ComplaintDto> = {
  title: '投诉举报台账',
  fileName: 'complaints',
  columns: [
    { header: '查询码', kind: 'text', value: (complaint) => complaint.trackingCode },
    { header: '受理日期', kind: 'date', value: (complaint) => complaint.filedOn },
    { header: '类别', kind: 'text', value: (complaint) => complaint.category },
    { header: '单位', kind: 'text', value: (complaint) => complaint.unitCode },
    { header: '承办部门', kind: 'text', value: (complaint) => complaint.department },
    { header: '渠道', kind: 'text', value: (complaint) => complaint.channel },
    { header: '内容', kind: 'text', value: (complaint) => complaint.content },
    { header: '匿名', kind: 'text', value: (complaint) => complaint.anonymous },
    { header: '联系人', kind: 'text', value: (complaint) => complaint.contact?.name },
    { header: '联系电话', kind: 'text', value: (complaint) => complaint.contact?.phone },
    { header: '状态', kind: 'text', value: (complaint) => complaint.status },
    { header: '当前期限', kind: 'date', value: (complaint) => complaint.stepDueOn },
    { header: '逾期', kind: 'text', value: (complaint) => complaint.overdue },
    { header: '答复', kind: 'text', value: (complaint) => complaint.answer },
    { header: '办理结果', kind: 'text', value: (complaint) => complaint.outcome },
    { header: '投诉ID', kind: 'text', value: (complaint) => complaint.id },
  ],
};

/** Per unit and category; publicly suppressed small counts stay empty cells, as they are null in JSON. */
export const COMPLAINT_STATISTICS_EXPORT: ExportDefinition<UnitCategoryStatisticsDto> = {
  title: '投诉举报统计',
  fileName: 'complaint-statistics',
  columns: [
    { header: '单位', kind: 'text', value: (row) => row.unitCode },
    { header: '类别', kind: 'text', value: (row) => row.category },
    { header: '收到', kind: 'integer', value: (row) => row.received },
    { header: '办结', kind: 'integer', value: (row) => row.closed },
    { header: '不予受理', kind: 'integer', value: (row) => row.rejected },
    { header: '办理中', kind: 'integer', value: (row) => row.open },
  ],
};
