/** surveyed / target as a percentage to one decimal, rounded half up, computed in integers. */
export function coveragePercent(surveyed: number, target: number): string {
  if (!Number.isInteger(surveyed) || !Number.isInteger(target) || surveyed < 0 || target < 1)
    throw new RangeError('surveyed must be >= 0 and target >= 1, integers');
  const tenths = Math.floor((surveyed * 2000 + target) / (2 * target));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}
