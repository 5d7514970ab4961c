import { describe, expect, it } from '@jest/globals';
import { csvCell, excelCell, fitsExcelNumber, fixedDecimal, inertText, shanghaiDateText } from './export-columns.js';

describe('export column formatting', () => {
  it('pads areas to 4 places and money to 2 by text alone, never rounding digits away', () => {
    expect(csvCell('area', '382.54')).toBe('382.5400');
    expect(csvCell('area', '12')).toBe('12.0000');
    expect(csvCell('money', '12.5')).toBe('12.50');
    expect(csvCell('money', '-0.1')).toBe('-0.10');
    expect(fixedDecimal('1.23456', 4)).toBe('1.23456');
    expect(csvCell('area', '0.30000000000000004')).toBe('0.30000000000000004');
  });

  it('writes decimals of up to 15 significant digits as Excel numbers, longer ones as text', () => {
    expect(excelCell('area', '442.5400')).toBe(442.54);
    expect(excelCell('money', '0.10')).toBe(0.1);
    expect(fitsExcelNumber('123456789012.345')).toBe(true);
    expect(fitsExcelNumber('1234567890123.4567')).toBe(false);
    expect(excelCell('area', '1234567890123.4567')).toBe('1234567890123.4567');
    expect(excelCell('integer', 49)).toBe(49);
    expect(excelCell('integer', null)).toBeNull();
  });

  it('shows instants as Shanghai date and time, business dates as they are', () => {
    expect(shanghaiDateText('2026-04-30T16:15:00.000Z')).toBe('2026-05-01 00:15');
    expect(csvCell('date', '2026-04-30')).toBe('2026-04-30');
    expect(excelCell('date', '2026-04-30')).toEqual(new Date('2026-04-30T00:00:00.000Z'));
    expect(excelCell('date', '2026-04-30T02:15:00.000Z')).toBe('2026-04-30 10:15');
  });

  it('keeps text from becoming a formula and shows yes/no in words', () => {
    expect(inertText('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(csvCell('text', '+86 139')).toBe("'+86 139");
    expect(csvCell('text', '盛塘')).toBe('盛塘');
    expect(csvCell('integer', -3)).toBe('-3');
    expect(csvCell('text', true)).toBe('是');
    expect(csvCell('text', null)).toBe('');
  });
});
