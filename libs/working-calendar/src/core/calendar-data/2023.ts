import type { CalendarYear } from '../calendar-year.js';
import { FESTIVALS } from './festivals.js';

const { dragonBoat, labourDay, nationalDayAndMidAutumn, newYear, qingming, springFestival } = FESTIVALS;

/** 国务院办公厅关于2023年部分节假日安排的通知. Every day off is listed, weekend days inside a break included. */
export const CALENDAR_YEAR_2023: CalendarYear = {
  year: 2023,
  source: '国务院办公厅关于2023年部分节假日安排的通知 (国办发明电〔2022〕16号, 2022-12-08)',
  holidays: [
    // 元旦: 2022年12月31日至2023年1月2日放假调休,共3天 (31 December is listed under 2022)。
    { date: '2023-01-01', festival: newYear },
    { date: '2023-01-02', festival: newYear },
    // 春节: 1月21日至27日放假调休,共7天。1月28日(周六)、1月29日(周日)上班。
    { date: '2023-01-21', festival: springFestival },
    { date: '2023-01-22', festival: springFestival },
    { date: '2023-01-23', festival: springFestival },
    { date: '2023-01-24', festival: springFestival },
    { date: '2023-01-25', festival: springFestival },
    { date: '2023-01-26', festival: springFestival },
    { date: '2023-01-27', festival: springFestival },
    // 清明节: 4月5日放假,共1天。
    { date: '2023-04-05', festival: qingming },
    // 劳动节: 4月29日至5月3日放假调休,共5天。4月23日(周日)、5月6日(周六)上班。
    { date: '2023-04-29', festival: labourDay },
    { date: '2023-04-30', festival: labourDay },
    { date: '2023-05-01', festival: labourDay },
    { date: '2023-05-02', festival: labourDay },
    { date: '2023-05-03', festival: labourDay },
    // 端午节: 6月22日至24日放假调休,共3天。6月25日(周日)上班。
    { date: '2023-06-22', festival: dragonBoat },
    { date: '2023-06-23', festival: dragonBoat },
    { date: '2023-06-24', festival: dragonBoat },
    // 中秋节、国庆节: 9月29日至10月6日放假调休,共8天。10月7日(周六)、10月8日(周日)上班。
    { date: '2023-09-29', festival: nationalDayAndMidAutumn },
    { date: '2023-09-30', festival: nationalDayAndMidAutumn },
    { date: '2023-10-01', festival: nationalDayAndMidAutumn },
    { date: '2023-10-02', festival: nationalDayAndMidAutumn },
    { date: '2023-10-03', festival: nationalDayAndMidAutumn },
    { date: '2023-10-04', festival: nationalDayAndMidAutumn },
    { date: '2023-10-05', festival: nationalDayAndMidAutumn },
    { date: '2023-10-06', festival: nationalDayAndMidAutumn },
  ],
  makeUpWorkdays: [
    { date: '2023-01-28', festival: springFestival }, // 周六
    { date: '2023-01-29', festival: springFestival }, // 周日
    { date: '2023-04-23', festival: labourDay }, // 周日
    { date: '2023-05-06', festival: labourDay }, // 周六
    { date: '2023-06-25', festival: dragonBoat }, // 周日
    { date: '2023-10-07', festival: nationalDayAndMidAutumn }, // 周六
    { date: '2023-10-08', festival: nationalDayAndMidAutumn }, // 周日
  ],
};
