import type { CalendarYear } from '../calendar-year.js';
import { FESTIVALS } from './festivals.js';

const { dragonBoat, labourDay, midAutumn, nationalDay, newYear, qingming, springFestival } = FESTIVALS;

/** 国务院办公厅关于2024年部分节假日安排的通知. Every day off is listed, weekend days inside a break included. */
export const CALENDAR_YEAR_2024: CalendarYear = {
  year: 2024,
  source: '国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号, 2023-10-25)',
  holidays: [
    // 元旦: 1月1日放假,与周末连休。
    { date: '2024-01-01', festival: newYear },
    // 春节: 2月10日至17日放假调休,共8天。2月4日(周日)、2月18日(周日)上班。(除夕2月9日是工作日,只鼓励安排休息。)
    { date: '2024-02-10', festival: springFestival },
    { date: '2024-02-11', festival: springFestival },
    { date: '2024-02-12', festival: springFestival },
    { date: '2024-02-13', festival: springFestival },
    { date: '2024-02-14', festival: springFestival },
    { date: '2024-02-15', festival: springFestival },
    { date: '2024-02-16', festival: springFestival },
    { date: '2024-02-17', festival: springFestival },
    // 清明节: 4月4日至6日放假调休,共3天。4月7日(周日)上班。
    { date: '2024-04-04', festival: qingming },
    { date: '2024-04-05', festival: qingming },
    { date: '2024-04-06', festival: qingming },
    // 劳动节: 5月1日至5日放假调休,共5天。4月28日(周日)、5月11日(周六)上班。
    { date: '2024-05-01', festival: labourDay },
    { date: '2024-05-02', festival: labourDay },
    { date: '2024-05-03', festival: labourDay },
    { date: '2024-05-04', festival: labourDay },
    { date: '2024-05-05', festival: labourDay },
    // 端午节: 6月10日放假,与周末连休 (6月8日至10日)。
    { date: '2024-06-08', festival: dragonBoat },
    { date: '2024-06-09', festival: dragonBoat },
    { date: '2024-06-10', festival: dragonBoat },
    // 中秋节: 9月15日至17日放假调休,共3天。9月14日(周六)上班。
    { date: '2024-09-15', festival: midAutumn },
    { date: '2024-09-16', festival: midAutumn },
    { date: '2024-09-17', festival: midAutumn },
    // 国庆节: 10月1日至7日放假调休,共7天。9月29日(周日)、10月12日(周六)上班。
    { date: '2024-10-01', festival: nationalDay },
    { date: '2024-10-02', festival: nationalDay },
    { date: '2024-10-03', festival: nationalDay },
    { date: '2024-10-04', festival: nationalDay },
    { date: '2024-10-05', festival: nationalDay },
    { date: '2024-10-06', festival: nationalDay },
    { date: '2024-10-07', festival: nationalDay },
  ],
  makeUpWorkdays: [
    { date: '2024-02-04', festival: springFestival }, // 周日
    { date: '2024-02-18', festival: springFestival }, // 周日
    { date: '2024-04-07', festival: qingming }, // 周日
    { date: '2024-04-28', festival: labourDay }, // 周日
    { date: '2024-05-11', festival: labourDay }, // 周六
    { date: '2024-09-14', festival: midAutumn }, // 周六
    { date: '2024-09-29', festival: nationalDay }, // 周日
    { date: '2024-10-12', festival: nationalDay }, // 周六
  ],
};
