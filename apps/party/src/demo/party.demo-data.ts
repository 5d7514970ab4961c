import type { DemoCollection } from '#platform';
import { creditCodeCheckCharacter } from '../surveyed-entities/credit-code.js';

/**
 * Demo data shaped by the zone's reporting (党组织): 51 express-logistics and 17 construction-installation
 * enterprises visited; 81 non-public enterprises and 10 social organisations newly surveyed, of which 28
 * and 5 taken under management; the organisations the article names; 2 instructors; 3 red stations.
 * Every entity, person, code and survey value below is fictitious and labelled 示例 (demo).
 */
const DEMO_NOTE = '示例数据：虚构企业，非真实摸排记录';

function demoCode(prefix: string, n: number): string {
  const first17 = `${prefix}${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

const pad = (n: number) => String(n).padStart(2, '0');

interface DemoEntity {
  creditCode: string;
  name: string;
  kind: 'enterprise' | 'social-organisation';
  sector: string;
  park?: string;
  managementStatus: 'under-management' | 'not-under-management';
  managedOn?: string;
}

/** The two industrial parks of the 51 + 17 sweep; the entities alternate between them. */
const PARKS = ['示例产业园一', '示例产业园二'] as const;
const parkOf = (i: number) => PARKS[i % PARKS.length]!;

const express: DemoEntity[] = Array.from({ length: 51 }, (_, i) => ({
  creditCode: demoCode('91340800MA', 1000 + i + 1),
  name: `示例快递企业${pad(i + 1)}`,
  kind: 'enterprise',
  sector: 'express-logistics',
  park: parkOf(i),
  managementStatus: 'not-under-management',
}));

const construction: DemoEntity[] = Array.from({ length: 17 }, (_, i) => ({
  creditCode: demoCode('91340800MA', 2000 + i + 1),
  name: `示例建筑安装企业${pad(i + 1)}`,
  kind: 'enterprise',
  sector: 'construction-installation',
  park: parkOf(i),
  managementStatus: 'not-under-management',
}));

// 28 of the 81 taken under management in April, after their March surveys; the first 7 are tenants of the 新昌 building.
const nonPublic: DemoEntity[] = Array.from({ length: 81 }, (_, i) => ({
  creditCode: demoCode('91340800MA', 3000 + i + 1),
  name: `示例非公企业${pad(i + 1)}`,
  kind: 'enterprise',
  sector: 'other',
  ...(i < 7 ? { park: '新昌大厦' } : {}),
  ...(i < 28 ? { managementStatus: 'under-management', managedOn: `2026-04-${pad((i % 20) + 1)}` } : { managementStatus: 'not-under-management' }),
}));

const social: DemoEntity[] = Array.from({ length: 10 }, (_, i) => ({
  creditCode: demoCode('51340800MJ', 4000 + i + 1),
  name: `示例社会组织${pad(i + 1)}`,
  kind: 'social-organisation',
  sector: 'social-services',
  ...(i < 5 ? { managementStatus: 'under-management', managedOn: `2026-04-${pad(i + 21)}` } : { managementStatus: 'not-under-management' }),
}));

const entities = [...express, ...construction, ...nonPublic, ...social];

// A simple repeating pattern so the ledger shows every colour; not a statistic.
const surveys = entities.map((entity, i) => ({
  creditCode: entity.creditCode,
  surveyedOn: `2026-03-${pad((i % 20) + 1)}`,
  ownerName: '示例业主',
  ownerPoliticalStatus: i % 7 === 0 ? 'party-member' : 'non-member',
  operatingStatus: 'operating',
  employeeCount: 5 + (i % 10),
  partyOrganisation: 'none',
  massOrganisations: i % 3 === 0 ? ['trade-union'] : [],
  partyMemberCount: i % 5,
  surveyor: i % 2 === 0 ? '摸排组一' : '摸排组二',
  notes: DEMO_NOTE,
}));

export const PARTY_DEMO_DATA: DemoCollection[] = [
  { path: '/api/v1/party/entities', role: 'party-committee', items: entities.map((entity) => ({ ...entity })) },
  {
    path: '/api/v1/party/survey-campaigns',
    role: 'party-committee',
    items: [
      {
        name: '示例：快递物流和建筑安装企业地毯式摸排',
        sectors: ['express-logistics', 'construction-installation'],
        parks: [...PARKS],
        targetCount: 51 + 17,
        surveyors: ['摸排组一', '摸排组二'],
        startsOn: '2026-03-01',
        endsOn: '2026-03-31',
      },
      {
        name: '示例：非公企业和社会组织新摸排',
        sectors: ['other', 'social-services'],
        targetCount: 91,
        surveyors: ['摸排组一', '摸排组二'],
        startsOn: '2026-03-01',
        endsOn: '2026-03-31',
      },
    ],
  },
  { path: '/api/v1/party/surveys', role: 'party-committee', items: surveys },
  {
    path: '/api/v1/party/organisations',
    role: 'party-committee',
    items: [
      { name: '建筑安装行业党委', type: 'committee', formationMode: 'platform', establishedOn: '2026-04-10', memberEntityCreditCodes: [] },
      {
        name: '快递物流联合党支部',
        type: 'joint-branch',
        formationMode: 'joint',
        establishedOn: '2026-04-15',
        memberEntityCreditCodes: express.slice(0, 5).map((entity) => entity.creditCode),
      },
      { name: '人力资源协会党支部', type: 'branch', formationMode: 'standalone', memberEntityCreditCodes: [] },
      {
        name: '新昌大厦功能型党总支',
        type: 'general-branch',
        functional: true,
        formationMode: 'platform',
        establishedOn: '2026-04-20',
        memberEntityCreditCodes: nonPublic.slice(0, 7).map((entity) => entity.creditCode),
      },
    ],
  },
  {
    path: '/api/v1/party/instructors',
    role: 'party-committee',
    items: [
      { userId: 'instructor-01', name: '示例指导员甲', entityCreditCodes: express.slice(0, 10).map((entity) => entity.creditCode) },
      { userId: 'instructor-02', name: '示例指导员乙', entityCreditCodes: construction.map((entity) => entity.creditCode) },
    ],
  },
  {
    path: '/api/v1/party/red-stations',
    role: 'party-committee',
    items: [
      {
        name: '示例红色驿站一',
        address: '安庆经开区（示例地址一）',
        latitude: '30.541230',
        longitude: '116.998760',
        openingHours: '08:00-20:00',
        amenities: ['water', 'rest', 'charging', 'cooling'],
      },
      {
        name: '示例红色驿站二',
        address: '安庆经开区（示例地址二）',
        latitude: '30.552100',
        longitude: '117.012400',
        openingHours: '全天',
        amenities: ['water', 'rest', 'heating', 'microwave'],
      },
      {
        name: '示例红色驿站三',
        address: '安庆经开区（示例地址三）',
        latitude: '30.528700',
        longitude: '117.025900',
        openingHours: '07:30-21:00',
        amenities: ['water', 'rest', 'first-aid', 'restroom'],
      },
    ],
  },
  {
    path: '/api/v1/party/worker-demands',
    role: 'party-committee',
    items: [
      {
        workerGroup: 'delivery-rider',
        title: '示例：夜间送餐后缺少热水和充电点',
        details: '示例诉求：骑手反映晚上十点后附近无处补充热水、给电瓶充电。',
        collectedOn: '2026-04-02',
      },
    ],
  },
];
