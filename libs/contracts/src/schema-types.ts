import Type from 'typebox';

/**
 * Exact decimal carried as a string so that no consumer ever sees a float: `382.5400`. Precision and
 * scale match the SQL `numeric(precision, scale)` columns on both ends, so a valid event always fits.
 */
export const DecimalString = (precision: number, scale: number, description: string) =>
  Type.String({ pattern: `^-?\\d{1,${precision - scale}}(\\.\\d{1,${scale}})?$`, description, examples: ['382.5400'] });

export const Uuid = (description: string) => Type.String({ format: 'uuid', description });

export const Instant = (description: string) => Type.String({ format: 'date-time', description });

/** A calendar date in Asia/Shanghai. */
export const BusinessDate = (description: string) => Type.String({ format: 'date', description });

/**
 * What a deadline was counted on: `official` (every year it reaches entered from the State Council's notice) or
 * `provisional` (some year computed from the statutory rule; the deadline is recounted when that year is entered).
 * Optional in v1 payloads, which gained it later: absent means `official`.
 */
export const DeadlineBasis = (description: string) => Type.Optional(Type.Union([Type.Literal('official'), Type.Literal('provisional')], { description }));
