import type { DemoCollection } from '#platform';

/**
 * Reported figures (安庆经开区, local newspaper): since 2022, 11 batches of land requisition approved, 1,277.2035 mu
 * in total, serving 江淮二期, 美的集团新能源汽车零部件战略新基地, 智能化中央工厂总部 and others; 安庆长风港二期 got 382.54 mu
 * approved by the provincial government, work having started on 27 January, and supply started the same day.
 *
 * Only those totals are reported. How the other 894.6635 mu split across ten batches, years and projects is NOT
 * reported: those parcels are illustrative (marked 演示/示例 in their names and descriptions), chosen so that the
 * sums come out exactly at the reported figures. Document numbers and approval dates are examples too.
 */
const PORT = '6a1d0000-0000-4000-8000-000000000001';
const JAC = '6a1d0000-0000-4000-8000-000000000002';
const MIDEA = '6a1d0000-0000-4000-8000-000000000003';
const FACTORY = '6a1d0000-0000-4000-8000-000000000004';
const OTHERS = '6a1d0000-0000-4000-8000-000000000005';
const IN_PROGRESS = '6a1d0000-0000-4000-8000-000000000006';

const ILLUSTRATIVE = '演示数据：面积为示意值，非报道数字 (illustrative demo figure, not a reported one)';

const demoBatch = (index: number, approvedOn: string, projectId: string, areaMu: string) => ({
  name: `演示批次${String(index).padStart(2, '0')}（示例数据，${approvedOn.slice(0, 4)}年）`,
  approvingAuthority: '安徽省人民政府',
  documentNumber: `示例文号-${approvedOn.slice(0, 4)}-${String(index).padStart(2, '0')}`,
  approvedOn,
  parcels: [{ projectId, parcelCode: `DEMO-${String(index).padStart(2, '0')}`, areaMu, description: ILLUSTRATIVE }],
});

export const LAND_DEMO_DATA: DemoCollection[] = [
  {
    path: '/api/v1/land/projects',
    role: 'land-staff',
    items: [
      {
        id: PORT,
        name: '安庆长风港二期',
        category: 'provincial-key',
        requestedAreaMu: '382.54',
        purpose:
          '省政府重点工程：2个5000吨多用途泊位，集装箱堆场、杂货仓库及海关海事边检配套设施 (two 5,000-tonne berths, container yard, customs facilities).',
        startedOn: '2026-01-27',
        targetDate: '2026-04-27',
      },
      {
        id: JAC,
        name: '江淮二期',
        category: 'provincial-key',
        requestedAreaMu: '248.5',
        purpose: `Reported as served by the 11 batches; requested area: ${ILLUSTRATIVE}`,
      },
      {
        id: MIDEA,
        name: '美的集团新能源汽车零部件战略新基地',
        category: 'provincial-key',
        requestedAreaMu: '206.6635',
        purpose: `Reported as served by the 11 batches; requested area: ${ILLUSTRATIVE}`,
      },
      {
        id: FACTORY,
        name: '智能化中央工厂总部',
        category: 'municipal-key',
        requestedAreaMu: '139.5',
        purpose: `Reported as served by the 11 batches; requested area: ${ILLUSTRATIVE}`,
      },
      {
        id: OTHERS,
        name: '其他重点项目（演示汇总）',
        category: 'zone-key',
        requestedAreaMu: '300',
        purpose: `Stands for the unnamed "others" the report mentions; ${ILLUSTRATIVE}`,
      },
      {
        id: IN_PROGRESS,
        name: '演示项目：产业园配套用地（示例）',
        category: 'zone-key',
        requestedAreaMu: '52.3',
        purpose: `A project still in pre-work, to show schedules and risk on the dashboard; ${ILLUSTRATIVE}`,
        startedOn: '2026-10-12',
        targetDate: '2026-12-30',
      },
    ],
  },
  {
    path: '/api/v1/land/batch-records',
    role: 'land-staff',
    items: [
      demoBatch(1, '2022-06-15', JAC, '150'),
      demoBatch(2, '2022-11-08', JAC, '98.5'),
      demoBatch(3, '2023-03-21', MIDEA, '120.25'),
      demoBatch(4, '2023-07-12', MIDEA, '86.4135'),
      demoBatch(5, '2023-12-05', FACTORY, '75'),
      demoBatch(6, '2024-05-16', FACTORY, '64.5'),
      demoBatch(7, '2024-10-22', OTHERS, '90'),
      demoBatch(8, '2025-04-09', OTHERS, '80'),
      demoBatch(9, '2025-09-18', OTHERS, '70'),
      demoBatch(10, '2026-01-14', OTHERS, '60'),
      {
        name: '安庆长风港二期项目用地',
        approvingAuthority: '安徽省人民政府',
        documentNumber: '示例文号-2026-长风港二期',
        approvedOn: '2026-04-20',
        parcels: [
          {
            projectId: PORT,
            parcelCode: 'CFG2',
            areaMu: '382.54',
            description: '获批建设用地总面积382.54亩（报道数字）；批复日期与文号为示例 (reported area; approval date and document number are examples).',
          },
        ],
      },
    ],
  },
  {
    path: '/api/v1/land/meetings',
    role: 'land-staff',
    items: [
      {
        // The report names the bureaus and the topics of the 20-odd meetings; this one meeting, its date and items are examples.
        title: '长风港二期用地报批专题调度会（示例）',
        heldOn: '2026-02-06',
        departments: ['安庆市自然资源和规划局', '市林业局', '市交通运输局', '市司法局', '市人社局', '经开区国土规划建设局'],
        issues: [
          { category: 'funding', description: '用地报批资金保障（示例）' },
          { category: 'land-use-quota', description: '用地计划指标（示例）' },
          { category: 'farmland-balance', description: '耕地占补平衡指标协调（示例）' },
        ],
        decisions: ['倒排用地报批时序，各环节只能提前不能退后（示例）'],
        projectIds: [PORT],
        actionItems: [{ projectId: PORT, description: '落实耕地占补平衡指标（示例）', owner: '经开区国土规划建设局', dueOn: '2026-02-20' }],
      },
    ],
  },
];
