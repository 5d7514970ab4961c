import type { FestivalName } from '../calendar-year.js';

/** The seven festivals named in the State Council's yearly holiday notices. */
export const FESTIVALS = {
  newYear: { zh: '元旦', en: "New Year's Day" },
  springFestival: { zh: '春节', en: 'Spring Festival' },
  qingming: { zh: '清明节', en: 'Qingming Festival' },
  labourDay: { zh: '劳动节', en: 'Labour Day' },
  dragonBoat: { zh: '端午节', en: 'Dragon Boat Festival' },
  midAutumn: { zh: '中秋节', en: 'Mid-Autumn Festival' },
  nationalDay: { zh: '国庆节', en: 'National Day' },
  /** One break for both when Mid-Autumn falls close to 1 October (2020, 2023, 2025). */
  nationalDayAndMidAutumn: { zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' },
} as const satisfies Record<string, FestivalName>;
