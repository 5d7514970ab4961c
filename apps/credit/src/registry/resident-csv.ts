import { CsvSyntaxError, idNumberProblem, isValidMobile, normaliseIdNumber, parseCsvRecords, type CsvRecord } from '#platform';
import { HOUSEHOLD_NUMBER, HOUSEHOLD_NUMBER_RULE } from './dto/household.dto.js';

export const CSV_COLUMNS = ['householdNumber', 'name', 'idNumber', 'phone'] as const;
export const MAX_IMPORT_ROWS = 2000;

export interface ResidentRow {
  line: number;
  householdNumber: string;
  name: string;
  idNumber: string;
  phone?: string;
}

export type RowCheck = { line: number; ok: true; row: ResidentRow } | { line: number; ok: false; reason: string };

/**
 * Checks every data row on its own and against the others (an ID number twice in one file); the
 * header must name the columns. Line numbers are the file's, the header being line 1.
 */
export function checkResidentCsv(text: string, today?: Date): { fileProblem?: string; rows: RowCheck[] } {
  let records: CsvRecord[];
  try {
    records = parseCsvRecords(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { fileProblem: error.message, rows: [] };
    throw error;
  }
  const [header, ...data] = records;
  const expected = CSV_COLUMNS.join(',');
  if (header === undefined || header.fields.map((cell) => cell.trim()).join(',') !== expected)
    return { fileProblem: `the first line must be the header ${expected}`, rows: [] };
  if (data.length === 0) return { fileProblem: 'the file has no data rows', rows: [] };
  if (data.length > MAX_IMPORT_ROWS) return { fileProblem: `at most ${MAX_IMPORT_ROWS} rows per file`, rows: [] };
  const seen = new Map<string, number>();
  return {
    rows: data.map(({ line, fields }): RowCheck => {
      if (fields.length !== CSV_COLUMNS.length) return { line, ok: false, reason: `expected ${CSV_COLUMNS.length} fields, found ${fields.length}` };
      const [householdNumber, name, rawId, rawPhone] = fields.map((cell) => cell.trim()) as [string, string, string, string];
      if (!HOUSEHOLD_NUMBER.test(householdNumber)) return { line, ok: false, reason: HOUSEHOLD_NUMBER_RULE };
      if (name.length === 0 || [...name].length > 50) return { line, ok: false, reason: 'name must be 1-50 characters' };
      const idProblem = idNumberProblem(rawId, today);
      if (idProblem !== undefined) return { line, ok: false, reason: idProblem };
      if (rawPhone !== '' && !isValidMobile(rawPhone)) return { line, ok: false, reason: 'phone must be an 11-digit mainland mobile number' };
      const idNumber = normaliseIdNumber(rawId);
      const first = seen.get(idNumber);
      if (first !== undefined) return { line, ok: false, reason: `same ID number as line ${first}` };
      seen.set(idNumber, line);
      return { line, ok: true, row: { line, householdNumber, name, idNumber, ...(rawPhone === '' ? {} : { phone: rawPhone }) } };
    }),
  };
}
