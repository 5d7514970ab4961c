import type { ExportDefinition } from '#platform';
import type { ResidentDto } from './dto/resident.dto.js';

/** The resident register as a file: names, ID numbers and phones exactly as the JSON list shows them (masked or not). */
export const RESIDENTS_EXPORT: ExportDefinition<ResidentDto> = {
  title: '居民名册',
  fileName: 'residents',
  columns: [
    { header: '社区', kind: 'text', value: (resident) => resident.communityCode },
    { header: '姓名', kind: 'text', value: (resident) => resident.name },
    { header: '身份证号', kind: 'text', value: (resident) => resident.idNumber },
    { header: '手机号', kind: 'text', value: (resident) => resident.phone },
    { header: '信用积分', kind: 'integer', value: (resident) => resident.creditScore },
    { header: '可用积分', kind: 'integer', value: (resident) => resident.spendableBalance },
    { header: '累计获得', kind: 'integer', value: (resident) => resident.earned },
    { header: '累计扣减', kind: 'integer', value: (resident) => resident.deducted },
    { header: '累计兑换', kind: 'integer', value: (resident) => resident.redeemed },
    { header: '登记日期', kind: 'date', value: (resident) => resident.createdAt },
    { header: '居民ID', kind: 'text', value: (resident) => resident.id },
  ],
};
