import { describe, expect, it } from '@jest/globals';
import { AREA_MU_PATTERN, exceedsBatchTotal } from './land-validation.js';

describe('land areas', () => {
  it('takes positive decimal strings only', () => {
    expect(['382.54', '0.0001', '9999999999.9999', '10'].every((area) => AREA_MU_PATTERN.test(area))).toBe(true);
    expect(['0', '0.0000', '00.00', '-1', '1.23456', '12345678901', '1e3'].some((area) => AREA_MU_PATTERN.test(area))).toBe(false);
  });

  it('refuses parcels whose exact sum needs more than ten integer digits', () => {
    expect(exceedsBatchTotal(['9999999999.9998', '0.0001'])).toBe(false);
    expect(exceedsBatchTotal(['9999999999.9999', '0.0001'])).toBe(true);
    expect(exceedsBatchTotal(['5000000000', '5000000000'])).toBe(true);
    expect(exceedsBatchTotal([])).toBe(false);
  });
});
