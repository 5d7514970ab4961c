/** A string that is not a real calendar date in `YYYY-MM-DD` form. */
export class InvalidBusinessDateError extends Error {
  override readonly name = 'InvalidBusinessDateError';

  constructor(readonly value: unknown) {
    super(`${JSON.stringify(value)} is not a valid business date (expected a real date as YYYY-MM-DD)`);
  }
}

/**
 * A computation needed to classify a day of a year the calendar has no official data for and cannot compute a
 * provisional arrangement for (outside 2014–2100). Raised instead of falling back to plain weekends.
 */
export class CalendarYearMissingError extends Error {
  override readonly name = 'CalendarYearMissingError';

  constructor(
    readonly year: number,
    readonly date: string,
  ) {
    super(
      `No working-day calendar data for ${year} (needed for ${date}), and no provisional one can be computed for it; an administrator must add the ${year} holiday arrangement`,
    );
  }
}

/** One problem in administrator-supplied year data, addressed by the field it concerns. */
export interface CalendarYearIssue {
  /** Path of the offending field, e.g. `holidays[3].date`; empty for the input as a whole. */
  path: string;
  message: string;
}

/** Year data that failed validation; `issues` lists every problem found, not just the first. */
export class CalendarYearInvalidError extends Error {
  override readonly name = 'CalendarYearInvalidError';

  constructor(readonly issues: readonly CalendarYearIssue[]) {
    const details = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
    super(`Invalid calendar year data: ${details.join('; ')}`);
  }
}
