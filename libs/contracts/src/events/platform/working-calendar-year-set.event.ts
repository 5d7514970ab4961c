import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { BusinessDate, Instant } from '../../schema-types.js';

const FestivalName = Type.Object(
  {
    zh: Type.String({ minLength: 1, description: 'As the State Council notice writes it, e.g. 国庆节.' }),
    en: Type.String({ minLength: 1, description: 'e.g. National Day' }),
  },
  { additionalProperties: false },
);

const CalendarDay = Type.Object({ date: BusinessDate('The day, YYYY-MM-DD.'), festival: FestivalName }, { additionalProperties: false });

/**
 * Every service keeps its own copy of the working-day calendar; an administrator's change in any one of them
 * reaches the others through this event, and the newest `setAt` wins.
 */
export const WorkingCalendarYearSet = defineEvent({
  name: 'working-calendar-year-set',
  version: 1,
  producer: 'platform',
  topic: 'zone.platform.calendar',
  aggregate: 'calendar-year',
  description: "An administrator set one year's public holidays and make-up working days (调休), replacing that year's previous data. Key: the year.",
  schema: Type.Object(
    {
      year: Type.Integer({ minimum: 1000, maximum: 9999, description: 'The year; also the record key, as a string.' }),
      source: Type.Optional(Type.String({ minLength: 1, description: "Where the arrangement comes from, e.g. the notice's title and date." })),
      holidays: Type.Array(CalendarDay, { description: 'Days off (放假), weekend days inside a break included.' }),
      makeUpWorkdays: Type.Array(CalendarDay, { description: 'Saturdays and Sundays that are working days (调休上班).' }),
      setAt: Instant('When the administrator set the year; the newest wins when services disagree.'),
      setBy: Type.String({ minLength: 1, description: "The administrator's user id." }),
    },
    { additionalProperties: false },
  ),
  // Abridged to New Year's Day; a real year lists every festival.
  example: {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)',
    holidays: [
      { date: '2026-01-01', festival: { zh: '元旦', en: "New Year's Day" } },
      { date: '2026-01-02', festival: { zh: '元旦', en: "New Year's Day" } },
      { date: '2026-01-03', festival: { zh: '元旦', en: "New Year's Day" } },
    ],
    makeUpWorkdays: [{ date: '2026-01-04', festival: { zh: '元旦', en: "New Year's Day" } }],
    setAt: '2025-11-05T09:00:00+08:00',
    setBy: 'admin-0001',
  },
});
