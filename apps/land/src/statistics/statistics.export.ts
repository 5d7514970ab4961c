import type { ExportDefinition } from '#platform';
import type { ApprovalStatisticsDto } from './dto/statistics.dto.js';

interface ApprovalStatisticsRow {
  grouping: string;
  name: string;
  batches: number;
  areaMu: string;
}

/** One table: the total, then per year, then per project, as the JSON answer's three parts. */
export const APPROVAL_STATISTICS_EXPORT: ExportDefinition<ApprovalStatisticsRow> = {
  title: '用地报批统计',
  fileName: 'land-approval-statistics',
  rows: (answer: ApprovalStatisticsDto) => [
    { grouping: '合计', name: answer.sinceYear === null ? '全部年度' : `${answer.sinceYear}年起`, batches: answer.batches, areaMu: answer.totalAreaMu },
    ...answer.byYear.map((year) => ({ grouping: '年度', name: String(year.year), batches: year.batches, areaMu: year.areaMu })),
    ...answer.byProject.map((project) => ({ grouping: '项目', name: project.projectName, batches: project.batches, areaMu: project.areaMu })),
  ],
  columns: [
    { header: '分组', kind: 'text', value: (row) => row.grouping },
    { header: '名称', kind: 'text', value: (row) => row.name },
    { header: '批次数', kind: 'integer', value: (row) => row.batches },
    { header: '面积（亩）', kind: 'area', value: (row) => row.areaMu },
  ],
};
