import { isBusinessDate } from '#working-calendar/core';
import type { CsvRecord } from '#platform';
import { creditCodeProblem, normaliseCreditCode } from './credit-code.js';
import { managementDateOf } from './management-date.js';
import { ENTITY_KINDS, MANAGEMENT_STATUSES, SECTORS, type EntityKind, type ManagementStatus, type Sector } from './entity-kinds.js';

/** Columns of an import file, in any order; `park`, `managementStatus` and `managedOn` may be left out. */
export const IMPORT_COLUMNS = ['creditCode', 'name', 'kind', 'sector', 'park', 'managementStatus', 'managedOn'] as const;
const REQUIRED_COLUMNS = ['creditCode', 'name', 'kind', 'sector'] as const;
/** Largest file accepted in one request; bigger sweeps are split. */
export const MAX_IMPORT_ROWS = 1000;

export interface ImportCandidate {
  creditCode: string;
  name: string;
  kind: EntityKind;
  sector: Sector;
  park: string | null;
  managementStatus: ManagementStatus;
  managedOn: string | null;
}

export type RowOutcome =
  | { line: number; creditCode: string | null; status: 'valid'; candidate: ImportCandidate }
  | { line: number; creditCode: string | null; status: 'invalid' | 'duplicate-in-file'; errors: string[] };

export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
}

/** Validates every data row independently; the header row names the columns. `today` dates rows taken under management without a `managedOn`. */
export function validateImportRows(records: CsvRecord[], today: string): RowOutcome[] {
  const [header, ...rows] = records;
  if (header === undefined) throw new ImportFileError('the file is empty; the first row must name the columns');
  const columns = header.fields.map((field) => field.trim());
  const unknown = columns.filter((column) => !(IMPORT_COLUMNS as readonly string[]).includes(column));
  if (unknown.length > 0) throw new ImportFileError(`unknown columns: ${unknown.join(', ')}; allowed: ${IMPORT_COLUMNS.join(', ')}`);
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) throw new ImportFileError(`missing columns: ${missing.join(', ')}`);
  if (new Set(columns).size !== columns.length) throw new ImportFileError('a column is named twice');
  if (rows.length === 0) throw new ImportFileError('the file has no data rows');
  if (rows.length > MAX_IMPORT_ROWS) throw new ImportFileError(`at most ${MAX_IMPORT_ROWS} rows per file; this one has ${rows.length}`);

  const seen = new Map<string, number>();
  return rows.map((row): RowOutcome => {
    const value = (column: string) => {
      const index = columns.indexOf(column);
      return index < 0 ? '' : (row.fields[index] ?? '').trim();
    };
    const errors: string[] = [];
    if (row.fields.length !== columns.length) errors.push(`expected ${columns.length} fields, found ${row.fields.length}`);
    const creditCode = normaliseCreditCode(value('creditCode'));
    const codeProblem = creditCode === '' ? 'is required' : creditCodeProblem(creditCode);
    if (codeProblem !== null) errors.push(`creditCode ${codeProblem}`);
    const name = value('name');
    if (name.length < 1 || name.length > 200) errors.push('name must be 1 to 200 characters');
    const kind = value('kind');
    if (!(ENTITY_KINDS as readonly string[]).includes(kind)) errors.push(`kind must be one of ${ENTITY_KINDS.join(', ')}`);
    const sector = value('sector');
    if (!(SECTORS as readonly string[]).includes(sector)) errors.push(`sector must be one of ${SECTORS.join(', ')}`);
    const park = value('park');
    if (park.length > 120) errors.push('park must be at most 120 characters');
    const managementStatus = value('managementStatus') || 'not-under-management';
    if (!(MANAGEMENT_STATUSES as readonly string[]).includes(managementStatus))
      errors.push(`managementStatus must be one of ${MANAGEMENT_STATUSES.join(', ')}`);
    const managedOnText = value('managedOn');
    let managedOn: string | null = null;
    if (managedOnText !== '' && !isBusinessDate(managedOnText)) errors.push('managedOn must be a real date written YYYY-MM-DD');
    else if ((MANAGEMENT_STATUSES as readonly string[]).includes(managementStatus)) {
      const dated = managementDateOf(managementStatus as ManagementStatus, managedOnText === '' ? undefined : managedOnText, today);
      if ('problem' in dated) errors.push(dated.problem);
      else managedOn = dated.managedOn;
    }
    const reportedCode = creditCode === '' ? null : creditCode;
    if (errors.length > 0) return { line: row.line, creditCode: reportedCode, status: 'invalid', errors };
    const firstLine = seen.get(creditCode);
    if (firstLine !== undefined) return { line: row.line, creditCode, status: 'duplicate-in-file', errors: [`same creditCode as line ${firstLine}`] };
    seen.set(creditCode, row.line);
    return {
      line: row.line,
      creditCode,
      status: 'valid',
      candidate: {
        creditCode,
        name,
        kind: kind as EntityKind,
        sector: sector as Sector,
        park: park === '' ? null : park,
        managementStatus: managementStatus as ManagementStatus,
        managedOn,
      },
    };
  });
}
