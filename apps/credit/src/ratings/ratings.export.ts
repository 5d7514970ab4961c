import type { ExportDefinition } from '#platform';
import type { CommunityRatingLevelsDto, RatingLevelStatisticsDto } from './dto/rating-statistics.dto.js';

/** Households per rating level, one row per community as in the JSON answer. */
export const RATING_LEVEL_STATISTICS_EXPORT: ExportDefinition<CommunityRatingLevelsDto> = {
  title: '各社区信用户评级统计',
  fileName: 'rating-level-statistics',
  rows: (answer: RatingLevelStatisticsDto) => answer.communities,
  columns: [
    { header: '街道代码', kind: 'text', value: (row) => row.subDistrictCode },
    { header: '街道', kind: 'text', value: (row) => row.subDistrictName },
    { header: '社区代码', kind: 'text', value: (row) => row.communityCode },
    { header: '社区', kind: 'text', value: (row) => row.communityName },
    { header: '户数', kind: 'integer', value: (row) => row.households },
    { header: '未评级户数', kind: 'integer', value: (row) => row.unratedHouseholds },
    { header: 'A级户数', kind: 'integer', value: (row) => row.levelAHouseholds },
    { header: 'AA级户数', kind: 'integer', value: (row) => row.levelAAHouseholds },
    { header: 'AAA级户数', kind: 'integer', value: (row) => row.levelAAAHouseholds },
  ],
};
