import { describe, expect, it } from '@jest/globals';
import { OFFICIAL_CALENDAR_YEARS, WorkingCalendar, type CalendarYear } from './core/index.js';
import { CalendarChange } from './deadline-revision.js';

const springFestival = { zh: '春节', en: 'Spring Festival' };
/** A test arrangement for 2027 (not the notice): 5 to 11 February off, Saturday 13 February worked. */
const OFFICIAL_2027: CalendarYear = {
  year: 2027,
  holidays: [
    { date: '2027-01-01', festival: { zh: '元旦', en: "New Year's Day" } },
    ...[5, 6, 7, 8, 9, 10, 11].map((day) => ({ date: `2027-02-${String(day).padStart(2, '0')}`, festival: springFestival })),
  ],
  makeUpWorkdays: [{ date: '2027-02-13', festival: springFestival }],
};

const before = new WorkingCalendar(OFFICIAL_CALENDAR_YEARS);
const change = new CalendarChange(2027, before, before.withYear(OFFICIAL_2027), 'Official 2027 calendar entered');

describe('CalendarChange.recompute', () => {
  it('keeps the number of working days from the same start and moves the date onto the official year', () => {
    // Provisionally 3 working days after 4 February are 9, 10 and 11 February; officially 12, 13 (worked) and 15.
    expect(before.deadline('2027-02-04', 3)).toEqual({ dueOn: '2027-02-11', basis: 'provisional' });
    expect(change.recompute('2027-02-04', '2027-02-11', 'provisional')).toEqual({ dueOn: '2027-02-15', basis: 'official' });
  });

  it('keeps an extended deadline extended: the count runs from the original start', () => {
    const extended = before.addWorkingDays('2027-02-11', 5);
    expect(change.recompute('2027-02-04', extended, 'provisional')).toEqual(change.after.deadline('2027-02-04', 8));
  });

  it('changes only the basis when the date stays', () => {
    // Two working days after 30 December 2026 are 31 December and 4 January on either 2027.
    expect(change.recompute('2026-12-30', '2027-01-04', 'provisional')).toEqual({ dueOn: '2027-01-04', basis: 'official' });
  });

  it('leaves deadlines the year cannot touch alone', () => {
    expect(change.recompute('2026-03-02', '2026-03-09', 'official')).toBeUndefined();
    expect(change.recompute('2028-01-03', '2028-01-10', 'provisional')).toBeUndefined();
  });
});
