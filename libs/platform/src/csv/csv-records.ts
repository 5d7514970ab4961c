import { CsvError, parse, type CsvErrorCode, type Info } from 'csv-parse/sync';

/** One CSV record and the 1-based line it starts on, for per-row import reports. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** Our wording for the csv-parse errors an uploaded file can cause; others keep csv-parse's message. */
const SYNTAX_PROBLEMS: Partial<Record<CsvErrorCode, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'unterminated quoted field',
  CSV_INVALID_CLOSING_QUOTE: 'unexpected character after a closing quote',
  INVALID_OPENING_QUOTE: 'a quote may only open a field',
};

/**
 * Reads an uploaded CSV file (RFC 4180 via csv-parse): comma-separated, double-quoted fields may hold commas,
 * quotes ("") and line breaks; CRLF, LF or CR line ends, even mixed; a UTF-8 byte-order mark is ignored; blank
 * lines are skipped. Fields are returned as written (untrimmed) and records may differ in length, so that the
 * importer reports such rows itself. Throws CsvSyntaxError with the line for broken quoting.
 */
export function parseCsvRecords(text: string): CsvRecord[] {
  // One line end everywhere, so that csv-parse's line count is the count an editor shows.
  const source = text.replace(/\r\n?/g, '\n');
  let parsed: { record: string[]; info: Info }[];
  try {
    // With `info`, csv-parse returns each record with its position (its typings only know plain records).
    parsed = parse(source, { bom: true, record_delimiter: '\n', skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof parsed;
  } catch (error) {
    if (error instanceof CsvError) throw new CsvSyntaxError(Number(error.lines), SYNTAX_PROBLEMS[error.code] ?? error.message);
    throw error;
  }
  return parsed
    .filter(({ record }) => !(record.length === 1 && record[0]!.trim() === ''))
    .map(({ record, info }) => ({
      // csv-parse counts up to the record's end; a quoted field's own line breaks come before that.
      line: info.lines - record.reduce((breaks, field) => breaks + (field.match(/\n/g)?.length ?? 0), 0),
      fields: record,
    }));
}
