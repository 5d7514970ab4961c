import { describe, expect, it } from '@jest/globals';
import { isValidCreditCode } from '../surveyed-entities/credit-code.js';
import { PARTY_DEMO_DATA } from './party.demo-data.js';

const collection = (suffix: string) => PARTY_DEMO_DATA.find((item) => item.path.endsWith(suffix))!.items as Record<string, unknown>[];

describe('party demo data', () => {
  const entities = collection('/entities');

  it('carries the reported figures: 51 + 17 visited, 81 + 10 newly surveyed, 28 + 5 under management', () => {
    const count = (predicate: (entity: Record<string, unknown>) => boolean) => entities.filter(predicate).length;
    expect(count((entity) => entity.sector === 'express-logistics')).toBe(51);
    expect(count((entity) => entity.sector === 'construction-installation')).toBe(17);
    expect(count((entity) => entity.sector === 'other')).toBe(81);
    expect(count((entity) => entity.kind === 'social-organisation')).toBe(10);
    expect(count((entity) => entity.sector === 'other' && entity.managementStatus === 'under-management')).toBe(28);
    expect(count((entity) => entity.kind === 'social-organisation' && entity.managementStatus === 'under-management')).toBe(5);
    expect(collection('/instructors')).toHaveLength(2);
    expect(collection('/red-stations')).toHaveLength(3);
  });

  it('dates every entity taken under management after its survey, and sweeps the 51 + 17 in two parks with one campaign', () => {
    const surveyedOn = new Map(collection('/surveys').map((survey) => [survey.creditCode, String(survey.surveyedOn)]));
    const managed = entities.filter((entity) => entity.managementStatus === 'under-management');
    expect(managed).toHaveLength(28 + 5);
    for (const entity of managed) expect(String(entity.managedOn) > surveyedOn.get(entity.creditCode)!).toBe(true);
    expect(entities.filter((entity) => entity.managementStatus !== 'under-management').every((entity) => entity.managedOn === undefined)).toBe(true);
    const [sweep] = collection('/survey-campaigns');
    expect(sweep).toMatchObject({ sectors: ['express-logistics', 'construction-installation'], parks: ['示例产业园一', '示例产业园二'], targetCount: 68 });
    const visited = entities.filter((entity) => entity.sector === 'express-logistics' || entity.sector === 'construction-installation');
    expect(new Set(visited.map((entity) => entity.park))).toEqual(new Set(['示例产业园一', '示例产业园二']));
  });

  it('labels every entity as demo and gives each a distinct valid credit code', () => {
    expect(entities.every((entity) => String(entity.name).startsWith('示例'))).toBe(true);
    const codes = entities.map((entity) => String(entity.creditCode));
    expect(codes.every(isValidCreditCode)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(collection('/surveys')).toHaveLength(entities.length);
  });

  it('names the organisations the article names, the 新昌 general branch integrating 7', () => {
    const organisations = collection('/organisations');
    expect(organisations.map((organisation) => organisation.name)).toEqual([
      '建筑安装行业党委',
      '快递物流联合党支部',
      '人力资源协会党支部',
      '新昌大厦功能型党总支',
    ]);
    expect(organisations[3]!.memberEntityCreditCodes).toHaveLength(7);
  });
});
