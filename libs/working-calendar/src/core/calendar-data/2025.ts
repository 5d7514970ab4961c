import type { CalendarYear } from '../calendar-year.js';
import { FESTIVALS } from './festivals.js';

const { dragonBoat, labourDay, nationalDayAndMidAutumn, newYear, qingming, springFestival } = FESTIVALS;

/** 国务院办公厅关于2025年部分节假日安排的通知. Every day off is listed, weekend days inside a break included. */
export const CALENDAR_YEAR_2025: CalendarYear = {
  year: 2025,
  source: '国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12)',
  holidays: [
    // 元旦: 1月1日(周三)放假1天,不调休。
    { date: '2025-01-01', festival: newYear },
    // 春节: 1月28日(农历除夕、周二)至2月4日(农历正月初七、周二)放假调休,共8天。1月26日(周日)、2月8日(周六)上班。
    { date: '2025-01-28', festival: springFestival },
    { date: '2025-01-29', festival: springFestival },
    { date: '2025-01-30', festival: springFestival },
    { date: '2025-01-31', festival: springFestival },
    { date: '2025-02-01', festival: springFestival },
    { date: '2025-02-02', festival: springFestival },
    { date: '2025-02-03', festival: springFestival },
    { date: '2025-02-04', festival: springFestival },
    // 清明节: 4月4日(周五)至6日(周日)放假,共3天。
    { date: '2025-04-04', festival: qingming },
    { date: '2025-04-05', festival: qingming },
    { date: '2025-04-06', festival: qingming },
    // 劳动节: 5月1日(周四)至5日(周一)放假调休,共5天。4月27日(周日)上班。
    { date: '2025-05-01', festival: labourDay },
    { date: '2025-05-02', festival: labourDay },
    { date: '2025-05-03', festival: labourDay },
    { date: '2025-05-04', festival: labourDay },
    { date: '2025-05-05', festival: labourDay },
    // 端午节: 5月31日(周六)至6月2日(周一)放假,共3天。
    { date: '2025-05-31', festival: dragonBoat },
    { date: '2025-06-01', festival: dragonBoat },
    { date: '2025-06-02', festival: dragonBoat },
    // 国庆节、中秋节: 10月1日(周三)至8日(周三)放假调休,共8天。9月28日(周日)、10月11日(周六)上班。
    { date: '2025-10-01', festival: nationalDayAndMidAutumn },
    { date: '2025-10-02', festival: nationalDayAndMidAutumn },
    { date: '2025-10-03', festival: nationalDayAndMidAutumn },
    { date: '2025-10-04', festival: nationalDayAndMidAutumn },
    { date: '2025-10-05', festival: nationalDayAndMidAutumn },
    { date: '2025-10-06', festival: nationalDayAndMidAutumn },
    { date: '2025-10-07', festival: nationalDayAndMidAutumn },
    { date: '2025-10-08', festival: nationalDayAndMidAutumn },
  ],
  makeUpWorkdays: [
    { date: '2025-01-26', festival: springFestival }, // 周日
    { date: '2025-02-08', festival: springFestival }, // 周六
    { date: '2025-04-27', festival: labourDay }, // 周日
    { date: '2025-09-28', festival: nationalDayAndMidAutumn }, // 周日
    { date: '2025-10-11', festival: nationalDayAndMidAutumn }, // 周六
  ],
};
