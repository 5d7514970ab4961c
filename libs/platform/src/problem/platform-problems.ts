import { defineProblem } from './problem-catalogue.js';
import type { FieldError } from './problem-details.js';

interface DatedField {
  field: string;
  date: string;
}

interface DateOrderViolation {
  message: string;
  earlier: DatedField;
  later: DatedField;
}

interface FutureDate {
  message: string;
  field: string;
}

/** The problems the platform itself answers with, in every service. */
export const platformProblems = {
  invalidCursor: defineProblem({
    slug: 'invalid-cursor',
    status: 400,
    title: 'Invalid cursor',
    when: 'The cursor is not one this list returned; start again without it.',
  }),
  bodyTooDeep: defineProblem({
    slug: 'body-too-deep',
    status: 400,
    title: 'Body nested too deeply',
    when: 'The body nests arrays and objects deeper than the limit.',
    detail: (maxDepth: number) => `Arrays and objects may nest at most ${maxDepth} levels.`,
  }),
  invalidIdempotencyKey: defineProblem({
    slug: 'invalid-idempotency-key',
    status: 400,
    title: 'Invalid Idempotency-Key',
    when: 'The Idempotency-Key is not 8 to 128 letters, digits or ._:- characters.',
    detail: () => 'Use 8 to 128 letters, digits or ._:- characters, e.g. a UUID.',
  }),
  idempotencyKeyInProgress: defineProblem({
    slug: 'idempotency-key-in-progress',
    status: 409,
    title: 'Request in progress',
    when: 'A request with this Idempotency-Key is still being handled; retry shortly.',
    detail: (detail?: string) => detail,
  }),
  idempotencyKeyReused: defineProblem({
    slug: 'idempotency-key-reused',
    status: 422,
    title: 'Idempotency-Key reused',
    when: 'The Idempotency-Key was already used for a different request; use a new key for a new request.',
  }),
  forbiddenUnit: defineProblem({
    slug: 'forbidden',
    status: 403,
    title: 'Forbidden',
    when: "The caller asked for a unit that is not among the caller's units.",
    detail: (unit: string) => `The trail of unit ${unit} is not yours to read.`,
  }),
  zoneScopeRequired: defineProblem({
    slug: 'zone-scope-required',
    status: 403,
    title: 'Zone-wide setting',
    when: 'This setting binds the whole zone: only callers whose units include `zone` may change it.',
  }),
  metricsTokenRequired: defineProblem({
    slug: 'metrics-forbidden',
    status: 401,
    title: 'Metrics not available to this caller',
    when: 'Metrics are read from an allowed address or with the metrics token; none was sent.',
    detail: (detail: string) => detail,
  }),
  metricsForbidden: defineProblem({
    slug: 'metrics-forbidden',
    status: 403,
    title: 'Metrics not available to this caller',
    when: 'Metrics are read from an allowed address or with the metrics token.',
    detail: (detail: string) => detail,
  }),
  personalDataLogUnavailable: defineProblem({
    slug: 'personal-data-log-unavailable',
    status: 503,
    title: 'Access log unavailable',
    when: 'The personal-data access log cannot be written; try again shortly.',
  }),
  exportTooLarge: defineProblem({
    slug: 'export-too-large',
    status: 422,
    title: 'Export too large',
    when: 'The export would hold more rows than the limit; narrow the filter (e.g. by community or period) and export the parts.',
    detail: (maxRows: number) => `An export holds at most ${maxRows} rows; narrow the filter (e.g. by community or period) and export the parts.`,
    extensions: (maxRows: number) => ({ maxRows }),
  }),
  dateOrder: defineProblem({
    slug: 'date-order',
    status: 422,
    title: 'Dates out of order',
    when: 'A date is before a date it must follow.',
    detail: (order: DateOrderViolation) => `${order.message}.`,
    extensions: ({ message, earlier, later }: DateOrderViolation) => ({ errors: [{ field: later.field, message }], earlier, later }),
  }),
  dateInFuture: defineProblem({
    slug: 'date-in-future',
    status: 422,
    title: 'Date in the future',
    when: 'A date of something that already happened is after today.',
    detail: (future: FutureDate) => `${future.message}.`,
    extensions: ({ field, message }: FutureDate) => ({ errors: [{ field, message }] satisfies FieldError[] }),
  }),
  calendarYearMissing: defineProblem({
    slug: 'calendar-year-missing',
    status: 422,
    title: 'Calendar year missing',
    when: 'A deadline falls in a year whose working calendar no administrator has entered yet.',
    detail: (error: { message: string; year: number }) =>
      `${error.message} A zone-admin enters it with PUT /api/v1/<service>/working-calendar/years/${error.year}.`,
    extensions: (error: { message: string; year: number }) => ({ year: error.year }),
  }),
};
