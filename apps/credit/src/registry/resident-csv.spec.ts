import { describe, expect, it } from '@jest/globals';
import { idNumberCheckCharacter } from '#platform/personal-data';
import { checkResidentCsv } from './resident-csv.js';

const id = (sequence: number) => {
  const first17 = `34080019700101${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
};

describe('resident CSV', () => {
  it('reports each row: accepted, or rejected with the reason', () => {
    const wrongCheck = id(2).slice(0, 17) + (id(2)[17] === '1' ? '2' : '1');
    const csv = [
      'householdNumber,name,idNumber,phone',
      `ST-0001,杨某某,${id(1)},13900000001`,
      `ST-0001,陈某某,${wrongCheck},`,
      `ST-0002,李某某,${id(3)},12345`,
      `ST-0002,张某某,${id(1).toLowerCase()},`,
      'ST-0003,王某某',
      `ST 4,刘某某,${id(5)},`,
    ].join('\n');
    const { fileProblem, rows } = checkResidentCsv(csv);
    expect(fileProblem).toBeUndefined();
    expect(rows.map((row) => (row.ok ? 'ok' : row.reason))).toEqual([
      'ok',
      'ID number check digit does not match',
      'phone must be an 11-digit mainland mobile number',
      'same ID number as line 2',
      'expected 4 fields, found 2',
      'householdNumber must be 1-32 letters, digits or dashes',
    ]);
    expect(rows[0]).toMatchObject({ line: 2, row: { phone: '13900000001' } });
  });

  it("numbers rows by the file's lines, blank lines and quoted line breaks included", () => {
    const csv = `householdNumber,name,idNumber,phone\r\n\r\nST-0001,"杨某某",${id(1)},\r\nST-0001,"陈\r\n某某",${id(2)},\r\nST 4,刘某某,${id(5)},`;
    expect(checkResidentCsv(csv).rows.map(({ line, ok }) => [line, ok])).toEqual([
      [3, true],
      [4, true],
      [6, false],
    ]);
  });

  it('refuses a file with broken quoting, naming the line', () => {
    expect(checkResidentCsv(`householdNumber,name,idNumber,phone\nST-0001,"杨某某,${id(1)},`).fileProblem).toBe('line 2: unterminated quoted field');
  });

  it('requires the header and at least one row', () => {
    expect(checkResidentCsv('name,idNumber\nx,y').fileProblem).toMatch(/header/);
    expect(checkResidentCsv('\uFEFFhouseholdNumber,name,idNumber,phone\n').fileProblem).toMatch(/no data rows/);
  });
});
