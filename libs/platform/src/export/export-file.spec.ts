import { describe, expect, it } from '@jest/globals';
import { buffer } from 'node:stream/consumers';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ProblemException } from '../problem/problem.exception.js';
import type { ExportSheet } from './export-file.js';
import { writeExportFile } from './export-file.js';

interface Row {
  name: string;
  area: string;
  paid: string;
  count: number;
}

const sheet: ExportSheet<Row> = {
  title: '测试',
  filter: 'communityCode=shengtang',
  asOf: '2026-04-30',
  columns: [
    { header: '名称', kind: 'text', value: (row) => row.name },
    { header: '面积（亩）', kind: 'area', value: (row) => row.area },
    { header: '金额（元）', kind: 'money', value: (row) => row.paid },
    { header: '次数', kind: 'integer', value: (row) => row.count },
  ],
};

async function* pagesOf(...pages: Row[][]): AsyncGenerator<Row[]> {
  yield* pages;
}

describe('export files', () => {
  it('CSV: UTF-8 with BOM, CRLF, RFC 4180 quoting of commas, quotes and line breaks', async () => {
    const file = await writeExportFile(
      'csv',
      sheet,
      pagesOf([{ name: '乌岭, "东"', area: '1.5', paid: '3', count: 2 }], [{ name: '两行\n文字', area: '0.0001', paid: '10.25', count: 0 }]),
    );
    const bytes = await buffer(file.stream);
    expect(file.rows).toBe(2);
    expect(file.bytes).toBe(bytes.length);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text).toContain('"乌岭, ""东"""');
    expect(text.split('\r\n')[0]).toBe('测试,筛选：communityCode=shengtang,截至：2026-04-30');
    expect(parse(text, { relax_column_count: true })).toEqual([
      ['测试', '筛选：communityCode=shengtang', '截至：2026-04-30'],
      ['名称', '面积（亩）', '金额（元）', '次数'],
      ['乌岭, "东"', '1.5000', '3.00', '2'],
      ['两行\n文字', '0.0001', '10.25', '0'],
    ]);
  });

  it('XLSX: title row, Chinese headers, numbers with 4 and 2 decimal places', async () => {
    const file = await writeExportFile('xlsx', sheet, pagesOf([{ name: '盛塘', area: '382.54', paid: '12.5', count: 3 }]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buffer(file.stream)) as unknown as ArrayBuffer);
    const worksheet = workbook.worksheets[0]!;
    expect(worksheet.name).toBe('测试');
    expect(worksheet.getRow(1).getCell(2).value).toBe('筛选：communityCode=shengtang');
    expect(worksheet.getRow(2).getCell(2).value).toBe('面积（亩）');
    const data = worksheet.getRow(3);
    expect([data.getCell(1).value, data.getCell(2).value, data.getCell(3).value, data.getCell(4).value]).toEqual(['盛塘', 382.54, 12.5, 3]);
    expect(data.getCell(2).numFmt).toBe('0.0000');
    expect(data.getCell(3).numFmt).toBe('#,##0.00');
  });

  it('writes 10,000 rows arriving in 100 pages, one page at a time', async () => {
    let pagesProduced = 0;
    async function* pages(): AsyncGenerator<Row[]> {
      for (let page = 0; page < 100; page += 1) {
        pagesProduced += 1;
        yield Array.from({ length: 100 }, (_, i) => ({ name: `户${page * 100 + i}`, area: '1.25', paid: '0.5', count: i }));
      }
    }
    const csv = await writeExportFile('csv', sheet, pages());
    expect(pagesProduced).toBe(100);
    expect(csv.rows).toBe(10_000);
    expect((await buffer(csv.stream)).toString('utf8').trimEnd().split('\r\n')).toHaveLength(10_002);
    const xlsx = await writeExportFile('xlsx', sheet, pages());
    expect(xlsx.rows).toBe(10_000);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buffer(xlsx.stream)) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.rowCount).toBe(10_002);
  });

  it('refuses an export over the row limit with a problem instead of a cut-short file', async () => {
    const row = { name: 'x', area: '1', paid: '1', count: 1 };
    await expect(writeExportFile('csv', sheet, pagesOf([row, row], [row, row]), 3)).rejects.toThrow(ProblemException);
    await expect(writeExportFile('xlsx', sheet, pagesOf([row, row], [row, row]), 3)).rejects.toMatchObject({
      problem: { status: 422, type: 'urn:zone-gov:problem:export-too-large' },
    });
  });
});
