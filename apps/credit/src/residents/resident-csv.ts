import { idNumberProblem, isValidMobile, normaliseIdNumber } from '#platform';

export const CSV_COLUMNS = ['householdNumber', 'name', 'idNumber', 'phone'] as const;
export const MAX_IMPORT_ROWS = 2000;

/** Splits CSV text into rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((fields) => !(fields.length === 1 && fields[0]!.trim() === ''));
}

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
 * header must name the columns. Line numbers count the header as line 1.
 */
export function checkResidentCsv(text: string, today?: Date): { headerProblem?: string; rows: RowCheck[] } {
  const [header, ...data] = parseCsv(text.replace(/^\uFEFF/, ''));
  const expected = CSV_COLUMNS.join(',');
  if (header === undefined || header.map((cell) => cell.trim()).join(',') !== expected) return { headerProblem: `the first line must be the header ${expected}`, rows: [] };
  if (data.length === 0) return { headerProblem: 'the file has no data rows', rows: [] };
  if (data.length > MAX_IMPORT_ROWS) return { headerProblem: `at most ${MAX_IMPORT_ROWS} rows per file`, rows: [] };
  const seen = new Map<string, number>();
  return {
    rows: data.map((fields, index): RowCheck => {
      const line = index + 2;
      if (fields.length !== CSV_COLUMNS.length) return { line, ok: false, reason: `expected ${CSV_COLUMNS.length} fields, found ${fields.length}` };
      const [householdNumber, name, rawId, rawPhone] = fields.map((cell) => cell.trim()) as [string, string, string, string];
      if (!/^[A-Za-z0-9-]{1,32}$/.test(householdNumber)) return { line, ok: false, reason: 'householdNumber must be 1-32 letters, digits or dashes' };
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
