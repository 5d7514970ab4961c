import { describe, expect, it } from '@jest/globals';
import { CsvSyntaxError, parseCsvRecords } from './csv-records.js';

describe('parseCsvRecords', () => {
  it('splits records and fields with LF or CRLF and skips blank lines', () => {
    expect(parseCsvRecords('a,b,c\r\n1,2,3\n\n4,,6\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '2', '3'] },
      { line: 4, fields: ['4', '', '6'] },
    ]);
    expect(parseCsvRecords('a,b\r\n"c,d","e ""f"""\n  \n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c,d', 'e "f"'] },
    ]);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks, and keeps the starting line', () => {
    expect(parseCsvRecords('"示例, 企业","say ""hi""","two\nlines"\nnext,row,x')).toEqual([
      { line: 1, fields: ['示例, 企业', 'say "hi"', 'two\nlines'] },
      { line: 3, fields: ['next', 'row', 'x'] },
    ]);
    expect(parseCsvRecords('\r\n\r\nx,"multi\r\nline\r\n",y\r\n\r\nz')).toEqual([
      { line: 3, fields: ['x', 'multi\nline\n', 'y'] },
      { line: 7, fields: ['z'] },
    ]);
  });

  it('ignores a byte-order mark, keeps an empty quoted field and records of any length', () => {
    expect(parseCsvRecords('\uFEFFa,""\nb')).toEqual([
      { line: 1, fields: ['a', ''] },
      { line: 2, fields: ['b'] },
    ]);
  });

  it('refuses broken quoting with the line number', () => {
    expect(() => parseCsvRecords('a,b\n"open,x')).toThrow(new CsvSyntaxError(2, 'unterminated quoted field'));
    expect(() => parseCsvRecords('a"b,c')).toThrow(CsvSyntaxError);
    expect(() => parseCsvRecords('a,b\n"a"b,c')).toThrow(new CsvSyntaxError(2, 'unexpected character after a closing quote'));
  });
});
