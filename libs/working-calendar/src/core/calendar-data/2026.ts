import type { CalendarYear } from '../calendar-year.js';
import { FESTIVALS } from './festivals.js';

const { newYear, springFestival, qingming, labourDay, dragonBoat, midAutumn, nationalDay } = FESTIVALS;

/**
 * 国务院办公厅关于2026年部分节假日安排的通知 (General Office of the State Council, 4 November 2025).
 * Every day off is listed, including weekend days inside a break, so that holidayName() covers the whole break.
 * The breaks include the statutory days added from 2025 (Spring Festival Eve, 2 May) by the revised 全国年节及纪念日放假办法.
 */
export const CALENDAR_YEAR_2026: CalendarYear = {
  year: 2026,
  source: '国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)',
  holidays: [
    // 元旦: 1月1日(周四)至3日(周六)放假调休,共3天。
    { date: '2026-01-01', festival: newYear },
    { date: '2026-01-02', festival: newYear },
    { date: '2026-01-03', festival: newYear },
    // 春节: 2月15日(腊月二十八、周日)至23日(正月初七、周一)放假调休,共9天。
    { date: '2026-02-15', festival: springFestival },
    { date: '2026-02-16', festival: springFestival },
    { date: '2026-02-17', festival: springFestival },
    { date: '2026-02-18', festival: springFestival },
    { date: '2026-02-19', festival: springFestival },
    { date: '2026-02-20', festival: springFestival },
    { date: '2026-02-21', festival: springFestival },
    { date: '2026-02-22', festival: springFestival },
    { date: '2026-02-23', festival: springFestival },
    // 清明节: 4月4日(周六)至6日(周一)放假,共3天。
    { date: '2026-04-04', festival: qingming },
    { date: '2026-04-05', festival: qingming },
    { date: '2026-04-06', festival: qingming },
    // 劳动节: 5月1日(周五)至5日(周二)放假调休,共5天。
    { date: '2026-05-01', festival: labourDay },
    { date: '2026-05-02', festival: labourDay },
    { date: '2026-05-03', festival: labourDay },
    { date: '2026-05-04', festival: labourDay },
    { date: '2026-05-05', festival: labourDay },
    // 端午节: 6月19日(周五)至21日(周日)放假,共3天。
    { date: '2026-06-19', festival: dragonBoat },
    { date: '2026-06-20', festival: dragonBoat },
    { date: '2026-06-21', festival: dragonBoat },
    // 中秋节: 9月25日(周五)至27日(周日)放假,共3天。
    { date: '2026-09-25', festival: midAutumn },
    { date: '2026-09-26', festival: midAutumn },
    { date: '2026-09-27', festival: midAutumn },
    // 国庆节: 10月1日(周四)至7日(周三)放假调休,共7天。
    { date: '2026-10-01', festival: nationalDay },
    { date: '2026-10-02', festival: nationalDay },
    { date: '2026-10-03', festival: nationalDay },
    { date: '2026-10-04', festival: nationalDay },
    { date: '2026-10-05', festival: nationalDay },
    { date: '2026-10-06', festival: nationalDay },
    { date: '2026-10-07', festival: nationalDay },
  ],
  makeUpWorkdays: [
    { date: '2026-01-04', festival: newYear }, // 周日
    { date: '2026-02-14', festival: springFestival }, // 周六
    { date: '2026-02-28', festival: springFestival }, // 周六
    { date: '2026-05-09', festival: labourDay }, // 周六
    { date: '2026-09-20', festival: nationalDay }, // 周日
    { date: '2026-10-10', festival: nationalDay }, // 周六
  ],
};
