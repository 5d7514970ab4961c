/** Area in mu (亩) as a positive decimal string with at most 4 places; never a JSON number, never zero. */
export const AREA_MU_PATTERN = /^(?!0+(\.0+)?$)\d{1,10}(\.\d{1,4})?$/;

/** Ten-thousandths of a mu in a bigint: exact sums of decimal areas. */
function tenThousandthsOf(area: string): bigint {
  const [whole, fraction = ''] = area.split('.');
  return BigInt(whole!) * 10_000n + BigInt(fraction.padEnd(4, '0'));
}

/** Batch totals travel in events as numeric(14, 4): at most 10 integer digits. */
const MAX_TOTAL_TEN_THOUSANDTHS = 10n ** 14n - 1n;

/** Whether parcels of these areas add up to more than a batch total can hold. */
export function exceedsBatchTotal(areas: string[]): boolean {
  return areas.reduce((sum, area) => sum + tenThousandthsOf(area), 0n) > MAX_TOTAL_TEN_THOUSANDTHS;
}
