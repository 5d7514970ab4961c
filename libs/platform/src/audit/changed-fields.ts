import { isDeepStrictEqual } from 'node:util';

/** One field a write changed, as the audit row keeps it. */
export interface FieldChange {
  from: unknown;
  to: unknown;
}

/** The changed fields of one write, by field name: what `tx.audit` stores under `details.changes`. */
export type ChangeSet = Record<string, FieldChange>;

export interface ChangedFieldsOptions {
  /** Fields holding personal data, with the pii helper that masks them (maskPhone, maskIdNumber, maskName). */
  personal?: Record<string, (value: string) => string>;
}

/**
 * What a write changed, "from what to what", for its audit row: every field of `after` (the fields the
 * write set; undefined ones were left alone) whose value differs from `before`. Personal values are
 * stored masked, never in clear; a personal field whose masked values are equal is still recorded as
 * changed, with the masked values, since the change itself is the fact worth keeping.
 */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, options: ChangedFieldsOptions = {}): ChangeSet {
  const changes: ChangeSet = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const old = before[field] ?? null;
    if (isDeepStrictEqual(old, value)) continue;
    const mask = options.personal?.[field];
    const shown = (raw: unknown) => (mask !== undefined && typeof raw === 'string' ? mask(raw) : raw);
    changes[field] = { from: shown(old), to: shown(value) };
  }
  return changes;
}

const SHOWN_CHARACTERS = 80;

/** A value as one short line of text: strings as they are, anything else as JSON, long ones cut. */
export function displayValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const characters = [...text];
  return characters.length > SHOWN_CHARACTERS ? `${characters.slice(0, SHOWN_CHARACTERS - 1).join('')}…` : text;
}

/** "title: “old” → “new”; points: 5 → 8", the readable form of a change set. */
export function describeChanges(changes: ChangeSet): string {
  const quoted = (value: unknown) => {
    const shown = displayValue(value);
    return shown === null ? 'none' : typeof value === 'string' ? `“${shown}”` : shown;
  };
  return Object.entries(changes)
    .map(([field, change]) => `${field}: ${quoted(change.from)} → ${quoted(change.to)}`)
    .join('; ');
}
