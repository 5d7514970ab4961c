import { describe, expect, it } from '@jest/globals';
import { parseCsvRecords } from '#platform';
import { ImportFileError, MAX_IMPORT_ROWS, validateImportRows } from './entity-import.js';

const HEADER = 'creditCode,name,kind,sector,park,managementStatus';
const TODAY = '2026-04-30';
const rows = (...lines: string[]) => validateImportRows(parseCsvRecords([HEADER, ...lines].join('\n')), TODAY);

describe('validateImportRows', () => {
  it('accepts a valid row, normalising the code and defaulting optional columns', () => {
    const [row] = rows('91350100m000100y43,示例快递企业01,enterprise,express-logistics,,');
    expect(row).toEqual({
      line: 2,
      creditCode: '91350100M000100Y43',
      status: 'valid',
      candidate: {
        creditCode: '91350100M000100Y43',
        name: '示例快递企业01',
        kind: 'enterprise',
        sector: 'express-logistics',
        park: null,
        managementStatus: 'not-under-management',
        managedOn: null,
      },
    });
  });

  it('reports every problem of an invalid row, and keeps judging the other rows', () => {
    const report = rows(
      '91350100M000100Y44,,company,farming,,maybe',
      '91350100M000100Y43,示例社会组织01,social-organisation,social-services,示例园区,under-management',
    );
    expect(report[0]).toMatchObject({ line: 2, status: 'invalid' });
    expect(report[0]!.status === 'invalid' && report[0]!.errors).toEqual([
      'creditCode check character should be 3 (GB 32100)',
      'name must be 1 to 200 characters',
      'kind must be one of enterprise, social-organisation',
      expect.stringMatching(/^sector must be one of/),
      'managementStatus must be one of under-management, not-under-management',
    ]);
    expect(report[1]).toMatchObject({ line: 3, status: 'valid' });
  });

  it('dates a row taken under management on its managedOn, else the import day, and refuses a future one', () => {
    const dated = (status: string, managedOn: string) =>
      validateImportRows(
        parseCsvRecords(`creditCode,name,kind,sector,managementStatus,managedOn\n91350100M000100Y43,A,enterprise,other,${status},${managedOn}`),
        TODAY,
      )[0];
    expect(dated('under-management', '2026-03-26')).toMatchObject({ status: 'valid', candidate: { managedOn: '2026-03-26' } });
    expect(dated('under-management', '')).toMatchObject({ status: 'valid', candidate: { managedOn: TODAY } });
    expect(dated('under-management', '2026-05-01')).toMatchObject({ status: 'invalid', errors: ['managedOn 2026-05-01 is after today (2026-04-30)'] });
    expect(dated('not-under-management', '2026-03-26')).toMatchObject({ status: 'invalid', errors: ['managedOn is only for an entity under management'] });
  });

  it('flags a repeated code within the file, pointing at the first line', () => {
    const report = rows('91350100M000100Y43,A,enterprise,other,,', '91350100M000100Y43,B,enterprise,other,,');
    expect(report[1]).toEqual({ line: 3, creditCode: '91350100M000100Y43', status: 'duplicate-in-file', errors: ['same creditCode as line 2'] });
  });

  it('flags a row with the wrong number of fields', () => {
    expect(rows('91350100M000100Y43,A,enterprise,other')[0]).toMatchObject({ status: 'invalid', errors: ['expected 6 fields, found 4'] });
  });

  it('accepts columns in any order and without the optional ones', () => {
    const report = validateImportRows(parseCsvRecords('sector,kind,name,creditCode\nother,enterprise,A,91350100M000100Y43'), TODAY);
    expect(report[0]).toMatchObject({ status: 'valid' });
  });

  it('refuses files without a usable header, without rows or with too many rows', () => {
    expect(() => validateImportRows([], TODAY)).toThrow(ImportFileError);
    expect(() => validateImportRows(parseCsvRecords('creditCode,name,kind'), TODAY)).toThrow(/missing columns: sector/);
    expect(() => validateImportRows(parseCsvRecords('creditCode,name,kind,sector,owner'), TODAY)).toThrow(/unknown columns: owner/);
    expect(() => validateImportRows(parseCsvRecords(HEADER), TODAY)).toThrow(/no data rows/);
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => '91350100M000100Y43,A,enterprise,other,,');
    expect(() => rows(...many)).toThrow(/at most 1000 rows/);
  });
});
