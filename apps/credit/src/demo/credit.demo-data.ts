import type { DemoCollection } from '#platform';
import { addCalendarDays } from '#working-calendar/core';
import { idNumberCheckCharacter } from '#platform';

/**
 * Demo residents are fictional: names in the 某某 form used for anonymised persons, ID numbers built
 * from the 安庆 city-level code, a birth date and a sequence, with a computed check digit.
 */
export function demoIdNumber(birth: string, sequence: number): string {
  const first17 = `340800${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

/** Mr Yang of the article: 67, a retired teacher and volunteer 单元长, with over 70 points. */
export const DEMO_YANG_ID_NUMBER = demoIdNumber('19590315', 1);

const COMMUNITIES = [
  { code: 'shengtang', name: '盛塘' },
  { code: 'wuling', name: '乌岭' },
  { code: 'luochong', name: '罗冲' },
].map((community) => ({ ...community, subDistrictCode: 'lingbei', subDistrictName: '菱北办事处' }));

/** The 38 scoring items (加分指标) by category, then the deductions (失信扣分). Points are the catalogue's settings. */
const INDICATORS: [code: string, category: string, name: string, points: number, limitPerPeriod?: number][] = [
  ['VOL-01', 'volunteer-activities', '参加党建引领志愿服务活动（如核酸检测志愿服务）', 4, 12],
  ['VOL-02', 'volunteer-activities', '担任志愿服务单元长', 20, 1],
  ['VOL-03', 'volunteer-activities', '参加社区疫情防控值守', 3, 10],
  ['VOL-04', 'volunteer-activities', '参加文明创建志愿宣传', 2, 6],
  ['VOL-05', 'volunteer-activities', '参加应急抢险志愿服务', 5, 4],
  ['SEC-01', 'public-security', '参加治安巡逻', 3, 12],
  ['SEC-02', 'public-security', '参与矛盾纠纷调解', 4, 6],
  ['SEC-03', 'public-security', '提供有效治安线索', 5, 4],
  ['SEC-04', 'public-security', '参加反诈宣传', 2, 6],
  ['SEC-05', 'public-security', '见义勇为', 10, 2],
  ['WEL-01', 'public-welfare', '参加公益关爱活动', 3, 12],
  ['WEL-02', 'public-welfare', '关爱留守儿童', 4, 6],
  ['WEL-03', 'public-welfare', '结对帮扶空巢老人', 5, 4],
  ['WEL-04', 'public-welfare', '无偿献血', 5, 2],
  ['WEL-05', 'public-welfare', '公益捐赠', 3, 4],
  ['LAW-01', 'law-abiding', '全年无违法违纪记录', 5, 1],
  ['LAW-02', 'law-abiding', '参加普法学习', 2, 6],
  ['LAW-03', 'law-abiding', '按时缴纳各项费用', 3, 1],
  ['LAW-04', 'law-abiding', '主动配合人口普查等工作', 2, 2],
  ['LAW-05', 'law-abiding', '文明养犬、规范停车', 2, 2],
  ['ENV-01', 'environment', '庭院整洁、门前三包', 3, 12],
  ['ENV-02', 'environment', '垃圾分类', 2, 12],
  ['ENV-03', 'environment', '参加环境整治', 3, 6],
  ['ENV-04', 'environment', '植绿护绿', 2, 4],
  ['ENV-05', 'environment', '节约用水用电', 2, 2],
  ['FIL-01', 'filial-piety', '孝敬赡养老人', 5, 2],
  ['FIL-02', 'filial-piety', '家庭和睦', 3, 2],
  ['FIL-03', 'filial-piety', '评为好媳妇、好婆婆', 8, 1],
  ['FIL-04', 'filial-piety', '关爱残疾家庭成员', 4, 2],
  ['FIL-05', 'filial-piety', '邻里互助', 2, 6],
  ['CUS-01', 'customs-reform', '红事新办、白事简办', 5, 2],
  ['CUS-02', 'customs-reform', '不大操大办', 3, 2],
  ['CUS-03', 'customs-reform', '文明祭扫', 2, 2],
  ['CUS-04', 'customs-reform', '拒绝高价彩礼', 5, 1],
  ['AID-01', 'helping-others', '帮扶困难群众', 4, 6],
  ['AID-02', 'helping-others', '参加慈善一日捐', 2, 2],
  ['AID-03', 'helping-others', '助学助残', 4, 4],
  ['AID-04', 'helping-others', '灾害互助', 5, 4],
  ['MIS-01', 'misconduct', '乱扔垃圾、乱搭乱建，经劝导不改', -5],
  ['MIS-02', 'misconduct', '违规燃放烟花爆竹', -5],
  ['MIS-03', 'misconduct', '恶意拖欠费用', -10],
  ['MIS-04', 'misconduct', '违法违纪受到处理', -20],
];

/**
 * Households of the article's history: enough one-member households that the residents who had redeemed
 * (盛塘 49, 乌岭 30, 罗冲 18) and the households that had used 古树物业's benefits (117 fee waivers, 137 gifts)
 * are distinct records, as the article counts them.
 */
const HISTORY_HOUSEHOLDS: { communityCode: string; prefix: string; first: number; count: number }[] = [
  { communityCode: 'shengtang', prefix: 'ST', first: 3, count: 55 },
  { communityCode: 'wuling', prefix: 'WL', first: 3, count: 42 },
  { communityCode: 'luochong', prefix: 'LC', first: 2, count: 35 },
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗'];

const HISTORY_RESIDENTS = HISTORY_HOUSEHOLDS.flatMap(({ communityCode, prefix, first, count }) =>
  Array.from({ length: count }, (_, index) => ({ communityCode, householdNumber: `${prefix}-${String(first + index).padStart(4, '0')}` })),
).map((household, index) => {
  const sequence = 7 + index;
  const birth = `${1945 + (sequence % 50)}${String(1 + (sequence % 12)).padStart(2, '0')}${String(1 + (sequence % 28)).padStart(2, '0')}`;
  return { ...household, name: `${SURNAMES[sequence % SURNAMES.length]}某某`, idNumber: demoIdNumber(birth, sequence) };
});

const HOUSEHOLDS = [
  ['shengtang', 'ST-0001'],
  ['shengtang', 'ST-0002'],
  ['wuling', 'WL-0001'],
  ['wuling', 'WL-0002'],
  ['luochong', 'LC-0001'],
  ...HISTORY_RESIDENTS.map((resident) => [resident.communityCode, resident.householdNumber]),
];

const RESIDENTS = [
  {
    communityCode: 'shengtang',
    householdNumber: 'ST-0001',
    name: '杨某某',
    idNumber: DEMO_YANG_ID_NUMBER,
    phone: '13900000001',
    accountId: 'demo-resident-yang',
  },
  { communityCode: 'shengtang', householdNumber: 'ST-0001', name: '陈某某', idNumber: demoIdNumber('19610722', 2), phone: '13900000002' },
  { communityCode: 'shengtang', householdNumber: 'ST-0002', name: '李某某', idNumber: demoIdNumber('19780104', 3), phone: '13900000003' },
  { communityCode: 'wuling', householdNumber: 'WL-0001', name: '张某某', idNumber: demoIdNumber('19850612', 4), phone: '13900000004' },
  { communityCode: 'wuling', householdNumber: 'WL-0002', name: '刘某某', idNumber: demoIdNumber('19920930', 5) },
  { communityCode: 'luochong', householdNumber: 'LC-0001', name: '王某某', idNumber: demoIdNumber('19701111', 6), phone: '13900000006' },
  ...HISTORY_RESIDENTS,
];

/**
 * The article gives the figures but no dates: the history is spread over the pilots' first weeks (from 2026-03-02,
 * after the merchants signed), one day after another — illustrative dates, entered as back-dated records.
 */
const illustrativeDay = (index: number) => addCalendarDays('2026-03-02', index % 58);
const HISTORY_REASON = '补录平台上线前的纸质登记（日期为示意）';

/** Redeemers before the platform: Mr Yang and 48 more in 盛塘, 30 in 乌岭, 18 in 罗冲. */
const HISTORY_REDEEMERS = [
  ...HISTORY_RESIDENTS.filter((resident) => resident.communityCode === 'shengtang').slice(0, 48),
  ...HISTORY_RESIDENTS.filter((resident) => resident.communityCode === 'wuling').slice(0, 30),
  ...HISTORY_RESIDENTS.filter((resident) => resident.communityCode === 'luochong').slice(0, 18),
];
const SHELF_PREFIX: Record<string, string> = { shengtang: 'ST', wuling: 'WL', luochong: 'LC' };

/** Mr Yang's year: volunteering (核酸检测 among it) and his 单元长 role bring him to 72 points. */
const YANG_ENTRIES = [
  ...['2026-03-07', '2026-03-21', '2026-04-04', '2026-04-18', '2026-05-09', '2026-05-23', '2026-06-13', '2026-07-04', '2026-08-15', '2026-09-12'].map(
    (occurredOn) => ({
      residentIdNumber: DEMO_YANG_ID_NUMBER,
      indicatorCode: 'VOL-01',
      occurredOn,
      reason: '参加核酸检测志愿服务',
      evidence: `志愿服务签到表 ${occurredOn}`,
    }),
  ),
  { residentIdNumber: DEMO_YANG_ID_NUMBER, indicatorCode: 'VOL-02', occurredOn: '2026-03-01', reason: '担任志愿服务单元长', evidence: '社区聘书' },
  { residentIdNumber: DEMO_YANG_ID_NUMBER, indicatorCode: 'WEL-03', occurredOn: '2026-05-16', reason: '结对帮扶空巢老人', evidence: '帮扶记录' },
  { residentIdNumber: DEMO_YANG_ID_NUMBER, indicatorCode: 'ENV-01', occurredOn: '2026-06-20', reason: '庭院整洁', evidence: '检查记录' },
  { residentIdNumber: DEMO_YANG_ID_NUMBER, indicatorCode: 'LAW-02', occurredOn: '2026-07-10', reason: '参加普法学习', evidence: '学习签到' },
  { residentIdNumber: DEMO_YANG_ID_NUMBER, indicatorCode: 'FIL-05', occurredOn: '2026-08-01', reason: '邻里互助', evidence: '邻居证明' },
];

/** The pilots' supermarkets stock seasonings, thermos cups, kitchenware and towels; prices and stock are shelf settings. */
const GOODS = [
  ...(['ST', 'WL', 'LC'] as const).flatMap((prefix) => {
    const communityCode = { ST: 'shengtang', WL: 'wuling', LC: 'luochong' }[prefix];
    return [
      { code: `${prefix}-SEASON-01`, communityCode, name: '调味品', description: '酱油、醋等调味品', pointPrice: 5, stock: 40 },
      { code: `${prefix}-CUP-01`, communityCode, name: '保温杯', pointPrice: 15, stock: 20 },
      { code: `${prefix}-KITCHEN-01`, communityCode, name: '厨具', description: '炒锅、菜刀等厨房用具', pointPrice: 25, stock: 10 },
      { code: `${prefix}-TOWEL-01`, communityCode, name: '毛巾', pointPrice: 4, stock: 50 },
    ];
  }),
  { code: 'ST-GIFT-01', communityCode: 'shengtang', name: '爱心礼包', description: '价值近200元的生活用品礼包', pointPrice: 60, stock: 5 },
];

/**
 * Partner merchants named in the report; where the report names no community, the sub-district signed them. Several
 * sectors where the report describes several lines of business: the car shop services and washes cars, 古树物业 also
 * repairs home appliances, the hotel lodges guests besides serving meals.
 */
const MERCHANTS = [
  {
    code: 'LB-CAR-01',
    unitCode: 'lingbei',
    name: '共建汽车维修店',
    sectors: ['transport', 'services'],
    signedOn: '2026-03-01',
    accountId: 'demo-merchant-car',
  },
  {
    code: 'LB-GUSHU',
    unitCode: 'lingbei',
    name: '古树物业',
    sectors: ['property-management', 'services'],
    signedOn: '2026-03-01',
    accountId: 'demo-merchant-gushu',
  },
  { code: 'WL-LIBRARY', unitCode: 'wuling', name: '乌岭信用图书馆', sectors: ['culture'], signedOn: '2026-03-05' },
  { code: 'WL-BARBER', unitCode: 'wuling', name: '乌岭共建理发店', sectors: ['services'], signedOn: '2026-03-05' },
  { code: 'WL-ELDERCARE', unitCode: 'wuling', name: '乌岭共建养老中心', sectors: ['elderly-care'], signedOn: '2026-03-05' },
  { code: 'WL-HOTEL', unitCode: 'wuling', name: '乌岭共建宾馆', sectors: ['catering', 'services'], signedOn: '2026-03-05' },
  { code: 'LC-KINDERGARTEN', unitCode: 'luochong', name: '罗冲共建幼儿园', sectors: ['education'], signedOn: '2026-03-08' },
  { code: 'LC-SUPERMARKET', unitCode: 'luochong', name: '罗冲共建超市', sectors: ['retail'], signedOn: '2026-03-08' },
  { code: 'LC-VEHICLE-CHECK', unitCode: 'luochong', name: '罗冲共建机动车检测站', sectors: ['transport'], signedOn: '2026-03-08' },
];

/** Households that used 古树物业's benefits before the platform: 117 had a month's fee waived, 137 received the gift. */
const HISTORY_USES = { 'LB-GUSHU-FEE': 117, 'LB-GUSHU-GIFT': 137 } as const;

/** Benefits as the report describes them. */
const BENEFITS = [
  {
    code: 'LB-CAR-01-SERVICE',
    merchantCode: 'LB-CAR-01',
    title: '汽车保养八折',
    description: 'AA级及以上信用户凭信用服务等级卡和积分，汽车保养享受八折优惠',
    minimumLevel: 'AA',
  },
  {
    code: 'LB-CAR-01-WASH',
    merchantCode: 'LB-CAR-01',
    title: '洗车优惠5元',
    description: 'AA级及以上信用户凭信用服务等级卡和积分，洗车优惠5元',
    minimumLevel: 'AA',
  },
  { code: 'LB-GUSHU-GIFT', merchantCode: 'LB-GUSHU', title: '缴纳物业费赠送礼品', description: '评级信用户缴纳物业费时赠送礼品', minimumLevel: 'A' },
  { code: 'LB-GUSHU-FEE', merchantCode: 'LB-GUSHU', title: '减免一个月物业费', description: 'AA级信用户减免一个月物业费', minimumLevel: 'AA' },
  { code: 'LB-GUSHU-REPAIR', merchantCode: 'LB-GUSHU', title: '家电维修与优先维修', description: 'AA级信用户享受家电维修服务和优先维修', minimumLevel: 'AA' },
];

export const CREDIT_DEMO_DATA: DemoCollection[] = [
  { path: '/api/v1/credit/communities', role: 'credit-staff', items: COMMUNITIES },
  {
    path: '/api/v1/credit/indicators',
    role: 'credit-staff',
    items: INDICATORS.map(([code, category, name, points, limitPerPeriod]) => ({
      code,
      category,
      name,
      points,
      ...(limitPerPeriod === undefined ? {} : { limitPerPeriod }),
    })),
  },
  {
    path: '/api/v1/credit/households',
    role: 'credit-staff',
    items: HOUSEHOLDS.map(([communityCode, householdNumber]) => ({ communityCode, householdNumber })),
  },
  { path: '/api/v1/credit/residents', role: 'credit-staff', items: RESIDENTS },
  {
    path: '/api/v1/credit/ledger-entries',
    role: 'credit-staff',
    items: [
      ...YANG_ENTRIES,
      { residentIdNumber: RESIDENTS[1]!.idNumber, indicatorCode: 'FIL-01', occurredOn: '2026-04-12', reason: '孝敬赡养老人', evidence: '村民评议' },
      { residentIdNumber: RESIDENTS[2]!.idNumber, indicatorCode: 'ENV-02', occurredOn: '2026-05-02', reason: '垃圾分类', evidence: '检查记录' },
      { residentIdNumber: RESIDENTS[3]!.idNumber, indicatorCode: 'SEC-01', occurredOn: '2026-06-06', reason: '参加治安巡逻', evidence: '巡逻登记' },
      { residentIdNumber: RESIDENTS[4]!.idNumber, indicatorCode: 'MIS-01', occurredOn: '2026-06-18', reason: '乱扔垃圾，经劝导不改', evidence: '网格员记录' },
      { residentIdNumber: RESIDENTS[5]!.idNumber, indicatorCode: 'CUS-01', occurredOn: '2026-07-20', reason: '红事新办', evidence: '社区备案' },
      // The points the earlier redeemers spent: a year without misconduct, 2025.
      ...HISTORY_REDEEMERS.map((resident) => ({
        residentIdNumber: resident.idNumber,
        indicatorCode: 'LAW-01',
        occurredOn: '2025-12-31',
        reason: '全年无违法违纪记录',
        evidence: '2025年度评议（示意）',
      })),
    ],
  },
  { path: '/api/v1/credit/goods', role: 'credit-staff', items: GOODS },
  {
    path: '/api/v1/credit/historical-redemptions',
    role: 'records-clerk',
    items: [
      ...HISTORY_REDEEMERS.map((resident, index) => ({
        goodsCode: `${SHELF_PREFIX[resident.communityCode]}-SEASON-01`,
        residentIdNumber: resident.idNumber,
        quantity: 1,
        occurredOn: illustrativeDay(index),
        reason: HISTORY_REASON,
      })),
      // Mr Yang exchanges points for the gift pack worth nearly 200 yuan, after his summer of volunteering (date illustrative).
      { goodsCode: 'ST-GIFT-01', residentIdNumber: DEMO_YANG_ID_NUMBER, quantity: 1, occurredOn: '2026-09-26', reason: HISTORY_REASON },
    ],
  },
  { path: '/api/v1/credit/merchants', role: 'credit-staff', items: MERCHANTS },
  { path: '/api/v1/credit/benefits', role: 'credit-staff', items: BENEFITS },
  {
    path: '/api/v1/credit/historical-benefit-uses',
    role: 'records-clerk',
    items: (['LB-GUSHU-FEE', 'LB-GUSHU-GIFT'] as const).flatMap((benefitCode) =>
      HOUSEHOLDS.slice(0, HISTORY_USES[benefitCode]).map(([communityCode, householdNumber], index) => ({
        benefitCode,
        communityCode,
        householdNumber,
        occurredOn: illustrativeDay(index),
        reason: HISTORY_REASON,
      })),
    ),
  },
];
