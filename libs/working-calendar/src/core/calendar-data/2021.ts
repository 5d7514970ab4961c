import type { CalendarYear } from '../calendar-year.js';
import { FESTIVALS } from './festivals.js';

const { dragonBoat, labourDay, midAutumn, nationalDay, newYear, qingming, springFestival } = FESTIVALS;

/** 国务院办公厅关于2021年部分节假日安排的通知. Every day off is listed, weekend days inside a break included. */
export const CALENDAR_YEAR_2021: CalendarYear = {
  year: 2021,
  source: '国务院办公厅关于2021年部分节假日安排的通知 (国办发明电〔2020〕27号, 2020-11-25)',
  holidays: [
    // 元旦: 1月1日至3日放假,共3天。
    { date: '2021-01-01', festival: newYear },
    { date: '2021-01-02', festival: newYear },
    { date: '2021-01-03', festival: newYear },
    // 春节: 2月11日至17日放假调休,共7天。2月7日(周日)、2月20日(周六)上班。
    { date: '2021-02-11', festival: springFestival },
    { date: '2021-02-12', festival: springFestival },
    { date: '2021-02-13', festival: springFestival },
    { date: '2021-02-14', festival: springFestival },
    { date: '2021-02-15', festival: springFestival },
    { date: '2021-02-16', festival: springFestival },
    { date: '2021-02-17', festival: springFestival },
    // 清明节: 4月3日至5日放假调休,共3天。
    { date: '2021-04-03', festival: qingming },
    { date: '2021-04-04', festival: qingming },
    { date: '2021-04-05', festival: qingming },
    // 劳动节: 5月1日至5日放假调休,共5天。4月25日(周日)、5月8日(周六)上班。
    { date: '2021-05-01', festival: labourDay },
    { date: '2021-05-02', festival: labourDay },
    { date: '2021-05-03', festival: labourDay },
    { date: '2021-05-04', festival: labourDay },
    { date: '2021-05-05', festival: labourDay },
    // 端午节: 6月12日至14日放假,共3天。
    { date: '2021-06-12', festival: dragonBoat },
    { date: '2021-06-13', festival: dragonBoat },
    { date: '2021-06-14', festival: dragonBoat },
    // 中秋节: 9月19日至21日放假调休,共3天。9月18日(周六)上班。
    { date: '2021-09-19', festival: midAutumn },
    { date: '2021-09-20', festival: midAutumn },
    { date: '2021-09-21', festival: midAutumn },
    // 国庆节: 10月1日至7日放假调休,共7天。9月26日(周日)、10月9日(周六)上班。
    { date: '2021-10-01', festival: nationalDay },
    { date: '2021-10-02', festival: nationalDay },
    { date: '2021-10-03', festival: nationalDay },
    { date: '2021-10-04', festival: nationalDay },
    { date: '2021-10-05', festival: nationalDay },
    { date: '2021-10-06', festival: nationalDay },
    { date: '2021-10-07', festival: nationalDay },
  ],
  makeUpWorkdays: [
    { date: '2021-02-07', festival: springFestival }, // 周日
    { date: '2021-02-20', festival: springFestival }, // 周六
    { date: '2021-04-25', festival: labourDay }, // 周日
    { date: '2021-05-08', festival: labourDay }, // 周六
    { date: '2021-09-18', festival: midAutumn }, // 周六
    { date: '2021-09-26', festival: nationalDay }, // 周日
    { date: '2021-10-09', festival: nationalDay }, // 周六
  ],
};
