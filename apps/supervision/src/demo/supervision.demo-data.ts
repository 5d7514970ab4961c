import type { DemoCollection } from '#platform';
import { LandBatchApproved } from '#contracts';

/**
 * The zone's reporting names 27 participating villages/communities but only 罗冲, 乌岭 and 盛塘 (under 菱北办事处);
 * the other 24 are demonstration entries, marked `demo` and named so nobody mistakes them for real units.
 */
const NAMED_UNITS = [
  { code: 'luochong', name: '罗冲社区', kind: 'community', township: '菱北办事处' },
  { code: 'wuling', name: '乌岭社区', kind: 'community', township: '菱北办事处' },
  { code: 'shengtang', name: '盛塘社区', kind: 'community', township: '菱北办事处' },
];

const DEMO_UNITS = Array.from({ length: 24 }, (_, index) => {
  const number = String(index + 1).padStart(2, '0');
  return {
    code: `demo-${number}`,
    name: `演示村${number}（示例数据，非真实单位）`,
    kind: 'village',
    township: index % 2 === 0 ? '老峰镇' : '菱北办事处',
    demo: true,
  };
});

const ZONE_UNIT = { code: 'zone', name: '安庆经开区（区级公示）', kind: 'zone' };

const SUPERVISOR = '经开区纪监工委';
const TO_BE_FILLED = '待按官方《基本监督事项清单》填写';

/** The four local items (本地特色事项) the zone added to the basic catalogue. */
const LOCAL_ITEMS = [
  { code: 'L-01', name: '营商环境', category: 'business-environment', disclosureFrequency: 'quarterly' },
  { code: 'L-02', name: '孤儿和事实无人抚养儿童生活补贴', category: 'subsidies', disclosureFrequency: 'monthly' },
  { code: 'L-03', name: '低收入老年人居家养老服务', category: 'other', disclosureFrequency: 'quarterly' },
  { code: 'L-04', name: '职业培训', category: 'other', disclosureFrequency: 'semiannual' },
].map((item) => ({
  ...item,
  responsibleBody: '所在村(社区)及主管部门（以官方清单为准）',
  supervisingBody: SUPERVISOR,
  process: '申请 → 村(社区)受理初审 → 主管部门审核 → 结果公示 → 群众监督',
  policyBasis: '待按本地事项清单填写',
  origin: 'local',
}));

/** Categories the reporting names for basic items; which official entries they are is left to the official list. */
const BASIC_CATEGORIES: Record<number, { category: string; label: string }> = {
  1: { category: 'collective-assets', label: '集体资产类' },
  2: { category: 'social-security-funds', label: '社保资金发放类' },
  3: { category: 'land', label: '土地征收与用地报批类' },
  4: { category: 'subsidies', label: '奖补政策兑现类' },
};

/** 33 stand-ins for the basic catalogue: placeholders, clearly named as such, not official titles. */
const BASIC_ITEMS = Array.from({ length: 33 }, (_, index) => {
  const number = String(index + 1).padStart(2, '0');
  const known = BASIC_CATEGORIES[index + 1];
  const land = known?.category === 'land';
  return {
    code: `B-${number}`,
    name: `基本监督事项B-${number}（${known ? `${known.label}；` : ''}占位，名称${TO_BE_FILLED}）`,
    responsibleBody: TO_BE_FILLED,
    supervisingBody: SUPERVISOR,
    process: TO_BE_FILLED,
    policyBasis: TO_BE_FILLED,
    origin: 'basic-catalogue',
    category: known?.category ?? 'other',
    disclosureFrequency: land ? 'per-event' : 'quarterly',
    placeholder: true,
    // Land approvals arrive from the land service and are public as soon as the approval is recorded.
    ...(land ? { sourceEvent: LandBatchApproved.type, publicationRule: 'direct' } : {}),
  };
});

/**
 * The reporting's figure: business-environment complaints so far, 8 received and 5 closed. Content and dates are
 * demonstration stand-ins (the article gives neither); only the counts are real.
 */
const BUSINESS_ENVIRONMENT_COMPLAINTS = Array.from({ length: 8 }, (_, index) => {
  const receivedOn = `2026-0${(index % 4) + 3}-1${index % 2}`;
  const closed = index < 5;
  return {
    category: 'business-environment',
    content: `【演示】营商环境投诉记录${index + 1}（示例数据，非真实投诉内容）`,
    channel: 'hotline',
    receivedOn,
    ...(closed ? { closedOn: receivedOn.replace(/-1(\d)$/, '-2$1'), answer: '【演示】已核实处理并答复（示例数据）' } : {}),
  };
});

const DEMO_POLICY = {
  title: '【演示】双招双引优惠政策（示例，内容以正式印发文件为准）',
  kind: 'investment-attraction',
  summary: '演示条目：说明招商引资、招才引智优惠政策在本专栏中的展示方式。',
  eligibility: '以正式印发文件为准。',
  howToApply: '企业提交申请 → 主管部门审核 → 结果公示 → 奖补资金兑现',
  department: '以正式印发文件为准',
  policyBasis: '以正式印发文件为准',
  demo: true,
};

export const SUPERVISION_DEMO_DATA: DemoCollection[] = [
  { path: '/api/v1/supervision/units', role: 'discipline-supervisor', items: [...NAMED_UNITS, ...DEMO_UNITS, ZONE_UNIT] },
  { path: '/api/v1/supervision/supervision-items', role: 'discipline-supervisor', items: [...BASIC_ITEMS, ...LOCAL_ITEMS] },
  { path: '/api/v1/supervision/complaint-records', role: 'complaint-handler', items: BUSINESS_ENVIRONMENT_COMPLAINTS },
  { path: '/api/v1/supervision/business-policies', role: 'zone-admin', items: [DEMO_POLICY] },
];
