import { describe, expect, it } from '@jest/globals';
import { idNumberCheckCharacter } from '#platform';
import { checkResidentCsv, parseCsv } from './resident-csv.js';

const id = (sequence: number) => {
  const first17 = `34080019700101${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
};

describe('resident CSV', () => {
  it('parses quoted fields, doubled quotes and CRLF', () => {
    expect(parseCsv('a,b\r\n"c,d","e ""f"""\n\n')).toEqual([
      ['a', 'b'],
      ['c,d', 'e "f"'],
    ]);
  });

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
    const { headerProblem, rows } = checkResidentCsv(csv);
    expect(headerProblem).toBeUndefined();
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

  it('requires the header and at least one row', () => {
    expect(checkResidentCsv('name,idNumber\nx,y').headerProblem).toMatch(/header/);
    expect(checkResidentCsv('\uFEFFhouseholdNumber,name,idNumber,phone\n').headerProblem).toMatch(/no data rows/);
  });
});
