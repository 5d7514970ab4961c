import type { ExportDefinition } from '#platform';
import type { ApprovalStatisticsDto, MeetingStatisticsDto } from './dto/statistics.dto.js';

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
    {
      grouping: '合计',
      name: answer.period.from === null ? `截至${answer.period.to}` : `${answer.period.from}至${answer.period.to}`,
      batches: answer.batches,
      areaMu: answer.totalAreaMu,
    },
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

interface MeetingStatisticsRow {
  grouping: string;
  name: string;
  meetings: number;
  issues: number | null;
}

const ISSUE_NAMES: Record<string, string> = {
  funding: '资金保障',
  'land-use-quota': '用地计划指标',
  'farmland-balance': '耕地占补平衡指标',
  requisition: '征收',
  relocation: '拆迁安置',
  planning: '规划',
  other: '其他',
};

/** The total, then per issue type, then per month. */
export const MEETING_STATISTICS_EXPORT: ExportDefinition<MeetingStatisticsRow> = {
  title: '专题调度会统计',
  fileName: 'land-meeting-statistics',
  rows: (answer: MeetingStatisticsDto): MeetingStatisticsRow[] => [
    { grouping: '合计', name: '全部', meetings: answer.meetings, issues: answer.byIssueCategory.reduce((total, row) => total + row.issues, 0) },
    ...answer.byIssueCategory.map((row) => ({
      grouping: '议题类型',
      name: ISSUE_NAMES[row.category] ?? row.category,
      meetings: row.meetings,
      issues: row.issues,
    })),
    ...answer.byMonth.map((row) => ({ grouping: '月份', name: row.month, meetings: row.meetings, issues: null })),
  ],
  columns: [
    { header: '分组', kind: 'text', value: (row) => row.grouping },
    { header: '名称', kind: 'text', value: (row) => row.name },
    { header: '会议数', kind: 'integer', value: (row) => row.meetings },
    { header: '议题数', kind: 'integer', value: (row) => row.issues },
  ],
};
