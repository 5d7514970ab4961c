import { platformProblems } from '../problem/platform-problems.js';
import { randomUUID } from 'node:crypto';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { csvCell, EXCEL_NUMBER_FORMATS, excelCell, type ExportColumn } from './export-columns.js';

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type FileExportFormat = Exclude<ExportFormat, 'json'>;

export const EXPORT_MEDIA_TYPES: Record<FileExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The most rows one export writes; a broader filter is refused (`export-too-large`) rather than cut short. */
export const MAX_EXPORT_ROWS = 100_000;

/** What the file says about itself above the column headers. */
export interface ExportSheet<Row> {
  /** e.g. `各社区积分兑换统计`; also the worksheet's name. */
  title: string;
  /** The request's filters in words, e.g. `communityCode=C001`, or `全部`. */
  filter: string;
  /** The business date the figures are as of. */
  asOf: string;
  columns: ExportColumn<Row>[];
}

export interface ExportFile {
  stream: Readable;
  bytes: number;
  rows: number;
}

/** The line above the column headers: what was asked for and as of when (筛选 … 截至 …). */
export function preambleOf(sheet: Pick<ExportSheet<unknown>, 'title' | 'filter' | 'asOf'>): string[] {
  return [sheet.title, `筛选：${sheet.filter}`, `截至：${sheet.asOf}`];
}

/**
 * Writes the rows to a spool file page by page and hands back a stream of it. Only one page is in memory
 * at a time; the file goes to disk, not to the client, until the last row is written, so a broken or
 * oversized export ends in a problem answer instead of a truncated download that looks complete. The file
 * is unlinked once opened for reading: it disappears with the stream.
 */
export async function writeExportFile<Row>(
  format: FileExportFormat,
  sheet: ExportSheet<Row>,
  pages: AsyncIterable<Row[]>,
  maxRows = MAX_EXPORT_ROWS,
): Promise<ExportFile> {
  const file = path.join(tmpdir(), `zone-gov-export-${randomUUID()}.${format}`);
  try {
    const rows = format === 'csv' ? await writeCsv(file, sheet, pages, maxRows) : await writeXlsx(file, sheet, pages, maxRows);
    const handle = await open(file, 'r');
    const { size } = await handle.stat();
    return { stream: handle.createReadStream(), bytes: size, rows };
  } finally {
    await unlink(file).catch(() => undefined);
  }
}

/** UTF-8 with a byte-order mark (Excel then reads the Chinese correctly), CRLF and RFC 4180 quoting. */
async function writeCsv<Row>(file: string, sheet: ExportSheet<Row>, pages: AsyncIterable<Row[]>, maxRows: number): Promise<number> {
  const handle: FileHandle = await open(file, 'w');
  let written = 0;
  try {
    const lines = (records: string[][], bom = false) => stringify(records, { bom, record_delimiter: 'windows' });
    await handle.write(lines([preambleOf(sheet), sheet.columns.map((column) => column.header)], true));
    for await (const page of pages) {
      written += page.length;
      if (written > maxRows) throw platformProblems.exportTooLarge(maxRows);
      if (page.length > 0) await handle.write(lines(page.map((row) => sheet.columns.map((column) => csvCell(column.kind, column.value(row))))));
    }
  } finally {
    await handle.close();
  }
  return written;
}

/** exceljs's streaming writer: each row is committed to the zip stream as soon as it is added. */
async function writeXlsx<Row>(file: string, sheet: ExportSheet<Row>, pages: AsyncIterable<Row[]>, maxRows: number): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const worksheet = workbook.addWorksheet(sheet.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 2 }] });
  worksheet.columns = sheet.columns.map((column) => ({ key: column.header, width: Math.max(10, [...column.header].length * 2 + 2) }));
  worksheet.addRow(preambleOf(sheet)).commit();
  const headers = worksheet.addRow(sheet.columns.map((column) => column.header));
  headers.font = { bold: true };
  headers.commit();
  let written = 0;
  try {
    for await (const page of pages) {
      written += page.length;
      if (written > maxRows) throw platformProblems.exportTooLarge(maxRows);
      for (const item of page) {
        const row = worksheet.addRow(sheet.columns.map((column) => excelCell(column.kind, column.value(item))));
        sheet.columns.forEach((column, index) => {
          const numFmt = EXCEL_NUMBER_FORMATS[column.kind];
          const cell = row.getCell(index + 1);
          if (numFmt !== undefined && (typeof cell.value === 'number' || cell.value instanceof Date)) cell.numFmt = numFmt;
        });
        row.commit();
      }
    }
  } finally {
    worksheet.commit();
    await workbook.commit();
  }
  return written;
}
