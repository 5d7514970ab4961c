import { describe, expect, it } from '@jest/globals';
import { INDICATOR_CATEGORIES } from '../indicators/indicator-category.js';
import { indicatorPointsProblem } from '../indicators/indicator-points.js';
import { idNumberProblem } from '#platform/personal-data';
import { CREDIT_DEMO_DATA } from './credit.demo-data.js';

const collection = (suffix: string) => CREDIT_DEMO_DATA.find((item) => item.path.endsWith(suffix))!.items;

describe('credit demo data', () => {
  it('has the 38 scoring items across every category the article names, plus deductions', () => {
    const indicators = collection('/indicators') as { code: string; category: (typeof INDICATOR_CATEGORIES)[number]; points: number }[];
    const awards = indicators.filter((item) => item.points > 0);
    expect(awards).toHaveLength(38);
    expect(new Set(awards.map((item) => item.category))).toEqual(new Set(INDICATOR_CATEGORIES.filter((category) => category !== 'misconduct')));
    expect(indicators.some((item) => item.category === 'misconduct')).toBe(true);
    expect(new Set(indicators.map((item) => item.code)).size).toBe(indicators.length);
    for (const item of indicators) expect(indicatorPointsProblem(item.category, item.points)).toBeUndefined();
  });

  it('uses valid (fictional) ID numbers only', () => {
    for (const resident of collection('/residents') as { idNumber: string }[]) expect(idNumberProblem(resident.idNumber)).toBeUndefined();
  });
});
