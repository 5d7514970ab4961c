import type { CalendarYear } from '../calendar-year.js';
import { FESTIVALS } from './festivals.js';

const { dragonBoat, labourDay, midAutumn, nationalDay, newYear, qingming, springFestival } = FESTIVALS;

/** 国务院办公厅关于2022年部分节假日安排的通知. Every day off is listed, weekend days inside a break included. */
export const CALENDAR_YEAR_2022: CalendarYear = {
  year: 2022,
  source: '国务院办公厅关于2022年部分节假日安排的通知 (国办发明电〔2021〕11号, 2021-10-25)',
  holidays: [
    // 元旦: 1月1日至3日放假,共3天。
    { date: '2022-01-01', festival: newYear },
    { date: '2022-01-02', festival: newYear },
    { date: '2022-01-03', festival: newYear },
    // 春节: 1月31日至2月6日放假调休,共7天。1月29日(周六)、1月30日(周日)上班。
    { date: '2022-01-31', festival: springFestival },
    { date: '2022-02-01', festival: springFestival },
    { date: '2022-02-02', festival: springFestival },
    { date: '2022-02-03', festival: springFestival },
    { date: '2022-02-04', festival: springFestival },
    { date: '2022-02-05', festival: springFestival },
    { date: '2022-02-06', festival: springFestival },
    // 清明节: 4月3日至5日放假调休,共3天。4月2日(周六)上班。
    { date: '2022-04-03', festival: qingming },
    { date: '2022-04-04', festival: qingming },
    { date: '2022-04-05', festival: qingming },
    // 劳动节: 4月30日至5月4日放假调休,共5天。4月24日(周日)、5月7日(周六)上班。
    { date: '2022-04-30', festival: labourDay },
    { date: '2022-05-01', festival: labourDay },
    { date: '2022-05-02', festival: labourDay },
    { date: '2022-05-03', festival: labourDay },
    { date: '2022-05-04', festival: labourDay },
    // 端午节: 6月3日至5日放假,共3天。
    { date: '2022-06-03', festival: dragonBoat },
    { date: '2022-06-04', festival: dragonBoat },
    { date: '2022-06-05', festival: dragonBoat },
    // 中秋节: 9月10日至12日放假,共3天。
    { date: '2022-09-10', festival: midAutumn },
    { date: '2022-09-11', festival: midAutumn },
    { date: '2022-09-12', festival: midAutumn },
    // 国庆节: 10月1日至7日放假调休,共7天。10月8日(周六)、10月9日(周日)上班。
    { date: '2022-10-01', festival: nationalDay },
    { date: '2022-10-02', festival: nationalDay },
    { date: '2022-10-03', festival: nationalDay },
    { date: '2022-10-04', festival: nationalDay },
    { date: '2022-10-05', festival: nationalDay },
    { date: '2022-10-06', festival: nationalDay },
    { date: '2022-10-07', festival: nationalDay },
    // 元旦 2023 (国办发明电〔2022〕16号): 2022年12月31日至2023年1月2日放假调休,共3天; its first day falls in this year.
    { date: '2022-12-31', festival: newYear },
  ],
  makeUpWorkdays: [
    { date: '2022-01-29', festival: springFestival }, // 周六
    { date: '2022-01-30', festival: springFestival }, // 周日
    { date: '2022-04-02', festival: qingming }, // 周六
    { date: '2022-04-24', festival: labourDay }, // 周日
    { date: '2022-05-07', festival: labourDay }, // 周六
    { date: '2022-10-08', festival: nationalDay }, // 周六
    { date: '2022-10-09', festival: nationalDay }, // 周日
  ],
};
