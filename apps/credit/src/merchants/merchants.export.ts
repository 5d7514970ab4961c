import type { ExportDefinition } from '#platform';
import type { BenefitStatisticsDto, BenefitStatisticsItemDto, MerchantDto } from './dto/merchant.dto.js';

export const MERCHANTS_EXPORT: ExportDefinition<MerchantDto> = {
  title: '共建商户名录',
  fileName: 'merchants',
  columns: [
    { header: '商户代码', kind: 'text', value: (merchant) => merchant.code },
    { header: '商户名称', kind: 'text', value: (merchant) => merchant.name },
    { header: '所属单位', kind: 'text', value: (merchant) => merchant.unitCode },
    { header: '行业', kind: 'text', value: (merchant) => merchant.sectors.join('、') },
    { header: '签约日期', kind: 'date', value: (merchant) => merchant.signedOn },
  ],
};

export const BENEFIT_STATISTICS_EXPORT: ExportDefinition<BenefitStatisticsItemDto> = {
  title: '商户优惠使用统计',
  fileName: 'benefit-statistics',
  rows: (answer: BenefitStatisticsDto) => answer.benefits,
  columns: [
    { header: '商户代码', kind: 'text', value: (row) => row.merchantCode },
    { header: '商户', kind: 'text', value: (row) => row.merchantName },
    { header: '优惠代码', kind: 'text', value: (row) => row.benefitCode },
    { header: '优惠', kind: 'text', value: (row) => row.title },
    { header: '使用次数', kind: 'integer', value: (row) => row.uses },
    { header: '使用户数', kind: 'integer', value: (row) => row.households },
    { header: '其中补录次数', kind: 'integer', value: (row) => row.recordedLateUses },
  ],
};
