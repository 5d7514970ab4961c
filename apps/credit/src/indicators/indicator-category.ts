/** Categories of the scoring catalogue (加分指标); `misconduct` holds the deductions. */
export const INDICATOR_CATEGORIES = [
  'volunteer-activities',
  'public-security',
  'public-welfare',
  'law-abiding',
  'environment',
  'filial-piety',
  'customs-reform',
  'helping-others',
  'misconduct',
] as const;
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

/** The sub-district's own words. */
const INDICATOR_CATEGORY_LABELS: Readonly<Record<IndicatorCategory, string>> = {
  'volunteer-activities': '志愿活动',
  'public-security': '社会治安',
  'public-welfare': '公益关爱',
  'law-abiding': '遵纪守法',
  environment: '爱护环境',
  'filial-piety': '孝老爱亲',
  'customs-reform': '移风易俗',
  'helping-others': '扶危济困',
  misconduct: '失信扣分',
};

/** Every category with its label, for API descriptions. */
export const INDICATOR_CATEGORY_DESCRIPTION = Object.entries(INDICATOR_CATEGORY_LABELS)
  .map(([category, label]) => `\`${category}\` ${label}`)
  .join('; ');
