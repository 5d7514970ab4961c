import { describe, expect, it } from '@jest/globals';
import { CsvSyntaxError, parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('splits records and fields with LF or CRLF and skips blank lines', () => {
    expect(parseCsv('a,b,c\r\n1,2,3\n\n4,,6\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '2', '3'] },
      { line: 4, fields: ['4', '', '6'] },
    ]);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks, and keeps the starting line', () => {
    expect(parseCsv('"示例, 企业","say ""hi""","two\nlines"\nnext,row,x')).toEqual([
      { line: 1, fields: ['示例, 企业', 'say "hi"', 'two\nlines'] },
      { line: 3, fields: ['next', 'row', 'x'] },
    ]);
  });

  it('ignores a byte-order mark and keeps an empty quoted field', () => {
    expect(parseCsv('\uFEFFa,""')).toEqual([{ line: 1, fields: ['a', ''] }]);
  });

  it('refuses broken quoting with the line number', () => {
    expect(() => parseCsv('a,b\n"open,x')).toThrow(new CsvSyntaxError(2, 'unterminated quoted field'));
    expect(() => parseCsv('a"b,c')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('"a"b,c')).toThrow(/closing quote/);
  });
});
