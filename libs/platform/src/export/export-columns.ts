/**
 * How an export shows one column. Areas (mu, hectares) keep 4 decimal places and money 2, as the
 * decimal strings of the JSON answers do; dates are business dates in Asia/Shanghai.
 */
export type ExportColumnKind = 'text' | 'integer' | 'area' | 'money' | 'date';

/** A cell as an operation hands it over: the JSON answer's own value (decimal strings stay strings). */
export type ExportValue = string | number | boolean | null | undefined;

export interface ExportColumn<Row> {
  /** Column header in the file, e.g. `兑换次数`. */
  header: string;
  kind: ExportColumnKind;
  value: (row: Row) => ExportValue;
}

/** Decimal places of each decimal kind, and the matching Excel number format. */
export const DECIMAL_PLACES: Partial<Record<ExportColumnKind, number>> = { area: 4, money: 2 };
export const EXCEL_NUMBER_FORMATS: Record<ExportColumnKind, string | undefined> = {
  text: undefined,
  integer: '0',
  area: '0.0000',
  money: '#,##0.00',
  date: 'yyyy-mm-dd',
};

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * A decimal string padded to `places` decimals by text alone ("12.5" → "12.50"), so no digit passes
 * through a binary float. More decimals than `places` are kept rather than rounded away.
 */
export function fixedDecimal(value: string, places: number): string {
  const match = DECIMAL.exec(value.trim());
  if (match === null) return value;
  const [, sign, whole, fraction = ''] = match;
  return `${sign}${whole}.${fraction.padEnd(places, '0')}`;
}

/**
 * Whether a decimal string comes back unchanged from an Excel cell: Excel holds IEEE doubles and shows at
 * most 15 significant digits, and any decimal of up to 15 significant digits survives that round trip.
 */
export function fitsExcelNumber(value: string): boolean {
  const match = DECIMAL.exec(value.trim());
  if (match === null) return false;
  const digits = `${match[2]}${match[3] ?? ''}`.replace(/^0+/, '');
  return digits.length <= 15;
}

/** `2026-04-30T02:15:00.000Z` → `2026-04-30 10:15` (Asia/Shanghai); a business date stays as it is. */
export function shanghaiDateText(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading
 * apostrophe: a complaint's text must not become a live formula on the operator's machine.
 */
export function inertText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A cell as CSV text: decimals padded to their places, instants as Shanghai time, text made inert. */
export function csvCell(kind: ExportColumnKind, value: ExportValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const text = String(value);
  const places = DECIMAL_PLACES[kind];
  if (places !== undefined) return fixedDecimal(text, places);
  if (kind === 'date') return shanghaiDateText(text);
  if (kind === 'integer') return text;
  return inertText(text);
}

/**
 * A cell as written to XLSX. Integers and decimals of at most 15 significant digits become numbers (so
 * SUM works) with the column's number format; longer decimals stay text, so no digit changes silently.
 * Business dates become Excel dates; instants their Shanghai date and time as text.
 */
export function excelCell(kind: ExportColumnKind, value: ExportValue): string | number | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  const text = String(value);
  if (kind === 'integer' || DECIMAL_PLACES[kind] !== undefined) {
    return fitsExcelNumber(text) ? Number(text) : csvCell(kind, text);
  }
  if (kind === 'date') {
    return /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00.000Z`) : shanghaiDateText(text);
  }
  return text;
}
