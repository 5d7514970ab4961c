import type { IndicatorCategory } from './indicator-category.js';

/** Largest award or deduction a single indicator may carry. */
export const MAX_INDICATOR_POINTS = 100;

/**
 * Why `points` cannot go with `category`, or undefined when they fit: misconduct indicators deduct
 * (negative), every other category awards (positive), and zero would make an indicator meaningless.
 */
export function indicatorPointsProblem(category: IndicatorCategory, points: number): string | undefined {
  if (!Number.isInteger(points) || points === 0 || Math.abs(points) > MAX_INDICATOR_POINTS) {
    return `points must be a non-zero integer from -${MAX_INDICATOR_POINTS} to ${MAX_INDICATOR_POINTS}`;
  }
  if (category === 'misconduct' && points > 0) return 'misconduct indicators deduct: points must be negative';
  if (category !== 'misconduct' && points < 0) return 'only misconduct indicators deduct: points must be positive';
  return undefined;
}
