import type { ExportDefinition } from '#platform';
import type { CommunityRedemptionStatisticsDto, RedemptionStatisticsDto } from './dto/supermarket.dto.js';

/** Redemptions per community, one row per community as in the JSON answer. */
export const REDEMPTION_STATISTICS_EXPORT: ExportDefinition<CommunityRedemptionStatisticsDto> = {
  title: '各社区积分兑换统计',
  fileName: 'redemption-statistics',
  rows: (answer: RedemptionStatisticsDto) => answer.communities,
  columns: [
    { header: '街道代码', kind: 'text', value: (row) => row.subDistrictCode },
    { header: '街道', kind: 'text', value: (row) => row.subDistrictName },
    { header: '社区代码', kind: 'text', value: (row) => row.communityCode },
    { header: '社区', kind: 'text', value: (row) => row.communityName },
    { header: '兑换人数', kind: 'integer', value: (row) => row.redeemingResidents },
    { header: '完成订单数', kind: 'integer', value: (row) => row.completedOrders },
    { header: '取消订单数', kind: 'integer', value: (row) => row.cancelledOrders },
    { header: '其中补录订单数', kind: 'integer', value: (row) => row.recordedLateOrders },
    { header: '兑换件数', kind: 'integer', value: (row) => row.itemsRedeemed },
    { header: '兑换积分', kind: 'integer', value: (row) => row.pointsRedeemed },
  ],
};
