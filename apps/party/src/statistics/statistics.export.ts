import type { ExportDefinition } from '#platform';
import type { CoverageStatisticsDto, EntityStatisticsDto } from './dto/statistics.dto.js';

const KIND_NAMES: Record<string, string> = { enterprise: '非公企业', 'social-organisation': '社会组织' };
const NO_PARK = '未填园区';

interface EntityStatisticsRow {
  grouping: string;
  name: string;
  surveyed: number | null;
  underManagement: number | null;
  notUnderManagement: number | null;
}

/** One table: the total, then per kind, status, sector, park, campaign (and its parks), then per day taken under management. */
export const ENTITY_STATISTICS_EXPORT: ExportDefinition<EntityStatisticsRow> = {
  title: '两新组织摸排统计',
  fileName: 'party-entity-statistics',
  rows: (answer: EntityStatisticsDto): EntityStatisticsRow[] => [
    { grouping: '合计', name: '全部', ...answer },
    ...answer.byKind.map((row) => ({ grouping: '类型', name: KIND_NAMES[row.kind] ?? row.kind, ...row })),
    ...answer.byStatus.map((row) => ({
      grouping: '管理状态',
      name: row.managementStatus === 'under-management' ? '已纳入管理' : '未纳入管理',
      // Entities with this status at the period's end: the surveyed column; the other two count events in the period.
      surveyed: row.surveyed,
      underManagement: null,
      notUnderManagement: null,
    })),
    ...answer.bySector.map((row) => ({ grouping: '行业', name: row.sector, ...row })),
    ...answer.byPark.map((row) => ({ grouping: '园区', name: row.park ?? NO_PARK, ...row })),
    ...answer.byCampaign.flatMap((campaign) => [
      { grouping: '摸排活动', name: campaign.name, surveyed: campaign.surveyed, underManagement: null, notUnderManagement: null },
      ...campaign.byPark.map((park) => ({
        grouping: '摸排活动·园区',
        name: `${campaign.name}·${park.park ?? NO_PARK}`,
        surveyed: park.surveyed,
        underManagement: null,
        notUnderManagement: null,
      })),
    ]),
    ...answer.underManagementByDay.map((day) => ({
      grouping: '纳入管理日期',
      name: day.managedOn,
      surveyed: null,
      underManagement: day.enterprises + day.socialOrganisations,
      notUnderManagement: null,
    })),
  ],
  columns: [
    { header: '分组', kind: 'text', value: (row) => row.grouping },
    { header: '名称', kind: 'text', value: (row) => row.name },
    { header: '摸排数', kind: 'integer', value: (row) => row.surveyed },
    { header: '纳入管理数', kind: 'integer', value: (row) => row.underManagement },
    { header: '未纳入管理数', kind: 'integer', value: (row) => row.notUnderManagement },
  ],
};

interface CoverageRow {
  park: string;
  entities: number;
  organisationCovered: number;
  organisationCoveragePercent: string | null;
  workCovered: number;
  workCoveragePercent: string | null;
}

/** The zone's total, then one row per park. */
export const COVERAGE_STATISTICS_EXPORT: ExportDefinition<CoverageRow> = {
  title: '两个覆盖统计',
  fileName: 'party-coverage-statistics',
  rows: (answer: CoverageStatisticsDto) => [{ park: '全区', ...answer.total }, ...answer.byPark.map((row) => ({ ...row, park: row.park ?? NO_PARK }))],
  columns: [
    { header: '园区', kind: 'text', value: (row) => row.park },
    { header: '摸排单位数', kind: 'integer', value: (row) => row.entities },
    { header: '组织覆盖数', kind: 'integer', value: (row) => row.organisationCovered },
    { header: '组织覆盖率（%）', kind: 'text', value: (row) => row.organisationCoveragePercent },
    { header: '工作覆盖数', kind: 'integer', value: (row) => row.workCovered },
    { header: '工作覆盖率（%）', kind: 'text', value: (row) => row.workCoveragePercent },
  ],
};
