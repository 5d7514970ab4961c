import { shanghaiDateOf } from '#working-calendar/core';
import { clock } from '../clock/clock.js';
import { platformProblems } from './platform-problems.js';

/** A dated fact of a record, named as the client knows it (a request field, or the related record's field). */
export interface NamedDate {
  /** Field name, e.g. `dueOn`, or `meeting.heldOn` for a related record's date. */
  name: string;
  /** ISO date (YYYY-MM-DD), or an instant compared by its Asia/Shanghai day; `null`/`undefined` when the fact has not happened yet. */
  date: string | Date | null | undefined;
  /** How the message names the date instead of the bare field, e.g. `the meeting held on`. */
  label?: string;
}

/**
 * Refuses dates out of their natural order (a meeting before its action items, a request before its
 * decision before its completion) with a 422 `date-order` problem naming both fields and dates.
 * `dates` lists the facts in the order they must happen; equal dates are in order; missing ones are skipped.
 */
export function assertDateOrder(dates: readonly NamedDate[]): void {
  const present = dates.flatMap((entry) => (entry.date === null || entry.date === undefined ? [] : [{ ...entry, day: isoOf(entry.date) }]));
  for (let later = 1; later < present.length; later += 1) {
    for (let earlier = 0; earlier < later; earlier += 1) {
      const first = present[earlier]!;
      const second = present[later]!;
      if (second.day < first.day) {
        const message = `${second.name} ${second.day} is before ${first.label ?? first.name} ${first.day}`;
        throw platformProblems.dateOrder({ message, earlier: { field: first.name, date: first.day }, later: { field: second.name, date: second.day } });
      }
    }
  }
}

/** Business dates compare as text; an instant counts on its Asia/Shanghai day. */
function isoOf(date: string | Date): string {
  return date instanceof Date ? shanghaiDateOf(date) : date.slice(0, 10);
}

/** Refuses a business date after today (platform clock) with a 422 `date-in-future` naming the field. */
export function assertNotInFuture(name: string, date: string | undefined): void {
  const today = clock.today();
  if (date === undefined || date <= today) return;
  const message = `${name} ${date} is after today (${today})`;
  throw platformProblems.dateInFuture({ message, field: name });
}
