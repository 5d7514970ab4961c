import { Lunar } from 'lunar-typescript';
import { addCalendarDays, type BusinessDate } from './business-date.js';
import type { CalendarHoliday, CalendarYear } from './calendar-year.js';
import { FESTIVALS } from './calendar-data/festivals.js';

/**
 * Years a provisional arrangement can be computed for. The first is the first year of the statutory rule encoded
 * below for years before 2025 (全国年节及纪念日放假办法 as amended in 2013); the last keeps lunar arithmetic in the
 * range the tables of the State Council's notices were ever checked against.
 */
export const PROVISIONAL_YEARS = { first: 2014, last: 2100 } as const;

/** The amendment of 2024 (in force from 2025) added Spring Festival Eve and 2 May. */
const RULE_2025_FROM = 2025;

const cache = new Map<number, CalendarYear>();

export function canComputeProvisionalYear(year: number): boolean {
  return Number.isSafeInteger(year) && year >= PROVISIONAL_YEARS.first && year <= PROVISIONAL_YEARS.last;
}

/**
 * The statutory days off of `year` (全国年节及纪念日放假办法), without the State Council's yearly re-arrangement:
 * no bridging days and no make-up working days. From 2025: 元旦 1 day; 春节 4 days, 除夕 and 正月初一 to 初三;
 * 清明 1 (the solar term's day); 劳动节 1 and 2 May; 端午 1; 中秋 1; 国庆 1 to 3 October. Before 2025: 春节 初一 to
 * 初三 and 劳动节 1 May only. Lunar dates and the 清明 solar term come from lunar-typescript.
 */
export function provisionalCalendarYear(year: number): CalendarYear {
  const cached = cache.get(year);
  if (cached !== undefined) return cached;
  if (!canComputeProvisionalYear(year)) throw new RangeError(`No provisional calendar for ${year}`);
  const rule2025 = year >= RULE_2025_FROM;
  const lunarDate = (month: number, day: number) => Lunar.fromYmd(year, month, day).getSolar().toYmd() as BusinessDate;
  const springFestival = lunarDate(1, 1);
  const days: [string, keyof typeof FESTIVALS][] = [
    [`${year}-01-01`, 'newYear'],
    ...(rule2025 ? [[addCalendarDays(springFestival, -1), 'springFestival'] as [string, 'springFestival']] : []),
    [springFestival, 'springFestival'],
    [addCalendarDays(springFestival, 1), 'springFestival'],
    [addCalendarDays(springFestival, 2), 'springFestival'],
    [Lunar.fromYmd(year, 1, 1).getJieQiTable()['清明']!.toYmd(), 'qingming'],
    [`${year}-05-01`, 'labourDay'],
    ...(rule2025 ? [[`${year}-05-02`, 'labourDay'] as [string, 'labourDay']] : []),
    [lunarDate(5, 5), 'dragonBoat'],
    [`${year}-10-01`, 'nationalDay'],
    [`${year}-10-02`, 'nationalDay'],
    [`${year}-10-03`, 'nationalDay'],
    [lunarDate(8, 15), 'midAutumn'],
  ];
  // Mid-Autumn sometimes falls on 1–3 October; a day listed twice keeps its first festival, National Day.
  const holidays: CalendarHoliday[] = [];
  for (const [date, festival] of days) {
    if (!holidays.some((holiday) => holiday.date === date)) holidays.push({ date, festival: FESTIVALS[festival] });
  }
  holidays.sort((a, b) => a.date.localeCompare(b.date));
  const computed: CalendarYear = Object.freeze({
    year,
    source: `Provisional: statutory days off of ${year} (全国年节及纪念日放假办法), no make-up working days; replace with the State Council notice once published`,
    holidays: Object.freeze(holidays),
    makeUpWorkdays: Object.freeze([]),
  });
  cache.set(year, computed);
  return computed;
}
