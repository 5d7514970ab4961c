import type { CalendarYear } from '../calendar-year.js';
import { FESTIVALS } from './festivals.js';

const { dragonBoat, labourDay, nationalDayAndMidAutumn, newYear, qingming, springFestival } = FESTIVALS;

/** 国务院办公厅关于2020年部分节假日安排的通知. Every day off is listed, weekend days inside a break included. */
export const CALENDAR_YEAR_2020: CalendarYear = {
  year: 2020,
  source:
    '国务院办公厅关于2020年部分节假日安排的通知 (国办发明电〔2019〕16号, 2019-11-21); 国务院办公厅关于延长2020年春节假期的通知 (国办发明电〔2020〕1号, 2020-01-27)',
  holidays: [
    // 元旦: 1月1日放假,共1天。
    { date: '2020-01-01', festival: newYear },
    // 春节: 1月24日至30日放假调休,1月19日(周日)上班;延长至2月2日,2月1日(周六)不再上班 (国办发明电〔2020〕1号)。
    { date: '2020-01-24', festival: springFestival },
    { date: '2020-01-25', festival: springFestival },
    { date: '2020-01-26', festival: springFestival },
    { date: '2020-01-27', festival: springFestival },
    { date: '2020-01-28', festival: springFestival },
    { date: '2020-01-29', festival: springFestival },
    { date: '2020-01-30', festival: springFestival },
    { date: '2020-01-31', festival: springFestival },
    { date: '2020-02-01', festival: springFestival },
    { date: '2020-02-02', festival: springFestival },
    // 清明节: 4月4日至6日放假,共3天。
    { date: '2020-04-04', festival: qingming },
    { date: '2020-04-05', festival: qingming },
    { date: '2020-04-06', festival: qingming },
    // 劳动节: 5月1日至5日放假调休,共5天。4月26日(周日)、5月9日(周六)上班。
    { date: '2020-05-01', festival: labourDay },
    { date: '2020-05-02', festival: labourDay },
    { date: '2020-05-03', festival: labourDay },
    { date: '2020-05-04', festival: labourDay },
    { date: '2020-05-05', festival: labourDay },
    // 端午节: 6月25日至27日放假调休,共3天。6月28日(周日)上班。
    { date: '2020-06-25', festival: dragonBoat },
    { date: '2020-06-26', festival: dragonBoat },
    { date: '2020-06-27', festival: dragonBoat },
    // 国庆节、中秋节: 10月1日至8日放假调休,共8天。9月27日(周日)、10月10日(周六)上班。
    { date: '2020-10-01', festival: nationalDayAndMidAutumn },
    { date: '2020-10-02', festival: nationalDayAndMidAutumn },
    { date: '2020-10-03', festival: nationalDayAndMidAutumn },
    { date: '2020-10-04', festival: nationalDayAndMidAutumn },
    { date: '2020-10-05', festival: nationalDayAndMidAutumn },
    { date: '2020-10-06', festival: nationalDayAndMidAutumn },
    { date: '2020-10-07', festival: nationalDayAndMidAutumn },
    { date: '2020-10-08', festival: nationalDayAndMidAutumn },
  ],
  makeUpWorkdays: [
    { date: '2020-01-19', festival: springFestival }, // 周日
    { date: '2020-04-26', festival: labourDay }, // 周日
    { date: '2020-05-09', festival: labourDay }, // 周六
    { date: '2020-06-28', festival: dragonBoat }, // 周日
    { date: '2020-09-27', festival: nationalDayAndMidAutumn }, // 周日
    { date: '2020-10-10', festival: nationalDayAndMidAutumn }, // 周六
  ],
};
